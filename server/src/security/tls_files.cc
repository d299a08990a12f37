#include "security/tls_files.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "security/crypto.h"

namespace crm::security {
namespace {

struct PkeyFree {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct X509Free {
  void operator()(X509* p) const { X509_free(p); }
};
struct BioFree {
  void operator()(BIO* p) const { BIO_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;

void Check(int ok, const char* what) {
  if (ok != 1) throw std::runtime_error(std::string("openssl: ") + what + " failed");
}

PkeyPtr NewKey() {
  PkeyPtr key(EVP_EC_gen("P-256"));
  if (!key) throw std::runtime_error("openssl: key generation failed");
  return key;
}

void AddExt(X509* cert, X509* issuer, int nid, const std::string& value) {
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
  X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
  if (!ext) throw std::runtime_error("openssl: bad extension");
  X509_add_ext(cert, ext, -1);
  X509_EXTENSION_free(ext);
}

X509Ptr MakeCert(EVP_PKEY* key, const std::string& cn, X509* issuer_cert, EVP_PKEY* issuer_key, int days, bool is_ca,
                 const std::string& san) {
  X509Ptr cert(X509_new());
  Check(X509_set_version(cert.get(), 2), "set_version");
  auto serial = RandomBytes(16);
  serial[0] &= 0x7f;
  BIGNUM* bn = BN_bin2bn(serial.data(), static_cast<int>(serial.size()), nullptr);
  BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
  BN_free(bn);
  X509_gmtime_adj(X509_getm_notBefore(cert.get()), -300);
  X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(days) * 24 * 3600);
  Check(X509_set_pubkey(cert.get(), key), "set_pubkey");
  X509_NAME* name = X509_get_subject_name(cert.get());
  X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Securities CRM (local)"),
                             -1, -1, 0);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(cn.c_str()), -1, -1, 0);
  X509* issuer = issuer_cert ? issuer_cert : cert.get();
  Check(X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer)), "set_issuer");
  if (is_ca) {
    AddExt(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
    AddExt(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
  } else {
    AddExt(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE");
    AddExt(cert.get(), issuer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
    AddExt(cert.get(), issuer, NID_ext_key_usage, "serverAuth");
    AddExt(cert.get(), issuer, NID_subject_alt_name, san);
  }
  AddExt(cert.get(), issuer, NID_subject_key_identifier, "hash");
  if (X509_sign(cert.get(), issuer_key, EVP_sha256()) <= 0) throw std::runtime_error("openssl: sign failed");
  return cert;
}

void WritePem(const std::filesystem::path& path, const std::string& pem, bool secret) {
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + path.string());
    out << pem;
  }
  ::chmod(tmp.c_str(), secret ? 0600 : 0644);
  std::filesystem::rename(tmp, path);
}

std::string KeyPem(EVP_PKEY* key) {
  std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
  Check(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr), "write key");
  char* data = nullptr;
  long n = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<size_t>(n));
}

std::string CertPem(X509* cert) {
  std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
  Check(PEM_write_bio_X509(bio.get(), cert), "write cert");
  char* data = nullptr;
  long n = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<size_t>(n));
}

}  // namespace

TlsPaths TlsPaths::InDir(const std::filesystem::path& dir) {
  return {dir / "ca.crt", dir / "ca.key", dir / "server.crt", dir / "server.key"};
}

bool InitTlsFiles(const std::filesystem::path& dir, const TlsInitOptions& options) {
  TlsPaths paths = TlsPaths::InDir(dir);
  if (!options.overwrite && std::filesystem::exists(paths.ca_cert) && std::filesystem::exists(paths.server_cert) &&
      std::filesystem::exists(paths.server_key))
    return false;
  std::filesystem::create_directories(dir);
  ::chmod(dir.c_str(), 0700);

  PkeyPtr ca_key = NewKey();
  X509Ptr ca = MakeCert(ca_key.get(), "Securities CRM local CA", nullptr, ca_key.get(), 3650, true, "");
  std::string san;
  for (const auto& d : options.dns_names) san += (san.empty() ? "" : ",") + std::string("DNS:") + d;
  for (const auto& ip : options.ip_addresses) san += (san.empty() ? "" : ",") + std::string("IP:") + ip;
  PkeyPtr server_key = NewKey();
  X509Ptr server = MakeCert(server_key.get(), options.dns_names.empty() ? "crm-server" : options.dns_names.front(),
                            ca.get(), ca_key.get(), options.valid_days, false, san);

  WritePem(paths.ca_key, KeyPem(ca_key.get()), true);
  WritePem(paths.server_key, KeyPem(server_key.get()), true);
  WritePem(paths.server_cert, CertPem(server.get()), false);
  WritePem(paths.ca_cert, CertPem(ca.get()), false);
  return true;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace crm::security

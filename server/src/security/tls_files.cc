#include "security/tls_files.h"

#include <openssl/asn1.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

#include <ctime>

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
                 const std::string& san, bool client = false) {
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
    AddExt(cert.get(), issuer, NID_ext_key_usage, client ? "clientAuth" : "serverAuth");
    if (!san.empty()) AddExt(cert.get(), issuer, NID_subject_alt_name, san);
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

namespace {

std::string DerSha256Hex(X509* cert) {
  unsigned char* der = nullptr;
  int n = i2d_X509(cert, &der);
  if (n <= 0) throw std::runtime_error("openssl: i2d_X509 failed");
  std::string hex = Sha256Hex(std::string_view(reinterpret_cast<const char*>(der), static_cast<size_t>(n)));
  OPENSSL_free(der);
  return hex;
}

int64_t NotAfterSeconds(X509* cert) {
  struct tm t {};
  Check(ASN1_TIME_to_tm(X509_get0_notAfter(cert), &t), "notAfter");
  return static_cast<int64_t>(timegm(&t));
}

}  // namespace

ClientCertificate IssueClientCertificate(const std::filesystem::path& tls_dir, const std::string& name, int days,
                                         const std::string& csr_pem) {
  TlsPaths paths = TlsPaths::InDir(tls_dir);
  std::string ca_cert_pem = ReadFile(paths.ca_cert), ca_key_pem = ReadFile(paths.ca_key);
  std::unique_ptr<BIO, BioFree> cb(BIO_new_mem_buf(ca_cert_pem.data(), static_cast<int>(ca_cert_pem.size())));
  X509Ptr ca(PEM_read_bio_X509(cb.get(), nullptr, nullptr, nullptr));
  std::unique_ptr<BIO, BioFree> kb(BIO_new_mem_buf(ca_key_pem.data(), static_cast<int>(ca_key_pem.size())));
  PkeyPtr ca_key(PEM_read_bio_PrivateKey(kb.get(), nullptr, nullptr, nullptr));
  if (!ca || !ca_key) throw std::runtime_error("cannot read the CA certificate and key in " + tls_dir.string());
  ClientCertificate out;
  PkeyPtr key;
  EVP_PKEY* subject_key = nullptr;
  if (csr_pem.empty()) {
    key = NewKey();
    subject_key = key.get();
    out.key_pem = KeyPem(key.get());
  } else {
    std::unique_ptr<BIO, BioFree> rb(BIO_new_mem_buf(csr_pem.data(), static_cast<int>(csr_pem.size())));
    std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)> req(PEM_read_bio_X509_REQ(rb.get(), nullptr, nullptr, nullptr),
                                                            &X509_REQ_free);
    if (!req) throw std::runtime_error("the CSR is not a PEM certificate request");
    key.reset(X509_REQ_get_pubkey(req.get()));
    if (!key || X509_REQ_verify(req.get(), key.get()) != 1)
      throw std::runtime_error("the CSR's signature does not verify");
    subject_key = key.get();
  }
  X509Ptr cert = MakeCert(subject_key, name, ca.get(), ca_key.get(), days, false, "", /*client=*/true);
  out.cert_pem = CertPem(cert.get());
  out.sha256 = DerSha256Hex(cert.get());
  out.not_after_seconds = NotAfterSeconds(cert.get());
  return out;
}

std::string CertificateSha256(const std::string& pem) {
  std::unique_ptr<BIO, BioFree> b(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  X509Ptr cert(PEM_read_bio_X509(b.get(), nullptr, nullptr, nullptr));
  if (!cert) return "";
  return DerSha256Hex(cert.get());
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace crm::security

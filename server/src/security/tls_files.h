// A local certificate authority and server certificate for development and
// the embedded mode (crm-admin tls init; the server does it on first start).
// Production deployments bring their own PEM files through config.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace crm::security {

struct TlsPaths {
  std::filesystem::path ca_cert;
  std::filesystem::path ca_key;
  std::filesystem::path server_cert;
  std::filesystem::path server_key;
  static TlsPaths InDir(const std::filesystem::path& dir);
};

struct TlsInitOptions {
  std::vector<std::string> dns_names{"localhost"};
  std::vector<std::string> ip_addresses{"127.0.0.1", "::1"};
  int valid_days = 825;
  bool overwrite = false;
};

// Creates CA and server key pairs (EC P-256) and certificates in dir.
// Keys are written 0600. Returns false (and touches nothing) when the files
// exist and overwrite is false. Throws std::runtime_error on failure.
bool InitTlsFiles(const std::filesystem::path& dir, const TlsInitOptions& options);

std::string ReadFile(const std::filesystem::path& path);

// A client certificate for an integration account (mutual TLS, issue 26),
// signed by the CA in tls_dir: for a new key pair (key_pem set) or for the
// public key of a certificate request the firm brings (csr_pem; key_pem
// stays empty, the private key never leaves the firm's system).
struct ClientCertificate {
  std::string cert_pem, key_pem;
  std::string sha256;  // of the DER certificate, lower-case hex
  int64_t not_after_seconds = 0;
};
ClientCertificate IssueClientCertificate(const std::filesystem::path& tls_dir, const std::string& name, int days,
                                         const std::string& csr_pem);
// The SHA-256 fingerprint (hex) of a PEM certificate; "" when it is not one.
std::string CertificateSha256(const std::string& pem);

}  // namespace crm::security

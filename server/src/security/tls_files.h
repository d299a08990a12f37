// A local certificate authority and server certificate for development and
// the embedded mode (crm-admin tls init; the server does it on first start).
// Production deployments bring their own PEM files through config.
#pragma once

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

}  // namespace crm::security

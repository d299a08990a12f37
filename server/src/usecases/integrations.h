// Integration accounts (issue 26, ADR 0017): systems, not people. An admin
// issues each a client certificate from the server's CA (`crm-admin
// integration create`); the server maps the certificate a call presents
// (mutual TLS) to its account, which may call only the methods of its
// scopes (today: ingest) and never reads client data. Revocation takes
// effect at the next call: every call looks the certificate up.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "storage/audit_repository.h"
#include "storage/connection_pool.h"
#include "storage/ingest_repository.h"

namespace crm::usecases::integrations {

struct CreateRequest {
  std::string name;  // a-z, digits, '-', '_'; 2-40
  std::vector<std::string> scopes{"ingest"};
  int valid_days = 397;
  std::string csr_pem;            // optional: sign the firm's request instead of making a key
  std::filesystem::path tls_dir;  // the CA (ca.crt, ca.key)
  std::filesystem::path out_dir;  // NAME.crt (and NAME.key, mode 600) written here
};
struct Created {
  storage::IntegrationAccount account;
  std::filesystem::path cert_file, key_file;  // key_file empty with a CSR
};
Created Create(storage::ConnectionPool& pool, const storage::AuditWho& who, const CreateRequest& request);
std::vector<storage::IntegrationAccount> List(storage::ConnectionPool& pool);
// Throws NOT_FOUND when no active account has that name.
void Revoke(storage::ConnectionPool& pool, const storage::AuditWho& who, const std::string& name);

// The active account for the certificate a call presented (PEM) with the
// scope asked for; throws INTEGRATION_REFUSED otherwise (and records the
// refusal in the audit trail).
storage::IntegrationAccount Authenticate(storage::ConnectionPool& pool, const std::string& peer_cert_pem,
                                         const std::string& scope, const std::string& client_address);

}  // namespace crm::usecases::integrations

#include "usecases/integrations.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <regex>

#include "common/error.h"
#include "common/ids.h"
#include "security/tls_files.h"
#include "storage/transaction.h"

namespace crm::usecases::integrations {

using storage::AuditOutcome;
using storage::AuditRepository;
using storage::IngestRepository;

namespace {

// Created new (never over an existing file), with its mode from the start.
void WriteNewFile(const std::filesystem::path& path, const std::string& text, bool secret) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, secret ? 0600 : 0644);
  if (fd < 0) throw Error::InvalidField("out_dir", "cannot create " + path.string() + " (does it exist already?)");
  size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0) {
      ::close(fd);
      throw Error::InvalidField("out_dir", "cannot write " + path.string());
    }
    done += static_cast<size_t>(n);
  }
  ::close(fd);
}

}  // namespace

Created Create(storage::ConnectionPool& pool, const storage::AuditWho& who, const CreateRequest& r) {
  static const std::regex kName("[a-z][a-z0-9_-]{1,39}");
  if (!std::regex_match(r.name, kName))
    throw Error::InvalidField("name", "must be 2-40 of a-z, 0-9, '-' or '_', starting with a letter");
  if (r.scopes.empty() ||
      std::any_of(r.scopes.begin(), r.scopes.end(), [](const std::string& s) { return s != "ingest"; }))
    throw Error::InvalidField("scopes", crm::v1::FieldProblem::NOT_ONE_OF, "the only scope is ingest");
  if (r.valid_days < 1 || r.valid_days > 825) throw Error::InvalidField("valid_days", "must be from 1 to 825");
  std::filesystem::create_directories(r.out_dir);
  const auto issued = security::IssueClientCertificate(r.tls_dir, r.name, r.valid_days, r.csr_pem);
  Created out;
  out.account.id = NewUuid();
  out.account.name = r.name;
  out.account.scopes = r.scopes;
  out.account.cert_sha256 = issued.sha256;
  out.account.not_after_us = issued.not_after_seconds * 1000000;
  out.account.created_by = who.username;
  // The files first (a failure leaves no account), then the account; if
  // that fails the files go.
  out.cert_file = r.out_dir / (r.name + ".crt");
  if (!issued.key_pem.empty()) out.key_file = r.out_dir / (r.name + ".key");
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    for (const auto& a : IngestRepository::Integrations(tx))
      if (a.name == r.name)
        throw Error(crm::v1::ErrorReason::ALREADY_EXISTS, "an integration named " + r.name + " exists");
  });
  WriteNewFile(out.cert_file, issued.cert_pem, false);
  try {
    if (!out.key_file.empty()) WriteNewFile(out.key_file, issued.key_pem, true);
    storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
      IngestRepository::CreateIntegration(tx, out.account);
      AuditRepository::Record(tx, who,
                              {"integration.create",
                               "integration_account",
                               out.account.id,
                               "",
                               AuditOutcome::kOk,
                               {{"name", r.name}, {"cert_sha256", issued.sha256}, {"csr", !r.csr_pem.empty()}}});
    });
  } catch (...) {
    std::error_code ec;
    std::filesystem::remove(out.cert_file, ec);
    if (!out.key_file.empty()) std::filesystem::remove(out.key_file, ec);
    throw;
  }
  return out;
}

std::vector<storage::IntegrationAccount> List(storage::ConnectionPool& pool) {
  std::vector<storage::IntegrationAccount> out;
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) { out = IngestRepository::Integrations(tx); });
  return out;
}

void Revoke(storage::ConnectionPool& pool, const storage::AuditWho& who, const std::string& name) {
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    if (!IngestRepository::RevokeIntegration(tx, name, who.username))
      throw Error::NotFound("active integration " + name);
    AuditRepository::Record(
        tx, who, {"integration.revoke", "integration_account", name, "", AuditOutcome::kOk, {{"name", name}}});
  });
}

storage::IntegrationAccount Authenticate(storage::ConnectionPool& pool, const std::string& peer_cert_pem,
                                         const std::string& scope, const std::string& client_address) {
  const std::string sha = peer_cert_pem.empty() ? "" : security::CertificateSha256(peer_cert_pem);
  std::optional<storage::IntegrationAccount> account;
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    if (!sha.empty()) account = IngestRepository::ActiveIntegration(tx, sha);
    const bool ok =
        account && std::find(account->scopes.begin(), account->scopes.end(), scope) != account->scopes.end();
    if (!ok) {
      AuditRepository::Record(
          tx, {"", account ? "integration:" + account->name : "", "INTEGRATION", "", client_address, ""},
          {"integration.refused",
           "integration_account",
           "",
           "",
           AuditOutcome::kDenied,
           {{"cert_sha256", sha}, {"scope", scope}}});
      account.reset();
    }
  });
  if (!account)
    throw Error(crm::v1::ErrorReason::INTEGRATION_REFUSED,
                sha.empty() ? "this method needs an integration certificate (mutual TLS)"
                            : "the certificate is not an active integration account with scope " + scope);
  return *account;
}

}  // namespace crm::usecases::integrations

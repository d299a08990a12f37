#include "support/pg_cluster.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <pqxx/pqxx>
#include <stdexcept>

#include "security/audit_signer.h"

#ifndef CRM_DEFAULT_MIGRATIONS_DIR
#error "CRM_DEFAULT_MIGRATIONS_DIR must be defined"
#endif

namespace crm::testing {

std::filesystem::path MakeTempDir(const std::string& prefix) {
  std::string tmpl = (std::filesystem::temp_directory_path() / (prefix + "XXXXXX")).string();
  char* made = ::mkdtemp(tmpl.data());
  if (!made) throw std::runtime_error("mkdtemp failed");
  return made;
}

void InstallTestAuditSigner() {
  std::map<std::string, std::vector<uint8_t>> keys{{"test-key", std::vector<uint8_t>(32, 0x42)}};
  security::AuditSigner::SetProcessSigner(std::make_shared<security::AuditSigner>(keys, "test-key"));
}

std::filesystem::path MigrationsDir() { return CRM_DEFAULT_MIGRATIONS_DIR; }

PgCluster::PgCluster() {
  dir_ = MakeTempDir("crm-test-pg-");
  static std::atomic<int> port{0};
  storage::EmbeddedPostgresOptions o;
  o.base_dir = dir_;
  o.database = "postgres";
  // Socket files live in the private run/ directory, so the port only has
  // to be unique per directory; vary it anyway for readable process lists.
  o.port = 55000 + (static_cast<int>(::getpid()) % 1000) * 10 + port++ % 10;
  pg_ = std::make_unique<storage::EmbeddedPostgres>(o);
  pg_->Start();
}

PgCluster::~PgCluster() {
  try {
    pg_->Stop();
  } catch (...) {
  }
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

std::string PgCluster::NewDatabase() {
  std::string name = "t" + std::to_string(++next_db_);
  pqxx::connection c(pg_->ConnInfo("postgres"));
  pqxx::nontransaction tx(c);
  tx.exec0("DROP DATABASE IF EXISTS " + tx.quote_name(name));
  tx.exec0("CREATE DATABASE " + tx.quote_name(name));
  return pg_->ConnInfo(name);
}

PgCluster& PgCluster::Shared() {
  static PgCluster* cluster = new PgCluster();  // stopped by the atexit below
  static bool registered = [] {
    std::atexit([] { delete cluster; });
    return true;
  }();
  (void)registered;
  return *cluster;
}

}  // namespace crm::testing

// Throwaway PostgreSQL for tests: one private cluster per test binary (or per
// test, when a test needs to stop it), each test in a database of its own.
// A cluster that cannot start fails the test; it never skips.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "storage/embedded_postgres.h"

namespace crm::testing {

class PgCluster {
 public:
  PgCluster();   // initdb + start in a fresh temporary directory; throws on failure
  ~PgCluster();  // stops the cluster and removes the directory

  // Creates an empty database and returns its libpq connection string.
  std::string NewDatabase();
  storage::EmbeddedPostgres& pg() { return *pg_; }
  const std::filesystem::path& dir() const { return dir_; }

  // The binary-wide shared cluster (started on first use).
  static PgCluster& Shared();

 private:
  std::filesystem::path dir_;
  std::unique_ptr<storage::EmbeddedPostgres> pg_;
  int next_db_ = 0;
};

std::filesystem::path MakeTempDir(const std::string& prefix);
// Installs a process audit signer with a fixed test key (id "test-key").
void InstallTestAuditSigner();
std::filesystem::path MigrationsDir();

}  // namespace crm::testing

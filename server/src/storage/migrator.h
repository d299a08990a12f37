// Forward-only schema migrations from numbered files (V0001__name.sql).
// Each file is applied in its own transaction and recorded with its SHA-256.
// A changed or removed applied file stops everything with a clear message.
// A PostgreSQL advisory lock serialises concurrent starters (two servers, or
// the server and crm-admin).
#pragma once

#include <filesystem>
#include <pqxx/pqxx>
#include <string>
#include <vector>

namespace crm::storage {

struct MigrationFile {
  int version = 0;
  std::string name;  // "org_users_sessions"
  std::filesystem::path path;
  std::string sql;
  std::string sha256;
};

struct MigrationState {
  int version = 0;
  std::string name;
  std::string file_sha256;     // empty when the file is missing
  std::string applied_sha256;  // empty when not applied
  std::string applied_at;
  enum class Status { kApplied, kPending, kChanged, kMissing } status = Status::kPending;
};

class MigrationError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads and checks the directory: names, order, no duplicate versions.
std::vector<MigrationFile> LoadMigrationFiles(const std::filesystem::path& dir);

class Migrator {
 public:
  explicit Migrator(std::filesystem::path dir) : dir_(std::move(dir)) {}
  std::vector<MigrationState> Status(pqxx::connection& conn) const;
  // Applies pending files; returns how many. Throws MigrationError when an
  // applied file was changed or removed.
  int Up(pqxx::connection& conn) const;

 private:
  std::filesystem::path dir_;
};

const char* MigrationStatusName(MigrationState::Status s);

}  // namespace crm::storage

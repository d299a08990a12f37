#include "storage/migrator.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <regex>

#include "security/crypto.h"
#include "security/tls_files.h"

namespace crm::storage {
namespace {

// Any fixed 64-bit key; shared by every process that migrates this database.
constexpr long long kMigrationLockKey = 0x43524d5f4d494752LL;  // "CRM_MIGR"

constexpr const char* kCreateTable = R"sql(
CREATE TABLE IF NOT EXISTS schema_migration (
  version    integer PRIMARY KEY,
  name       text NOT NULL,
  sha256     text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
))sql";

std::map<int, std::pair<std::string, std::string>> Applied(pqxx::transaction_base& tx) {
  std::map<int, std::pair<std::string, std::string>> out;
  auto exists = tx.exec("SELECT to_regclass('schema_migration') IS NOT NULL");
  if (!exists[0][0].as<bool>()) return out;
  for (const auto& row : tx.exec("SELECT version, sha256, applied_at::text FROM schema_migration ORDER BY version"))
    out[row[0].as<int>()] = {row[1].as<std::string>(), row[2].as<std::string>()};
  return out;
}

std::vector<MigrationState> Compare(const std::vector<MigrationFile>& files,
                                    const std::map<int, std::pair<std::string, std::string>>& applied) {
  std::vector<MigrationState> states;
  std::map<int, const MigrationFile*> by_version;
  for (const auto& f : files) by_version[f.version] = &f;
  for (const auto& f : files) {
    MigrationState s;
    s.version = f.version;
    s.name = f.name;
    s.file_sha256 = f.sha256;
    auto it = applied.find(f.version);
    if (it == applied.end()) {
      s.status = MigrationState::Status::kPending;
    } else {
      s.applied_sha256 = it->second.first;
      s.applied_at = it->second.second;
      s.status = s.applied_sha256 == f.sha256 ? MigrationState::Status::kApplied : MigrationState::Status::kChanged;
    }
    states.push_back(s);
  }
  for (const auto& [version, info] : applied) {
    if (by_version.count(version)) continue;
    MigrationState s;
    s.version = version;
    s.applied_sha256 = info.first;
    s.applied_at = info.second;
    s.status = MigrationState::Status::kMissing;
    states.push_back(s);
  }
  std::sort(states.begin(), states.end(), [](auto& a, auto& b) { return a.version < b.version; });
  return states;
}

void ThrowOnDrift(const std::vector<MigrationState>& states) {
  for (const auto& s : states) {
    if (s.status == MigrationState::Status::kChanged)
      throw MigrationError("migration V" + std::to_string(s.version) + " (" + s.name +
                           ") was changed after it was applied (recorded sha256 " + s.applied_sha256.substr(0, 12) +
                           "…, file " + s.file_sha256.substr(0, 12) +
                           "…). Applied migrations are never edited: restore the file and add a new one.");
    if (s.status == MigrationState::Status::kMissing)
      throw MigrationError("migration V" + std::to_string(s.version) +
                           " is recorded as applied but its file is missing from the migrations directory.");
  }
}

}  // namespace

const char* MigrationStatusName(MigrationState::Status s) {
  switch (s) {
    case MigrationState::Status::kApplied: return "applied";
    case MigrationState::Status::kPending: return "pending";
    case MigrationState::Status::kChanged: return "CHANGED";
    case MigrationState::Status::kMissing: return "MISSING";
  }
  return "?";
}

std::vector<MigrationFile> LoadMigrationFiles(const std::filesystem::path& dir) {
  if (!std::filesystem::is_directory(dir)) throw MigrationError("migrations directory not found: " + dir.string());
  static const std::regex kName(R"(V(\d{4})__([a-z0-9_]+)\.sql)");
  std::vector<MigrationFile> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::string fname = entry.path().filename().string();
    if (entry.path().extension() != ".sql") continue;
    std::smatch m;
    if (!std::regex_match(fname, m, kName))
      throw MigrationError("migration file name must look like V0001__name.sql: " + fname);
    MigrationFile f;
    f.version = std::stoi(m[1]);
    f.name = m[2];
    f.path = entry.path();
    f.sql = security::ReadFile(entry.path());
    f.sha256 = security::Sha256Hex(f.sql);
    files.push_back(std::move(f));
  }
  std::sort(files.begin(), files.end(), [](auto& a, auto& b) { return a.version < b.version; });
  for (size_t i = 1; i < files.size(); ++i)
    if (files[i].version == files[i - 1].version)
      throw MigrationError("two migration files share version " + std::to_string(files[i].version));
  return files;
}

std::vector<MigrationState> Migrator::Status(pqxx::connection& conn) const {
  auto files = LoadMigrationFiles(dir_);
  pqxx::read_transaction tx(conn);
  return Compare(files, Applied(tx));
}

int Migrator::Up(pqxx::connection& conn) const {
  auto files = LoadMigrationFiles(dir_);
  // Session-level advisory lock: held across the per-file transactions.
  {
    pqxx::nontransaction nt(conn);
    nt.exec_params("SELECT pg_advisory_lock($1)", kMigrationLockKey);
  }
  int applied_now = 0;
  try {
    {
      pqxx::work tx(conn);
      tx.exec0(kCreateTable);
      tx.commit();
    }
    std::map<int, std::pair<std::string, std::string>> applied;
    {
      pqxx::read_transaction tx(conn);
      applied = Applied(tx);
    }
    ThrowOnDrift(Compare(files, applied));
    for (const auto& f : files) {
      if (applied.count(f.version)) continue;
      spdlog::info("applying migration V{:04d}__{}", f.version, f.name);
      pqxx::work tx(conn);
      tx.exec(f.sql);
      tx.exec_params("INSERT INTO schema_migration(version, name, sha256) VALUES ($1, $2, $3)", f.version, f.name,
                     f.sha256);
      tx.commit();
      ++applied_now;
    }
  } catch (...) {
    try {
      pqxx::nontransaction nt(conn);
      nt.exec_params("SELECT pg_advisory_unlock($1)", kMigrationLockKey);
    } catch (...) {
    }
    throw;
  }
  pqxx::nontransaction nt(conn);
  nt.exec_params("SELECT pg_advisory_unlock($1)", kMigrationLockKey);
  return applied_now;
}

}  // namespace crm::storage

#include "storage/embedded_postgres.h"

#include <grp.h>
#include <pwd.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <pqxx/pqxx>
#include <stdexcept>

namespace crm::storage {
namespace {

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

bool IsRoot() { return ::geteuid() == 0; }

}  // namespace

EmbeddedPostgres::EmbeddedPostgres(EmbeddedPostgresOptions options) : options_(std::move(options)) {
  data_dir_ = std::filesystem::absolute(options_.base_dir / "data");
  socket_dir_ = std::filesystem::absolute(options_.base_dir / "run");
}

EmbeddedPostgres::~EmbeddedPostgres() {
  try {
    if (started_) Stop();
  } catch (const std::exception& e) {
    spdlog::error("stopping the embedded database failed: {}", e.what());
  }
}

std::string EmbeddedPostgres::BinDir() const {
  if (const char* env = std::getenv("CRM_PG_BINDIR")) return env;
  for (const char* v : {"15", "16", "17", "14", "13"}) {
    std::string dir = std::string("/usr/lib/postgresql/") + v + "/bin";
    if (std::filesystem::exists(dir + "/initdb")) return dir;
  }
  throw std::runtime_error("PostgreSQL server binaries not found (install postgresql or set CRM_PG_BINDIR)");
}

int EmbeddedPostgres::RunAsOwner(const std::string& command) const {
  std::string full = command;
  if (IsRoot()) full = "runuser -u " + options_.os_user + " -- sh -c " + Quote(command);
  if (options_.quiet) full += " >/dev/null 2>&1";
  int rc = std::system(full.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : 255;
}

bool EmbeddedPostgres::running() const {
  if (!std::filesystem::exists(data_dir_ / "postmaster.pid")) return false;
  return RunAsOwner(BinDir() + "/pg_ctl status -D " + Quote(data_dir_.string())) == 0;
}

bool EmbeddedPostgres::crashed() const { return std::filesystem::exists(data_dir_ / "postmaster.pid") && !running(); }

void EmbeddedPostgres::Start() {
  const std::string bin = BinDir();
  std::filesystem::create_directories(options_.base_dir);
  std::filesystem::create_directories(socket_dir_);
  if (IsRoot()) {
    struct passwd* pw = ::getpwnam(options_.os_user.c_str());
    if (!pw) throw std::runtime_error("OS user '" + options_.os_user + "' not found (install postgresql)");
    // The owner must be able to reach base_dir; data/ and run/ are its own.
    ::chmod(options_.base_dir.c_str(), 0755);
    if (RunAsOwner("test -x " + Quote(std::filesystem::absolute(options_.base_dir).string())) != 0)
      throw std::runtime_error("the '" + options_.os_user + "' user cannot reach " +
                               std::filesystem::absolute(options_.base_dir).string() +
                               ": make its parent directories traversable (chmod o+x) or choose another --data-dir");
    if (::chown(socket_dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0)
      throw std::runtime_error("cannot chown " + socket_dir_.string());
    if (!std::filesystem::exists(data_dir_)) {
      std::filesystem::create_directories(data_dir_);
      if (::chown(data_dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0)
        throw std::runtime_error("cannot chown " + data_dir_.string());
    }
  }
  ::chmod(socket_dir_.c_str(), 0700);

  if (!std::filesystem::exists(data_dir_ / "PG_VERSION")) {
    spdlog::info("initialising the embedded database cluster in {}", data_dir_.string());
    int rc = RunAsOwner(bin + "/initdb -D " + Quote(data_dir_.string()) +
                        " -U postgres --auth-local=trust --auth-host=reject --encoding=UTF8 --locale=C.UTF-8");
    if (rc != 0) throw std::runtime_error("initdb failed for " + data_dir_.string());
  }

  if (!running()) {
    StartPostmaster(60);
    started_ = true;
  } else if (options_.own_adopted) {
    spdlog::info("adopted the embedded database already running in {}; it stops with this server", data_dir_.string());
    started_ = true;
  }

  // Create the application database on first start.
  pqxx::connection admin(ConnInfo("postgres"));
  pqxx::nontransaction tx(admin);
  auto r = tx.exec_params("SELECT 1 FROM pg_database WHERE datname = $1", options_.database);
  if (r.empty()) tx.exec0("CREATE DATABASE " + tx.quote_name(options_.database));
}

void EmbeddedPostgres::Restart(int timeout_seconds) {
  if (running()) return;
  StartPostmaster(timeout_seconds);
  started_ = true;
}

void EmbeddedPostgres::StartPostmaster(int timeout_seconds) {
  const std::string bin = BinDir();
  std::string opts = "-c listen_addresses='' -c unix_socket_directories=" + socket_dir_.string() +
                     " -c port=" + std::to_string(options_.port) +
                     " -c unix_socket_permissions=0700 -c fsync=on -c synchronous_commit=on"
                     " -c shared_buffers=512MB -c wal_compression=lz4 -c max_wal_size=4GB";
  std::string log = (options_.base_dir / "postgres.log").string();
  if (IsRoot()) {
    // The log file must be writable by the owner.
    std::filesystem::path lp(log);
    if (!std::filesystem::exists(lp)) {
      FILE* f = std::fopen(log.c_str(), "a");
      if (f) std::fclose(f);
    }
    struct passwd* pw = ::getpwnam(options_.os_user.c_str());
    if (pw && ::chown(log.c_str(), pw->pw_uid, pw->pw_gid) != 0) spdlog::warn("cannot chown {}", log);
  }
  int rc = RunAsOwner(bin + "/pg_ctl start -w -t " + std::to_string(timeout_seconds) + " -D " +
                      Quote(data_dir_.string()) + " -l " + Quote(log) + " -o " + Quote(opts));
  if (rc != 0) throw std::runtime_error("the embedded database did not start; see " + log);
}

void EmbeddedPostgres::Stop() {
  if (!std::filesystem::exists(data_dir_ / "postmaster.pid")) {
    started_ = false;
    return;
  }
  int rc = RunAsOwner(BinDir() + "/pg_ctl stop -w -t 60 -m fast -D " + Quote(data_dir_.string()));
  started_ = false;
  if (rc != 0) throw std::runtime_error("pg_ctl stop failed");
}

std::string EmbeddedPostgres::ConnInfo() const { return ConnInfo(options_.database); }

std::string EmbeddedPostgres::ConnInfo(const std::string& database) const {
  return "host=" + socket_dir_.string() + " port=" + std::to_string(options_.port) +
         " user=postgres dbname=" + database + " connect_timeout=2 application_name=crm";
}

}  // namespace crm::storage

// The embedded default database: a private PostgreSQL cluster under a data
// directory, run by an unprivileged OS user (PostgreSQL refuses root), on a
// unix socket in a directory only that user can enter. Used by crm-server
// when no database URL is configured, by crm-admin, and by the tests (which
// start throwaway clusters with it).
#pragma once

#include <filesystem>
#include <string>

namespace crm::storage {

struct EmbeddedPostgresOptions {
  std::filesystem::path base_dir;  // holds data/ and run/
  std::string database = "crm";
  std::string os_user = "postgres";  // used only when running as root
  int port = 5432;                   // names the socket file; no TCP listener
  bool quiet = true;
  // The server owns its cluster: one it finds already running (left by a
  // server that was killed) is adopted and stopped with it like one it
  // started. crm-admin, which works beside a running server, leaves this off.
  bool own_adopted = false;
};

class EmbeddedPostgres {
 public:
  explicit EmbeddedPostgres(EmbeddedPostgresOptions options);
  ~EmbeddedPostgres();  // stops the cluster if this object started (or owns) it

  // initdb on first use, start (or adopt one already running on this data
  // directory), create the database. Throws std::runtime_error with a clear
  // message on failure.
  void Start();
  void Stop();
  // Starts the cluster again after its postmaster died (crash recovery runs
  // before it accepts connections; waits at most timeout_seconds). Throws
  // std::runtime_error when it did not start (e.g. the dead postmaster's
  // children still hold its shared memory: try again later).
  void Restart(int timeout_seconds);
  // Whether a postmaster is running on the data directory (pg_ctl status).
  bool running() const;
  // A lock file left by a postmaster that is not running: it died (a clean
  // stop removes the file).
  bool crashed() const;
  bool started_by_us() const { return started_; }

  // libpq key/value connection string for the database.
  std::string ConnInfo() const;
  std::string ConnInfo(const std::string& database) const;
  const std::filesystem::path& data_dir() const { return data_dir_; }
  const std::filesystem::path& socket_dir() const { return socket_dir_; }

 private:
  int RunAsOwner(const std::string& command) const;
  std::string BinDir() const;
  void StartPostmaster(int timeout_seconds);

  EmbeddedPostgresOptions options_;
  std::filesystem::path data_dir_;
  std::filesystem::path socket_dir_;
  bool started_ = false;
};

}  // namespace crm::storage

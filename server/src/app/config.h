// Server configuration. Sources, highest precedence first:
//   1. command-line flags        (--listen 0.0.0.0:50051)
//   2. environment variables     (CRM_LISTEN=...)
//   3. the config file           (--config FILE / CRM_CONFIG; TOML/INI "key = value")
//   4. built-in defaults
// CLI11 parses everything; ParseServerArgs puts the environment between the
// flags and the file (CLI11 alone would let the file win over the
// environment). `crm-server --help` lists every option with its variable
// and default.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "usecases/auth_settings.h"

#ifndef CRM_DEFAULT_MIGRATIONS_DIR
#define CRM_DEFAULT_MIGRATIONS_DIR "db/migrations"
#endif

namespace crm::app {

struct ServerConfig {
  std::string config_file;
  std::string listen = "127.0.0.1:50051";
  std::string database_url;  // empty: the embedded database under data_dir/pg
  std::string data_dir = "var";
  std::string migrations_dir = CRM_DEFAULT_MIGRATIONS_DIR;
  std::string tls_cert;        // default: data_dir/tls/server.crt
  std::string tls_key;         // default: data_dir/tls/server.key
  std::string integration_ca;  // CA of integration client certificates; default data_dir/tls/ca.crt when present
  bool insecure = false;
  int db_pool_size = 8;
  int max_queued_calls = 256;
  int default_deadline_ms = 30000;
  int shutdown_grace_seconds = 10;
  int health_interval_ms = 500;
  int tier_schedule_hour = 2;         // daily recompute at this UTC hour; -1: never
  int tier_dirty_interval_ms = 1000;  // how soon a client's changed data moves its tier
  std::string log_format = "plain";
  std::string log_level = "info";
  bool demo_seed = true;
  std::string keys_dir;  // default: data_dir/keys
  std::string db_role = "crm_app";
  int audit_checkpoint_seconds = 60;
  int audit_checkpoint_events = 1000;
  std::string channels_file;      // default: data_dir/channels.json (none: no channels)
  int outbox_interval_ms = 100;   // how often the dispatcher looks for due messages
  int outbox_max_attempts = 8;    // tries before a message is a dead letter
  int outbox_backoff_ms = 2000;   // the first retry's delay (doubling, jittered)
  int outbox_lease_seconds = 60;  // a claimed message's lease (then another server may send it)

  int max_failed_logins = 5;
  int lockout_seconds = 300;
  int idle_timeout_seconds = 600;
  int session_max_hours = 12;
  int password_min_length = 10;
  int password_history = 5;
  int password_max_age_days = 90;
  int scrypt_log2_n = 15;

  bool embedded() const { return database_url.empty(); }
  usecases::AuthSettings auth_settings() const;
};

// Registers every option on app (used by crm-server and by the config tests).
void AddServerOptions(CLI::App& app, ServerConfig& config);

// Parses argv with the precedence above. Throws CLI::ParseError.
void ParseServerArgs(CLI::App& app, int argc, const char* const* argv);

// Checks combinations CLI11 cannot (e.g. --insecure only on loopback).
// Throws CLI::ValidationError with a message naming the option.
void ValidateServerConfig(const ServerConfig& config);

}  // namespace crm::app

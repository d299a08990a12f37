#include "app/config.h"

#include <cstdlib>

#ifndef CRM_DEFAULT_MIGRATIONS_DIR
#define CRM_DEFAULT_MIGRATIONS_DIR "db/migrations"
#endif

namespace crm::app {

usecases::AuthSettings ServerConfig::auth_settings() const {
  usecases::AuthSettings s;
  s.max_failed_logins = max_failed_logins;
  s.lockout = std::chrono::seconds(lockout_seconds);
  s.idle_timeout = std::chrono::seconds(idle_timeout_seconds);
  s.absolute_timeout = std::chrono::hours(session_max_hours);
  s.password_policy.min_length = static_cast<size_t>(password_min_length);
  s.password_policy.history = password_history;
  s.password_policy.max_age = std::chrono::hours(24 * password_max_age_days);
  s.scrypt.log2_n = scrypt_log2_n;
  return s;
}

void AddServerOptions(CLI::App& app, ServerConfig& c) {
  c.migrations_dir = CRM_DEFAULT_MIGRATIONS_DIR;
  // A later value wins, so flags typed by the user override values taken from
  // the environment (see ParseServerArgs).
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  app.set_config("--config", "", "Config file (TOML/INI: key = value, keys as the long option names)")
      ->envname("CRM_CONFIG");
  app.add_option("--listen", c.listen, "Address to listen on (host:port)")
      ->envname("CRM_LISTEN")
      ->capture_default_str();
  app.add_option("--database-url", c.database_url,
                 "PostgreSQL URL (postgresql://...). Empty: run the embedded database under <data-dir>/pg")
      ->envname("CRM_DATABASE_URL");
  app.add_option("--data-dir", c.data_dir, "Directory for the embedded database, TLS files and demo secrets")
      ->envname("CRM_DATA_DIR")
      ->capture_default_str();
  app.add_option("--migrations-dir", c.migrations_dir, "Directory of V####__name.sql migrations")
      ->envname("CRM_MIGRATIONS_DIR")
      ->capture_default_str();
  app.add_option("--tls-cert", c.tls_cert, "Server certificate chain (PEM); default <data-dir>/tls/server.crt")
      ->envname("CRM_TLS_CERT");
  app.add_option("--tls-key", c.tls_key, "Server private key (PEM); default <data-dir>/tls/server.key")
      ->envname("CRM_TLS_KEY");
  app.add_option("--integration-ca", c.integration_ca,
                 "CA (PEM) of integration accounts' client certificates (mutual TLS); default <data-dir>/tls/ca.crt")
      ->envname("CRM_INTEGRATION_CA");
  app.add_flag("--insecure", c.insecure, "Serve plaintext (loopback addresses only; for debugging)")
      ->envname("CRM_INSECURE");
  app.add_option("--db-pool-size", c.db_pool_size, "Database connections (= worker threads)")
      ->envname("CRM_DB_POOL_SIZE")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  app.add_option("--max-queued-calls", c.max_queued_calls, "Calls waiting for a worker before UNAVAILABLE")
      ->envname("CRM_MAX_QUEUED_CALLS")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  app.add_option("--default-deadline-ms", c.default_deadline_ms, "Deadline for calls that set none (and the cap)")
      ->envname("CRM_DEFAULT_DEADLINE_MS")
      ->check(CLI::Range(100, 600000))
      ->capture_default_str();
  app.add_option("--shutdown-grace-seconds", c.shutdown_grace_seconds, "How long SIGTERM waits for in-flight calls")
      ->envname("CRM_SHUTDOWN_GRACE_SECONDS")
      ->check(CLI::Range(0, 3600))
      ->capture_default_str();
  app.add_option("--health-interval-ms", c.health_interval_ms, "How often the database is probed for health")
      ->envname("CRM_HEALTH_INTERVAL_MS")
      ->check(CLI::Range(50, 60000))
      ->capture_default_str();
  app.add_option("--tier-schedule-hour", c.tier_schedule_hour, "Daily tier recompute at this UTC hour (-1: never)")
      ->envname("CRM_TIER_SCHEDULE_HOUR")
      ->check(CLI::Range(-1, 23))
      ->capture_default_str();
  app.add_option("--tier-dirty-interval-ms", c.tier_dirty_interval_ms,
                 "How often clients whose data changed are re-tiered")
      ->envname("CRM_TIER_DIRTY_INTERVAL_MS")
      ->check(CLI::Range(50, 600000))
      ->capture_default_str();
  app.add_option("--channels-file", c.channels_file,
                 "Message channels (JSON; secrets named as files in the keys dir); default <data-dir>/channels.json")
      ->envname("CRM_CHANNELS_FILE");
  app.add_option("--outbox-interval-ms", c.outbox_interval_ms, "How often the dispatcher looks for due messages")
      ->envname("CRM_OUTBOX_INTERVAL_MS")
      ->check(CLI::Range(10, 60000))
      ->capture_default_str();
  app.add_option("--outbox-max-attempts", c.outbox_max_attempts, "Tries before a message becomes a dead letter")
      ->envname("CRM_OUTBOX_MAX_ATTEMPTS")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  app.add_option("--outbox-backoff-ms", c.outbox_backoff_ms, "Delay before the first retry (doubles, jittered)")
      ->envname("CRM_OUTBOX_BACKOFF_MS")
      ->check(CLI::Range(10, 3600000))
      ->capture_default_str();
  app.add_option("--outbox-lease-seconds", c.outbox_lease_seconds,
                 "How long a claimed message is one server's before another may send it")
      ->envname("CRM_OUTBOX_LEASE_SECONDS")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  app.add_option("--log-format", c.log_format, "Log format")
      ->envname("CRM_LOG_FORMAT")
      ->check(CLI::IsMember({"plain", "json"}))
      ->capture_default_str();
  app.add_option("--log-level", c.log_level, "Log level")
      ->envname("CRM_LOG_LEVEL")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error"}))
      ->capture_default_str();
  app.add_flag("!--no-demo-seed", c.demo_seed, "Do not create the demo org and users (embedded mode only)")
      ->envname("CRM_NO_DEMO_SEED");
  app.add_option("--keys-dir", c.keys_dir,
                 "Key directory (master key, data keys, audit MAC keys); default <data-dir>/keys")
      ->envname("CRM_KEYS_DIR");
  app.add_option("--db-role", c.db_role, "PostgreSQL role every request runs as (SET ROLE); empty: the login role")
      ->envname("CRM_DB_ROLE")
      ->capture_default_str();
  app.add_option("--audit-checkpoint-seconds", c.audit_checkpoint_seconds,
                 "Sign the audit chain head at least this often (when it moved)")
      ->envname("CRM_AUDIT_CHECKPOINT_SECONDS")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  app.add_option("--audit-checkpoint-events", c.audit_checkpoint_events, "... or every this many events")
      ->envname("CRM_AUDIT_CHECKPOINT_EVENTS")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  app.add_option("--max-failed-logins", c.max_failed_logins, "Failed sign-ins before a lockout")
      ->envname("CRM_MAX_FAILED_LOGINS")
      ->check(CLI::Range(1, 5))
      ->capture_default_str();
  app.add_option("--lockout-seconds", c.lockout_seconds, "Lockout length")
      ->envname("CRM_LOCKOUT_SECONDS")
      ->check(CLI::Range(300, 86400))
      ->capture_default_str();
  app.add_option("--idle-timeout-seconds", c.idle_timeout_seconds, "Idle time that ends a session")
      ->envname("CRM_IDLE_TIMEOUT_SECONDS")
      ->check(CLI::Range(30, 600))
      ->capture_default_str();
  app.add_option("--session-max-hours", c.session_max_hours, "Absolute session length")
      ->envname("CRM_SESSION_MAX_HOURS")
      ->check(CLI::Range(1, 24))
      ->capture_default_str();
  app.add_option("--password-min-length", c.password_min_length, "Minimum password length")
      ->envname("CRM_PASSWORD_MIN_LENGTH")
      ->check(CLI::Range(10, 128))
      ->capture_default_str();
  app.add_option("--password-history", c.password_history, "Earlier passwords that may not be reused")
      ->envname("CRM_PASSWORD_HISTORY")
      ->check(CLI::Range(0, 24))
      ->capture_default_str();
  app.add_option("--password-max-age-days", c.password_max_age_days, "Password expiry (0: never)")
      ->envname("CRM_PASSWORD_MAX_AGE_DAYS")
      ->check(CLI::Range(0, 3650))
      ->capture_default_str();
  app.add_option("--scrypt-log2-n", c.scrypt_log2_n, "scrypt cost (N = 2^value, r = 8)")
      ->envname("CRM_SCRYPT_LOG2_N")
      ->check(CLI::Range(10, 20))
      ->capture_default_str();
}

void ParseServerArgs(CLI::App& app, int argc, const char* const* argv) {
  // Environment values become leading arguments: they beat the config file
  // (which CLI11 applies only to options not given) and lose to real flags
  // (which come later; TakeLast).
  std::vector<std::string> args;
  for (int i = argc - 1; i >= 1; --i) args.emplace_back(argv[i]);  // CLI11 wants them reversed
  for (const CLI::Option* opt : app.get_options()) {
    const std::string env = opt->get_envname();
    if (env.empty() || opt->get_lnames().empty()) continue;
    const char* value = std::getenv(env.c_str());
    if (!value) continue;
    args.push_back("--" + opt->get_lnames().front() + "=" + value);
  }
  app.parse(args);
}

void ValidateServerConfig(const ServerConfig& c) {
  auto colon = c.listen.rfind(':');
  if (colon == std::string::npos || colon + 1 >= c.listen.size())
    throw CLI::ValidationError("--listen", "must be host:port");
  std::string host = c.listen.substr(0, colon);
  if (c.insecure && host != "127.0.0.1" && host != "localhost" && host != "[::1]")
    throw CLI::ValidationError("--insecure", "plaintext is allowed only on a loopback address (127.0.0.1, [::1])");
  if (!c.tls_cert.empty() != !c.tls_key.empty())
    throw CLI::ValidationError("--tls-cert/--tls-key", "give both or neither");
}

}  // namespace crm::app

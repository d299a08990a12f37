#include "app/server.h"

#include <absl/synchronization/mutex.h>

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <pqxx/pqxx>

#include "rpc/call_pipeline.h"
#include "rpc/worker_pool.h"
#include "security/audit_signer.h"
#include "security/key_store.h"
#include "security/tls_files.h"
#include "storage/audit_repository.h"
#include "storage/audit_sealer.h"
#include "storage/transaction.h"
#include "services/auth_service.h"
#include "services/audit_service.h"
#include "services/customer_service.h"
#include "services/suitability_service.h"
#include "services/tiering_service.h"
#include "usecases/tier_engine.h"
#include "usecases/outbox_dispatcher.h"
#include "services/aml_service.h"
#include "services/ingest_service.h"
#include "services/notification_service.h"
#include "channels/channel_config.h"
#include "security/field_cipher.h"
#include "security/process_keys.h"
#include "services/org_service.h"
#include "storage/connection_pool.h"
#include "storage/embedded_postgres.h"
#include "storage/migrator.h"
#include "storage/statements.h"
#include "usecases/auth_manager.h"
#include "usecases/demo_customers.h"
#include "usecases/demo_seed.h"
#include "usecases/user_admin.h"

namespace crm::app {

namespace fs = std::filesystem;

CrmServer::CrmServer(ServerConfig config, const Clock* clock)
    : config_(std::move(config)), clock_(clock ? clock : &system_clock_) {}

CrmServer::~CrmServer() {
  try {
    Shutdown();
  } catch (const std::exception& e) {
    spdlog::error("shutdown: {}", e.what());
  }
}

std::string CrmServer::ca_cert_path() const {
  return fs::absolute(fs::path(config_.data_dir) / "tls" / "ca.crt").string();
}

void CrmServer::StartDatabase() {
  if (config_.embedded()) {
    storage::EmbeddedPostgresOptions opts;
    opts.base_dir = fs::path(config_.data_dir) / "pg";
    opts.own_adopted = true;  // the server owns its cluster, also one a killed server left running
    embedded_ = std::make_unique<storage::EmbeddedPostgres>(opts);
    embedded_->Start();
    conninfo_ = embedded_->ConnInfo();
    spdlog::info("embedded database running in {}", embedded_->data_dir().string());
  } else {
    conninfo_ = config_.database_url;
  }
  // Migrate on a dedicated connection (advisory-locked against other starters).
  try {
    pqxx::connection conn(conninfo_);
    storage::Migrator migrator(config_.migrations_dir);
    int n = migrator.Up(conn);
    spdlog::info("schema up to date ({} migration(s) applied now)", n);
    storage::PrepareAll(conn);
    pqxx::work tx(conn);
    storage::AuditRepository::EnsurePartitions(tx, 3);
    tx.commit();
  } catch (const storage::MigrationError&) {
    throw;
  } catch (const pqxx::broken_connection& e) {
    throw std::runtime_error(std::string("cannot connect to the database: ") + e.what());
  }
}

std::shared_ptr<grpc::ServerCredentials> CrmServer::Credentials() {
  if (config_.insecure) {
    spdlog::warn("serving PLAINTEXT on {} (--insecure)", config_.listen);
    return grpc::InsecureServerCredentials();
  }
  std::string cert = config_.tls_cert, key = config_.tls_key;
  if (cert.empty()) {
    fs::path dir = fs::path(config_.data_dir) / "tls";
    auto paths = security::TlsPaths::InDir(dir);
    if (!fs::exists(paths.server_cert)) {
      if (!config_.embedded())
        throw std::runtime_error("no TLS certificate: set --tls-cert/--tls-key or run `crm-admin tls init`");
      security::InitTlsFiles(dir, {});
      spdlog::info("generated a local CA and server certificate in {} (clients trust {})", dir.string(),
                   paths.ca_cert.string());
    }
    cert = paths.server_cert.string();
    key = paths.server_key.string();
  }
  // Integration accounts present a client certificate from this CA (mutual
  // TLS, ADR 0017); people's workstations present none, so one is requested
  // and verified when sent, not required.
  std::string client_ca = config_.integration_ca;
  if (client_ca.empty()) {
    auto paths = security::TlsPaths::InDir(fs::path(config_.data_dir) / "tls");
    if (fs::exists(paths.ca_cert)) client_ca = paths.ca_cert.string();
  }
  grpc::SslServerCredentialsOptions ssl(client_ca.empty() ? GRPC_SSL_DONT_REQUEST_CLIENT_CERTIFICATE
                                                          : GRPC_SSL_REQUEST_CLIENT_CERTIFICATE_AND_VERIFY);
  if (!client_ca.empty()) ssl.pem_root_certs = security::ReadFile(client_ca);
  ssl.pem_key_cert_pairs.push_back({security::ReadFile(key), security::ReadFile(cert)});
  return grpc::SslServerCredentials(ssl);
}

void CrmServer::LoadAuditKeys() {
  fs::path dir = config_.keys_dir.empty() ? fs::path(config_.data_dir) / "keys" : fs::path(config_.keys_dir);
  bool existed = security::KeyStore(dir).exists();
  security::LoadProcessKeys(dir, /*create=*/config_.embedded());
  std::error_code ec;
  keys_mtime_ = fs::last_write_time(dir / "keys.json", ec);
  if (!existed)
    spdlog::info("created the master key, a data key, an audit key and a blind-index key in {}", dir.string());
}

// `crm-admin keys rotate` adds keys while servers run: pick them up.
void CrmServer::ReloadKeysIfChanged() {
  fs::path dir = config_.keys_dir.empty() ? fs::path(config_.data_dir) / "keys" : fs::path(config_.keys_dir);
  std::error_code ec;
  auto mtime = fs::last_write_time(dir / "keys.json", ec);
  if (ec || mtime == keys_mtime_) return;
  security::LoadProcessKeys(dir, false);
  keys_mtime_ = mtime;
  spdlog::info("reloaded the key store (new keys are current)");
}

void CrmServer::Start() {
  ValidateServerConfig(config_);
  // Debian's Abseil keeps its mutex deadlock detector on (a debugging aid
  // that records a stack for every lock gRPC takes); off in the server.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  fs::create_directories(config_.data_dir);
  LoadAuditKeys();
  StartDatabase();

  pool_ =
      std::make_unique<storage::ConnectionPool>(conninfo_, static_cast<size_t>(config_.db_pool_size), config_.db_role);
  workers_ = std::make_unique<rpc::WorkerPool>(static_cast<size_t>(config_.db_pool_size),
                                               static_cast<size_t>(config_.max_queued_calls));
  sealer_ = std::make_unique<storage::AuditSealer>(conninfo_);
  auth_ = std::make_unique<usecases::AuthManager>(*pool_, *clock_, config_.auth_settings());

  if (config_.embedded() && config_.demo_seed) {
    fs::path pw_file = fs::path(config_.data_dir) / "demo-password";
    if (fs::exists(pw_file)) {
      std::ifstream in(pw_file);
      std::getline(in, demo_password_);
    } else {
      demo_password_ = usecases::GenerateDemoPassword();
    }
    usecases::UserAdmin admin(*pool_, *clock_, config_.auth_settings(), "crm-server(demo-seed)");
    if (usecases::SeedDemoData(admin, *pool_, demo_password_)) {
      usecases::SeedDemoCustomers(conninfo_, 300, 20261121, "crm-server(demo-seed)");
      std::ofstream out(pw_file, std::ios::trunc);
      out << demo_password_ << "\n";
      out.close();
      ::chmod(pw_file.c_str(), 0600);
      spdlog::info("seeded the demo org and users");
    } else if (!fs::exists(pw_file)) {
      demo_password_.clear();  // users exist from elsewhere; no demo password to show
    }
  }

  rpc::PipelineOptions popts;
  popts.default_deadline = std::chrono::milliseconds(config_.default_deadline_ms);
  popts.json_logs = config_.log_format == "json";
  pipeline_ = std::make_unique<rpc::CallPipeline>(*workers_, *auth_, *pool_, popts);
  auth_service_ = std::make_unique<services::AuthService>(*pipeline_);
  org_service_ = std::make_unique<services::OrgService>(*pipeline_);
  audit_service_ = std::make_unique<services::AuditService>(*pipeline_, *sealer_);
  customer_service_ = std::make_unique<services::CustomerService>(*pipeline_);
  suitability_service_ = std::make_unique<services::SuitabilityService>(*pipeline_, *clock_);
  tier_engine_ = std::make_unique<usecases::TierEngine>(*pool_, *clock_);
  tiering_service_ = std::make_unique<services::TieringService>(*pipeline_, *tier_engine_);
  {
    const fs::path keys = config_.keys_dir.empty() ? fs::path(config_.data_dir) / "keys" : fs::path(config_.keys_dir);
    const fs::path file =
        config_.channels_file.empty() ? fs::path(config_.data_dir) / "channels.json" : fs::path(config_.channels_file);
    try {
      channels_ = usecases::messages::ChannelSet(channels::LoadChannels(file));
    } catch (const Error& e) {
      throw std::runtime_error("the channels file " + file.string() + ": " + e.what());
    }
    usecases::OutboxSettings os;
    os.max_attempts = config_.outbox_max_attempts;
    os.backoff_base = std::chrono::milliseconds(config_.outbox_backoff_ms);
    os.lease_seconds = config_.outbox_lease_seconds;
    outbox_ = std::make_unique<usecases::OutboxDispatcher>(*pool_, channels_, keys, os);
    notification_service_ =
        std::make_unique<services::NotificationService>(*pipeline_, channels_, config_.outbox_max_attempts);
    spdlog::info("message channels: {} configured", channels_.all().size());
  }

  ingest_service_ = std::make_unique<services::IngestService>(*pipeline_);
  aml_service_ = std::make_unique<services::AmlService>(*pipeline_);

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  builder.AddListeningPort(config_.listen, Credentials(), &port_);
  // Channelz (per-call counters for an introspection service we do not
  // expose) off; see docs/performance-notes.md for the measured cost.
  builder.AddChannelArgument(GRPC_ARG_ENABLE_CHANNELZ, 0);
  builder.RegisterService(auth_service_.get());
  builder.RegisterService(org_service_.get());
  builder.RegisterService(audit_service_.get());
  builder.RegisterService(customer_service_.get());
  builder.RegisterService(suitability_service_.get());
  builder.RegisterService(tiering_service_.get());
  builder.RegisterService(notification_service_.get());
  builder.RegisterService(ingest_service_.get());
  builder.RegisterService(aml_service_.get());
  server_ = builder.BuildAndStart();
  if (!server_ || port_ == 0) throw std::runtime_error("cannot listen on " + config_.listen);
  server_->GetHealthCheckService()->SetServingStatus(true);
  health_thread_ = std::thread([this] { HealthLoop(); });
  audit_thread_ = std::thread([this] { AuditLoop(); });
  tiering_thread_ = std::thread([this] { TieringLoop(); });
  outbox_thread_ = std::thread([this] { OutboxLoop(); });
  spdlog::info("crm-server listening on {} ({})",
               config_.listen.substr(0, config_.listen.rfind(':') + 1) + std::to_string(port_),
               config_.insecure ? "plaintext" : "TLS");
}

// The server owns the embedded cluster: when its postmaster has died (its
// lock file left behind; not a clean stop by an administrator, nor a
// postmaster merely restarting its children), start it again, backing off
// 1, 2, 4 ... 30 s between tries (a dead postmaster's children may hold its
// shared memory for a moment). pg_ctl waits for crash recovery to finish.
bool CrmServer::RestartEmbeddedIfDead(int& attempts, std::chrono::steady_clock::time_point& next_try) {
  if (!embedded_ || std::chrono::steady_clock::now() < next_try) return false;
  if (!embedded_->crashed()) return false;
  ++attempts;
  spdlog::warn("the embedded database's postmaster is not running: starting it again (attempt {})", attempts);
  try {
    embedded_->Restart(10);  // longer recovery continues; running() says so below
    spdlog::info("the embedded database is running again after {} attempt(s)", attempts);
    return true;
  } catch (const std::exception& e) {
    if (embedded_->running()) {  // started, still in crash recovery after pg_ctl's wait
      spdlog::warn("the embedded database is still recovering ({})", e.what());
      return true;
    }
    const int backoff = std::min(30, 1 << std::min(attempts - 1, 5));
    next_try = std::chrono::steady_clock::now() + std::chrono::seconds(backoff);
    spdlog::warn("restarting the embedded database failed ({}); next try in {} s", e.what(), backoff);
    return false;
  }
}

void CrmServer::HealthLoop() {
  bool serving = true;
  std::unique_ptr<pqxx::connection> conn;
  const auto interval = std::chrono::milliseconds(config_.health_interval_ms);
  int restart_attempts = 0;
  bool restarted = false;
  auto next_restart = std::chrono::steady_clock::now();
  auto down_since = std::chrono::steady_clock::now();
  for (;;) {
    {
      std::unique_lock lock(health_mu_);
      if (health_cv_.wait_for(lock, interval, [this] { return stopping_; })) return;
    }
    bool ok = false;
    try {
      if (!conn || !conn->is_open()) conn = std::make_unique<pqxx::connection>(conninfo_);
      storage::Ping(*conn);
      ok = true;
    } catch (const std::exception&) {
      conn.reset();
    }
    if (ok != serving) {
      serving = ok;
      server_->GetHealthCheckService()->SetServingStatus(ok);
      if (ok) {
        pool_->DropIdle();  // connections from before the outage are dead
        spdlog::info("database reachable again: health SERVING");
      } else {
        down_since = std::chrono::steady_clock::now();
        spdlog::warn("database unreachable: health NOT_SERVING");
      }
    }
    // After health says NOT_SERVING: the restart waits for crash recovery.
    if (!ok && RestartEmbeddedIfDead(restart_attempts, next_restart)) restarted = true;
    if (ok && restarted) {
      // On record once the database is back: the server restarted it.
      try {
        const auto down_ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - down_since)
                .count();
        storage::InTransaction(*pool_, {}, [&](pqxx::work& tx) {
          storage::AuditRepository::Record(tx, storage::AuditWho::From(domain::Actor::System("crm-server")),
                                           {"server.database_restarted",
                                            "database",
                                            "",
                                            "",
                                            storage::AuditOutcome::kOk,
                                            {{"reason", "the embedded postmaster was not running"},
                                             {"attempts", restart_attempts},
                                             {"unavailable_ms", down_ms}}});
        });
        restarted = false;
        restart_attempts = 0;
        next_restart = std::chrono::steady_clock::now();
      } catch (const std::exception& e) {
        spdlog::warn("recording the database restart failed ({}); trying again", e.what());
      }
    }
  }
}

// Seals pending audit events into the chain every 100 ms, signs the head
// every N events or T seconds (when it moved), and keeps monthly partitions
// created ahead.
void CrmServer::AuditLoop() {
  auto last_checkpoint = std::chrono::steady_clock::now();
  auto last_partitions = std::chrono::steady_clock::now();
  int64_t since_checkpoint = 0;
  for (;;) {
    {
      std::unique_lock lock(health_mu_);
      if (health_cv_.wait_for(lock, std::chrono::milliseconds(100), [this] { return audit_stopping_; })) break;
    }
    try {
      auto now = std::chrono::steady_clock::now();
      since_checkpoint += sealer_->SealNow();
      bool due_by_count = since_checkpoint >= config_.audit_checkpoint_events;
      bool due_by_time =
          since_checkpoint > 0 && now - last_checkpoint >= std::chrono::seconds(config_.audit_checkpoint_seconds);
      if (due_by_count || due_by_time) {
        sealer_->Checkpoint();
        since_checkpoint = 0;
        last_checkpoint = now;
      }
      ReloadKeysIfChanged();
      if (now - last_partitions >= std::chrono::hours(12)) {
        storage::InTransaction(*pool_, {}, [&](pqxx::work& tx) { storage::AuditRepository::EnsurePartitions(tx, 3); });
        last_partitions = now;
      }
    } catch (const std::exception& e) {
      spdlog::warn("audit sealing skipped: {}", e.what());
    }
  }
  // Seal and sign what the last calls recorded, so a clean stop leaves the
  // whole trail chained and the head signed.
  try {
    sealer_->SealNow();
    sealer_->Checkpoint();
  } catch (const std::exception& e) {
    spdlog::warn("final audit sealing skipped: {}", e.what());
  }
}

// Keeps tiers current (product.md section 2): clients whose data changed
// within a second, an activated policy's run (resumed after a restart), and
// the daily run. Stops between batches when the server stops.
void CrmServer::TieringLoop() {
  auto keep_going = [this](const usecases::TierProgress&) {
    std::lock_guard lock(health_mu_);
    return !stopping_;
  };
  for (;;) {
    {
      std::unique_lock lock(health_mu_);
      if (health_cv_.wait_for(lock, std::chrono::milliseconds(config_.tier_dirty_interval_ms),
                              [this] { return stopping_; }))
        return;
    }
    try {
      while (tier_engine_->ProcessDirty(5000) == 5000) {
      }
      tier_engine_->ResumePending(keep_going);
      tier_engine_->RunScheduledIfDue(config_.tier_schedule_hour, keep_going);
    } catch (const std::exception& e) {
      spdlog::warn("tiering skipped: {}", e.what());
    }
  }
}

// Sends what the outbox holds (issue 27): a round over every channel each
// interval, at once again while a round finds work.
void CrmServer::OutboxLoop() {
  if (channels_.all().empty()) return;
  for (;;) {
    {
      std::unique_lock lock(health_mu_);
      if (health_cv_.wait_for(lock, std::chrono::milliseconds(config_.outbox_interval_ms),
                              [this] { return stopping_; }))
        return;
    }
    try {
      while (outbox_->RunOnce() > 0) {
        std::lock_guard lock(health_mu_);
        if (stopping_) return;
      }
    } catch (const std::exception& e) {
      spdlog::warn("outbox round skipped: {}", e.what());
    }
  }
}

void CrmServer::Shutdown() {
  if (shut_down_) return;
  shut_down_ = true;
  {
    std::lock_guard lock(health_mu_);
    stopping_ = true;
  }
  health_cv_.notify_all();
  if (outbox_) outbox_->Stop();
  if (health_thread_.joinable()) health_thread_.join();
  if (tiering_thread_.joinable()) tiering_thread_.join();
  if (outbox_thread_.joinable()) outbox_thread_.join();
  if (server_) {
    server_->GetHealthCheckService()->SetServingStatus(false);
    server_->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(config_.shutdown_grace_seconds));
    server_->Wait();
  }
  if (workers_) workers_->Stop();
  {
    std::lock_guard lock(health_mu_);
    audit_stopping_ = true;
  }
  health_cv_.notify_all();
  if (audit_thread_.joinable()) audit_thread_.join();
  server_.reset();
  pipeline_.reset();
  auth_.reset();
  sealer_.reset();
  pool_.reset();
  embedded_.reset();  // stops the embedded cluster if this server started it
  spdlog::info("crm-server stopped");
}

}  // namespace crm::app

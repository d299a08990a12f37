#include "app/server.h"

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
#include "security/tls_files.h"
#include "services/auth_service.h"
#include "services/org_service.h"
#include "storage/connection_pool.h"
#include "storage/embedded_postgres.h"
#include "storage/migrator.h"
#include "usecases/auth_manager.h"
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
  grpc::SslServerCredentialsOptions ssl;
  ssl.pem_key_cert_pairs.push_back({security::ReadFile(key), security::ReadFile(cert)});
  return grpc::SslServerCredentials(ssl);
}

void CrmServer::Start() {
  ValidateServerConfig(config_);
  fs::create_directories(config_.data_dir);
  StartDatabase();

  pool_ = std::make_unique<storage::ConnectionPool>(conninfo_, static_cast<size_t>(config_.db_pool_size));
  workers_ = std::make_unique<rpc::WorkerPool>(static_cast<size_t>(config_.db_pool_size),
                                               static_cast<size_t>(config_.max_queued_calls));
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

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  builder.AddListeningPort(config_.listen, Credentials(), &port_);
  builder.RegisterService(auth_service_.get());
  builder.RegisterService(org_service_.get());
  server_ = builder.BuildAndStart();
  if (!server_ || port_ == 0) throw std::runtime_error("cannot listen on " + config_.listen);
  server_->GetHealthCheckService()->SetServingStatus(true);
  health_thread_ = std::thread([this] { HealthLoop(); });
  spdlog::info("crm-server listening on {} ({})", config_.listen.substr(0, config_.listen.rfind(':') + 1) +
                                                       std::to_string(port_),
               config_.insecure ? "plaintext" : "TLS");
}

void CrmServer::HealthLoop() {
  bool serving = true;
  std::unique_ptr<pqxx::connection> conn;
  const auto interval = std::chrono::milliseconds(config_.health_interval_ms);
  for (;;) {
    {
      std::unique_lock lock(health_mu_);
      if (health_cv_.wait_for(lock, interval, [this] { return stopping_; })) return;
    }
    bool ok = false;
    try {
      if (!conn || !conn->is_open()) conn = std::make_unique<pqxx::connection>(conninfo_);
      pqxx::nontransaction tx(*conn);
      tx.exec("SELECT 1");
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
        spdlog::warn("database unreachable: health NOT_SERVING");
      }
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
  if (health_thread_.joinable()) health_thread_.join();
  if (server_) {
    server_->GetHealthCheckService()->SetServingStatus(false);
    server_->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(config_.shutdown_grace_seconds));
    server_->Wait();
  }
  if (workers_) workers_->Stop();
  server_.reset();
  pipeline_.reset();
  auth_.reset();
  pool_.reset();
  embedded_.reset();  // stops the embedded cluster if this server started it
  spdlog::info("crm-server stopped");
}

}  // namespace crm::app

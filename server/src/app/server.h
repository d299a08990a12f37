// Wires the server: database (embedded or external), migrations, demo seed,
// TLS, the worker and connection pools, the gRPC services, health and
// reflection. Used by crm-server's main and, in-process, by the tests.
#pragma once

#include <grpcpp/grpcpp.h>

#include <atomic>
#include <filesystem>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "app/config.h"
#include "common/clock.h"
#include "usecases/messages.h"

namespace crm::storage {
class ConnectionPool;
class EmbeddedPostgres;
class AuditSealer;
}  // namespace crm::storage
namespace crm::rpc {
class WorkerPool;
class CallPipeline;
}  // namespace crm::rpc
namespace crm::usecases {
class AuthManager;
class TierEngine;
class OutboxDispatcher;
}  // namespace crm::usecases
namespace crm::services {
class AuthService;
class OrgService;
class AuditService;
class CustomerService;
class SuitabilityService;
class TieringService;
class NotificationService;
class IngestService;
class AmlService;
}  // namespace crm::services

namespace crm::app {

class CrmServer {
 public:
  explicit CrmServer(ServerConfig config, const Clock* clock = nullptr);
  ~CrmServer();

  // Throws std::runtime_error (clear message) when anything cannot start.
  void Start();
  // Stops accepting, waits for in-flight calls up to the grace period, stops
  // the pools and the embedded database.
  void Shutdown();

  int port() const { return port_; }
  const std::string& demo_password() const { return demo_password_; }
  std::string ca_cert_path() const;
  storage::EmbeddedPostgres* embedded() { return embedded_.get(); }
  const ServerConfig& config() const { return config_; }
  std::string database_conninfo() const { return conninfo_; }
  storage::AuditSealer& sealer() { return *sealer_; }
  usecases::TierEngine& tier_engine() { return *tier_engine_; }
  usecases::OutboxDispatcher& outbox() { return *outbox_; }
  rpc::CallPipeline& pipeline() { return *pipeline_; }

 private:
  void StartDatabase();
  std::shared_ptr<grpc::ServerCredentials> Credentials();
  void HealthLoop();
  // Embedded mode: starts the cluster again when its postmaster has died
  // (with backoff); true once it runs again.
  bool RestartEmbeddedIfDead(int& attempts, std::chrono::steady_clock::time_point& next_try);
  void AuditLoop();
  void TieringLoop();
  void OutboxLoop();
  void LoadAuditKeys();
  void ReloadKeysIfChanged();
  std::filesystem::file_time_type keys_mtime_{};

  ServerConfig config_;
  SystemClock system_clock_;
  const Clock* clock_;
  std::string conninfo_;
  std::string demo_password_;
  std::unique_ptr<storage::EmbeddedPostgres> embedded_;
  std::unique_ptr<storage::ConnectionPool> pool_;
  std::unique_ptr<storage::AuditSealer> sealer_;
  std::unique_ptr<rpc::WorkerPool> workers_;
  std::unique_ptr<usecases::AuthManager> auth_;
  std::unique_ptr<rpc::CallPipeline> pipeline_;
  std::unique_ptr<services::AuthService> auth_service_;
  std::unique_ptr<services::OrgService> org_service_;
  std::unique_ptr<services::AuditService> audit_service_;
  std::unique_ptr<services::CustomerService> customer_service_;
  std::unique_ptr<services::SuitabilityService> suitability_service_;
  std::unique_ptr<usecases::TierEngine> tier_engine_;
  std::unique_ptr<services::TieringService> tiering_service_;
  usecases::messages::ChannelSet channels_;
  std::unique_ptr<usecases::OutboxDispatcher> outbox_;
  std::unique_ptr<services::NotificationService> notification_service_;
  std::unique_ptr<services::IngestService> ingest_service_;
  std::unique_ptr<services::AmlService> aml_service_;
  std::unique_ptr<grpc::Server> server_;
  int port_ = 0;

  std::thread health_thread_;
  std::thread audit_thread_;
  std::thread tiering_thread_;
  std::thread outbox_thread_;
  std::mutex health_mu_;
  std::condition_variable health_cv_;
  bool stopping_ = false;        // health loop
  bool audit_stopping_ = false;  // audit loop (stops last, after the final calls)
  bool shut_down_ = false;
};

}  // namespace crm::app

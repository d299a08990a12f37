// crm-server: the gRPC server. See docs/admin-guide.md.
#include <signal.h>
#include <spdlog/spdlog.h>

#include <iostream>

#include "app/config.h"
#include "app/logging.h"
#include "app/server.h"

int main(int argc, char** argv) {
  crm::app::ServerConfig config;
  CLI::App cli{"crm-server: the securities CRM gRPC server"};
  crm::app::AddServerOptions(cli, config);
  try {
    crm::app::ParseServerArgs(cli, argc, argv);
    crm::app::ValidateServerConfig(config);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e);
  }

  // Block the stop signals in every thread; the main thread waits for them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  crm::app::SetupLogging(config.log_format, config.log_level);
  crm::app::CrmServer server(config);
  try {
    server.Start();
  } catch (const std::exception& e) {
    spdlog::critical("crm-server cannot start: {}", e.what());
    return 2;
  }
  if (!server.demo_password().empty()) {
    std::cout << "\nDemo sign-ins (embedded mode only): admin1, compliance1, lead1, manager1, manager2\n"
              << "Demo password: " << server.demo_password() << "\n"
              << "Clients trust: " << server.ca_cert_path() << "\n\n"
              << std::flush;
  }
  std::cout << "READY port=" << server.port() << std::endl;

  int sig = 0;
  sigwait(&signals, &sig);
  spdlog::info("received {}, shutting down", sig == SIGTERM ? "SIGTERM" : "SIGINT");
  server.Shutdown();
  return 0;
}

// What the benchmarks share: a private cluster in a work directory, TLS files
// and keys, the real server on it, and the bench org (one branch, four teams,
// twenty account managers bm0..bm19) with N seeded clients, reused across runs.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "app/server.h"
#include "storage/embedded_postgres.h"

namespace crm::bench {

constexpr const char* kManagerPassword = "Bench-Passw0rd-1";

struct BenchServer {
  std::unique_ptr<storage::EmbeddedPostgres> pg;
  std::string conninfo;
  app::ServerConfig config;
  std::unique_ptr<app::CrmServer> server;
};

// Starts the cluster under work/pg and the server on it (migrations applied).
// The daily tier run is off: benchmarks start what they measure.
BenchServer StartBenchServer(const std::string& work);

// Creates the bench org when missing and seeds clients up to `customers`;
// prints how long seeding took. Returns the number of clients.
int64_t EnsureBenchData(const BenchServer& b, int64_t customers);

}  // namespace crm::bench

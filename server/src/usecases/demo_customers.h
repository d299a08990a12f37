// Synthetic clients for demos and benchmarks: Chinese names, synthetic
// resident ID numbers with valid check digits (never real people: the
// sequence part starts at 9xx), phones, e-mails and districts, spread over the
// account managers. Sensitive fields are encrypted exactly as the server does;
// rows are streamed with COPY, so a million takes minutes.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace crm::usecases {

struct DemoSeedResult {
  int64_t customers = 0;
  int managers = 0;
};

// Runs as the database owner (COPY past row-level security). Deterministic for
// a given seed. progress(done, total) is called every 10,000 rows.
DemoSeedResult SeedDemoCustomers(const std::string& owner_conninfo, int64_t count, uint32_t seed,
                                 const std::string& operator_name,
                                 const std::function<void(int64_t, int64_t)>& progress = nullptr);

}  // namespace crm::usecases

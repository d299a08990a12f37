// A tier policy as stored and versioned, a client's tier changes, and what a
// policy would change (its preview). The rules themselves are in
// domain/tier_rules.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace crm::domain {

struct TierPolicy {
  std::string id, code, name, status, definition_json;  // status DRAFT, ACTIVE or RETIRED
  int version = 1, etag = 1;
  int64_t create_time_us = 0, update_time_us = 0;
  std::optional<int64_t> activate_time_us;
  std::string created_by, updated_by;  // user ids; "" for the policies shipped with the schema

  // What a client sends back to change it: "v<etag>".
  std::string Etag() const { return "v" + std::to_string(etag); }
};

// One change of a client's tier, and what decided it.
struct TierChange {
  std::string customer_id, policy_id, policy_code, old_tier, new_tier, metrics_json, run_id;
  int policy_version = 0, matched_index = 0;
  int64_t change_time_us = 0;
};

// How many clients a policy would move from one tier to another, with a few
// of them (id, name) as examples.
struct TierTransition {
  std::string from, to;
  int64_t count = 0;
  std::vector<std::pair<std::string, std::string>> samples;
};

}  // namespace crm::domain

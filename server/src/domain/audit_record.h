// An audit event as it is chained: the canonical encoding that its hash
// covers. No SQL and no gRPC here; the encoding is versioned ("crm-audit-v1")
// and must never change for stored rows.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crm::domain {

struct AuditRecord {
  int64_t seq = 0;
  int64_t event_time_us = 0;  // UTC microseconds since the epoch (database time)
  std::string actor_user_id;
  std::string actor_username;
  std::string actor_role;
  std::string session_id;
  std::string client_address;
  std::string request_id;
  std::string action;
  std::string target_type;
  std::string target_id;
  std::string reason;
  std::string outcome;       // ok, denied, error
  std::string details_json;  // canonical: sorted keys, no spaces
  std::vector<uint8_t> prev_hash;
  std::vector<uint8_t> hash;
  std::string mac_key_id;
  std::vector<uint8_t> mac;
};

// Which events a list, count or export covers (every field optional).
struct AuditFilter {
  std::string actor_user_id;
  std::string target_type;
  std::string target_id;
  std::string action;  // exact, or a prefix ending in '.' ("auth.")
  std::string outcome;
  std::optional<int64_t> start_time_us;  // inclusive
  std::optional<int64_t> end_time_us;    // exclusive
};

// Length-prefixed fields in a fixed order: unambiguous for any content.
std::string CanonicalEncoding(const AuditRecord& record);
// The same into a reused buffer (cleared first).
void CanonicalEncodingInto(const AuditRecord& record, std::string& out);

// Re-serialises JSON text in canonical form (sorted keys, compact), so that
// what PostgreSQL's jsonb prints hashes the same as what was written.
std::string CanonicalJson(const std::string& json_text);

}  // namespace crm::domain

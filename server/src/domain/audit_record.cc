#include "domain/audit_record.h"

#include <nlohmann/json.hpp>

namespace crm::domain {
namespace {
void Field(std::string& out, const std::string& value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += '\n';
}
}  // namespace

std::string CanonicalEncoding(const AuditRecord& r) {
  std::string out = "crm-audit-v1\n";
  Field(out, std::to_string(r.seq));
  Field(out, std::to_string(r.event_time_us));
  Field(out, r.actor_user_id);
  Field(out, r.actor_username);
  Field(out, r.actor_role);
  Field(out, r.session_id);
  Field(out, r.client_address);
  Field(out, r.request_id);
  Field(out, r.action);
  Field(out, r.target_type);
  Field(out, r.target_id);
  Field(out, r.reason);
  Field(out, r.outcome);
  Field(out, r.details_json);
  return out;
}

std::string CanonicalJson(const std::string& json_text) {
  if (json_text.empty()) return "{}";
  return nlohmann::json::parse(json_text).dump();
}

}  // namespace crm::domain

#include "domain/audit_record.h"

#include <charconv>
#include <nlohmann/json.hpp>
#include <string_view>

namespace crm::domain {
namespace {
void Number(std::string& out, size_t n) {
  char digits[24];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
  out.append(digits, end);
}
void Field(std::string& out, std::string_view value) {
  Number(out, value.size());
  out += ':';
  out += value;
  out += '\n';
}
void IntField(std::string& out, int64_t value) {
  char digits[24];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
  Field(out, std::string_view(digits, static_cast<size_t>(end - digits)));
}
}  // namespace

std::string CanonicalEncoding(const AuditRecord& r) {
  std::string out;
  CanonicalEncodingInto(r, out);
  return out;
}

void CanonicalEncodingInto(const AuditRecord& r, std::string& out) {
  out.clear();
  // One allocation: the fields plus their length prefixes.
  out.reserve(13 + 14 * 8 + 2 * 24 + r.actor_user_id.size() + r.actor_username.size() + r.actor_role.size() +
              r.session_id.size() + r.client_address.size() + r.request_id.size() + r.action.size() +
              r.target_type.size() + r.target_id.size() + r.reason.size() + r.outcome.size() + r.details_json.size());
  out += "crm-audit-v1\n";
  IntField(out, r.seq);
  IntField(out, r.event_time_us);
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
}

std::string CanonicalJson(const std::string& json_text) {
  if (json_text.empty()) return "{}";
  return nlohmann::json::parse(json_text).dump();
}

}  // namespace crm::domain

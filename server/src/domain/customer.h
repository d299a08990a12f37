// A client as the use cases see it (product.md section 1): its fields as
// stored (sensitive ones encrypted, with blind indexes and masks), consents,
// linked accounts, relations and the interaction log; what a list filters and
// sorts by; and a create's or update's input. No SQL, no protos.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/policy.h"

namespace crm::domain {

struct Customer {
  std::string id;
  std::string request_id;
  std::string kind;  // INDIVIDUAL, INSTITUTION
  std::string name;
  std::string gender;
  std::string birth_date;  // YYYY-MM-DD or ""
  std::string id_type;     // "" when none
  std::string id_number_enc_hex, id_number_bidx, id_number_mask;
  std::string phone_enc_hex, phone_bidx, phone_mask;
  std::string email_enc_hex, email_mask;
  std::string address_enc_hex, district;
  std::string occupation, employer, source;
  std::string status;
  std::string risk_level, tier;
  std::string owner_user_id, team_id, branch_id;
  int version = 1;
  int64_t create_time_us = 0, update_time_us = 0;
  std::optional<int64_t> archive_time_us;
  bool delegated_to_actor = false;             // an active delegation to the acting user
  std::optional<int64_t> risk_expire_time_us;  // set by suitability
  std::string investor_class = "ORDINARY";
};

// Where the client sits, for the one scope rule (domain/policy.h).
inline ClientPlacement Placement(const Customer& c) {
  return {c.owner_user_id, c.team_id, c.branch_id, c.delegated_to_actor};
}

// The version a reader must send back to change the client.
inline std::string Etag(const Customer& c) { return "v" + std::to_string(c.version); }

// The status machine: PROSPECT -> ACTIVE | CLOSED; ACTIVE -> DORMANT | CLOSED;
// DORMANT -> ACTIVE | CLOSED; a new client (from "") may start anywhere.
bool CanChangeStatus(const std::string& from, const std::string& to);

struct Consent {
  std::string purpose, channel, method;
  bool granted = false;
  int64_t record_time_us = 0;
};

struct Account {
  std::string id, customer_id, kind, number_enc_hex, number_bidx, number_mask, open_date, status;
};

struct Relation {
  std::string id, relation, related_customer_id, related_name;
  bool related_visible = false;  // the related client is visible to the acting user
  bool recorded_here = true;     // false: recorded on the related client, turned round
};

struct Interaction {
  std::string id, customer_id, channel, author_user_id, summary, amends_id, amend_reason, amended_by_id;
  int64_t occurred_time_us = 0, create_time_us = 0;
  std::string next_action_date;  // YYYY-MM-DD or empty
  std::string author_name;       // read only
};

// How a client list sorts: by one key, then name, then id.
struct ListOrder {
  enum class Key { kName = 0, kStatus, kTier, kRiskLevel, kCreateTime, kUpdateTime };
  Key key = Key::kName;
  bool descending = false;
};

// Where the previous page ended: the last row's sort key, name and id.
struct ListCursor {
  std::string key, name, id;
};

struct CustomerFilter {
  std::string status, owner_user_id, team_id, branch_id, tier, risk_level, tag;
  // From the client's metrics ("" = no bound): AUM in minor units, dates YYYY-MM-DD.
  std::string aum_min_minor, aum_max_minor, last_trade_after, last_trade_before;
  bool include_archived = false;
};

// What a person (or an import line) gives for a client, before validation:
// plain values as typed. Which of them apply is a set of field names (the
// update mask's paths).
struct CustomerInput {
  std::string kind;  // INDIVIDUAL, INSTITUTION or "" (not one of them)
  std::string name, gender;
  int birth_year = 0, birth_month = 0, birth_day = 0;  // all 0: no date
  std::string id_type;                                 // PRC_ID_CARD, PASSPORT, ... or "" (none)
  std::string id_number, phone, email, address, district, occupation, employer, source;
  std::string status;  // PROSPECT, ACTIVE, DORMANT, CLOSED or "" (none given)
};

// The sensitive fields a person may reveal (with a reason, audited).
enum class SensitiveField { kNone, kIdNumber, kPhone, kEmail, kAddress };
// "id_number", "phone", "email", "address"; "" for kNone.
const char* SensitiveFieldName(SensitiveField field);

}  // namespace crm::domain

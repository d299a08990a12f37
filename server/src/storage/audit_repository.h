// The one audit-recording API. Every service records its events through
// Record(), inside the same transaction as the change (or read) the event
// describes: a committed change always has its event, a rolled-back one has
// none, and a failed event write fails the whole transaction.
#pragma once

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "domain/role.h"
#include "storage/statements.h"

namespace crm::storage {

enum class AuditOutcome { kOk, kDenied, kError };

struct AuditEvent {
  std::string action;  // dotted: "auth.login", "customer.view", ...
  std::string target_type;
  std::string target_id;
  std::string reason;
  AuditOutcome outcome = AuditOutcome::kOk;
  nlohmann::json details = nlohmann::json::object();
};

// Who did it. For unauthenticated events (failed sign-in) user_id is empty.
struct AuditWho {
  std::string user_id;
  std::string username;
  std::string role;
  std::string session_id;
  std::string client_address;
  std::string request_id;
  static AuditWho From(const domain::Actor& actor);
};

class AuditRepository {
 public:
  static const std::vector<Statement>& Statements();
  // Returns the event's sequence number.
  static long long Record(pqxx::transaction_base& tx, const AuditWho& who, const AuditEvent& event);
};

}  // namespace crm::storage

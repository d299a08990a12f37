#include "storage/audit_repository.h"

namespace crm::storage {
namespace {

constexpr Statement kInsertEvent{"audit_insert_event", R"sql(
INSERT INTO audit_event (actor_user_id, actor_username, actor_role, session_id, client_address, request_id,
                         action, target_type, target_id, reason, outcome, details)
VALUES (NULLIF($1,'')::uuid, NULLIF($2,''), NULLIF($3,''), NULLIF($4,'')::uuid, NULLIF($5,''), NULLIF($6,''),
        $7, NULLIF($8,''), NULLIF($9,''), NULLIF($10,''), $11, $12::jsonb)
RETURNING seq)sql"};

const char* OutcomeName(AuditOutcome o) {
  switch (o) {
    case AuditOutcome::kOk: return "ok";
    case AuditOutcome::kDenied: return "denied";
    case AuditOutcome::kError: return "error";
  }
  return "error";
}

}  // namespace

AuditWho AuditWho::From(const domain::Actor& actor) {
  return {actor.user_id, actor.username, std::string(domain::RoleName(actor.role)), actor.session_id,
          actor.client_address, actor.request_id};
}

const std::vector<Statement>& AuditRepository::Statements() {
  static const std::vector<Statement> kAll{kInsertEvent};
  return kAll;
}

long long AuditRepository::Record(pqxx::transaction_base& tx, const AuditWho& who, const AuditEvent& event) {
  auto row = tx.exec_prepared1(kInsertEvent.name, who.user_id, who.username, who.role, who.session_id,
                               who.client_address, who.request_id, event.action, event.target_type, event.target_id,
                               event.reason, OutcomeName(event.outcome), event.details.dump());
  return row[0].as<long long>();
}

}  // namespace crm::storage

#include "usecases/audit_trail.h"

#include <map>

#include "common/error.h"
#include "security/audit_signer.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"

namespace crm::usecases::audit_trail {

using domain::Action;
using storage::AuditOutcome;
using storage::AuditRepository;

namespace {

// A read-only snapshot (repeatable read) on a pooled connection, for the
// long reads (verify, export) that write nothing.
void InSnapshot(Caller& caller, const std::function<void(pqxx::transaction_base&)>& fn) {
  auto lease = caller.db().Acquire(caller.tx_options().deadline);
  try {
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(lease.conn());
    fn(tx);
  } catch (...) {
    if (!lease.conn().is_open()) lease.MarkBroken();
    storage::RethrowAsDomainError();
  }
}

std::shared_ptr<const security::AuditSigner> Signer() {
  auto s = security::AuditSigner::Process();
  if (!s) throw Error::Internal();
  return s;
}

}  // namespace

nlohmann::json FilterJson(const domain::AuditFilter& f) {
  nlohmann::json j = nlohmann::json::object();
  if (!f.actor_user_id.empty()) j["actor_user_id"] = f.actor_user_id;
  if (!f.target_type.empty()) j["target_type"] = f.target_type;
  if (!f.target_id.empty()) j["target_id"] = f.target_id;
  if (!f.action.empty()) j["action"] = f.action;
  if (!f.outcome.empty()) j["outcome"] = f.outcome;
  if (f.start_time_us) j["start_time_us"] = *f.start_time_us;
  if (f.end_time_us) j["end_time_us"] = *f.end_time_us;
  return j;
}

EventPage List(Caller& caller, storage::AuditSealer& sealer, const ListQuery& query) {
  caller.Require(Action::kAuditRead);
  sealer.SealNow();
  EventPage page;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kAuditRead);
    auto& work = tx.work();
    page = {};
    auto rows = AuditRepository::List(work, query.filter, query.after_seq, query.descending, query.size + 1);
    page.more = static_cast<int>(rows.size()) > query.size;
    if (page.more) rows.resize(query.size);
    // Names beside the ids, so a person reads "张伟" rather than a UUID
    // (clients as the caller may see them: row-level security applies).
    std::vector<std::string> client_ids, user_ids;
    for (const auto& r : rows) {
      if (r.target_type == "customer") client_ids.push_back(r.target_id);
      if (r.target_type == "user") user_ids.push_back(r.target_id);
      user_ids.push_back(r.actor_user_id);
    }
    const auto clients = storage::CustomerRepository::Names(work, client_ids);
    const auto users = storage::UserRepository::Names(work, user_ids);
    auto label = [](const std::map<std::string, std::string>& names, const std::string& id) {
      auto it = names.find(id);
      return it == names.end() ? std::string() : it->second;
    };
    nlohmann::json seqs = nlohmann::json::array();
    for (auto& r : rows) {
      seqs.push_back(r.seq);
      std::string target = label(r.target_type == "customer" ? clients : users, r.target_id);
      std::string actor = label(users, r.actor_user_id);
      page.events.push_back({std::move(r), std::move(target), std::move(actor)});
    }
    page.total = AuditRepository::Count(work, query.filter);
    tx.Audit({"audit.list",
              "audit_event",
              "",
              "",
              AuditOutcome::kOk,
              {{"filter", FilterJson(query.filter)}, {"count", page.total}, {"sequences", seqs}}});
  });
  return page;
}

domain::AuditRecord Get(Caller& caller, storage::AuditSealer& sealer, int64_t seq) {
  caller.Require(Action::kAuditRead);
  sealer.SealNow();
  std::optional<domain::AuditRecord> record;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kAuditRead);
    record = AuditRepository::Get(tx.work(), seq);
    tx.Audit({"audit.view",
              "audit_event",
              std::to_string(seq),
              "",
              record ? AuditOutcome::kOk : AuditOutcome::kError,
              {{"found", record.has_value()}}});
  });
  if (!record) throw Error::NotFound("audit event");
  return *record;
}

VerifyResult Verify(Caller& caller, storage::AuditSealer& sealer, int64_t from, int64_t to) {
  caller.Require(Action::kAuditRead);
  auto signer = Signer();
  sealer.SealNow();
  VerifyResult result;
  InSnapshot(caller, [&](pqxx::transaction_base& tx) {
    result = VerifyAuditChain(tx, *signer, {from, to, 10000, nullptr});
  });
  caller.TransactWork([&](WorkTx& tx) {
    tx.Audit({"audit.verify",
              "audit_chain",
              "",
              "",
              result.intact ? AuditOutcome::kOk : AuditOutcome::kError,
              {{"from", from},
               {"to", to},
               {"checked", result.events_checked},
               {"intact", result.intact},
               {"first_bad_sequence", result.first_bad_seq},
               {"problem", ChainProblemName(result.problem)}}});
  });
  return result;
}

ExportStats Export(Caller& caller, storage::AuditSealer& sealer, const ExportRequest& request,
                   const std::function<bool(const std::string&)>& sink,
                   const std::function<bool(int64_t, int64_t)>& progress) {
  caller.Require(Action::kAuditExport);
  // Fail closed: the export is on record before any data leaves.
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kAuditExport);
    tx.Audit({"audit.export",
              "audit_event",
              "",
              request.reason,
              AuditOutcome::kOk,
              {{"filter", FilterJson(request.filter)},
               {"format", request.format == ExportFormat::kCsv ? "csv" : "jsonl"},
               {"stage", "started"}}});
  });
  sealer.SealNow();  // the export covers everything recorded so far, its own start included
  ExportStats stats;
  bool receiver_gone = false;
  InSnapshot(caller, [&](pqxx::transaction_base& tx) {
    stats = ExportAudit(
        tx, request.filter, request.format,
        [&](const std::string& chunk) {
          if (!sink(chunk)) receiver_gone = true;
          return !receiver_gone;
        },
        [&](int64_t exported, int64_t total) {
          if (!receiver_gone && !progress(exported, total)) receiver_gone = true;
        });
  });
  caller.TransactWork([&](WorkTx& tx) {
    tx.Audit({"audit.export",
              "audit_event",
              "",
              request.reason,
              receiver_gone ? AuditOutcome::kError : AuditOutcome::kOk,
              {{"stage", receiver_gone ? "cancelled" : "completed"},
               {"exported", stats.exported},
               {"sha256", stats.sha256}}});
  });
  if (receiver_gone) throw Error(crm::v1::ErrorReason::CANCELLED, "the export was cancelled");
  return stats;
}

}  // namespace crm::usecases::audit_trail

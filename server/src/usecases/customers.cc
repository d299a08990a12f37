#include "usecases/aml_watchlist.h"
#include "usecases/customers.h"

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/ids.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/holdings_repository.h"
#include "storage/pipelined_tx.h"
#include "storage/request_key_repository.h"
#include "storage/user_repository.h"
#include "usecases/client_access.h"
#include "usecases/customer_input.h"

namespace crm::usecases::customers {

using domain::Action;
using storage::AuditOutcome;
using storage::CustomerRepository;

namespace {

Error NotFound() { return Error::NotFound("customer"); }

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// A list's or count's filter as its audit event records it.
nlohmann::json FilterDetails(const domain::CustomerFilter& f) {
  return {{"status", f.status},
          {"owner", f.owner_user_id},
          {"team", f.team_id},
          {"branch", f.branch_id},
          {"tier", f.tier},
          {"risk_level", f.risk_level},
          {"tag", f.tag},
          {"aum_min_minor", f.aum_min_minor},
          {"aum_max_minor", f.aum_max_minor},
          {"last_trade_after", f.last_trade_after},
          {"last_trade_before", f.last_trade_before},
          {"include_archived", f.include_archived}};
}

// The filter narrowed to the scope (the caller's own filter wins).
void Narrow(domain::CustomerFilter& f, const domain::Actor& actor, domain::DataScope scope) {
  const auto narrow = domain::NarrowToScope(actor, scope);
  if (f.owner_user_id.empty()) f.owner_user_id = narrow.owner_user_id;
  if (f.team_id.empty()) f.team_id = narrow.team_id;
  if (f.branch_id.empty()) f.branch_id = narrow.branch_id;
}

}  // namespace

domain::Customer Create(Caller& caller, const NewCustomer& request) {
  const auto& actor = caller.Confirm();
  caller.Require(Action::kCustomerWrite);  // who may not, hears that before the request's problems
  Validation v;
  if (request.key.request_id.empty() || request.key.request_id.size() > 64)
    v.Fail("request_id", crm::v1::FieldProblem::REQUIRED, "is required (at most 64 characters)");
  domain::Customer row;
  row.id = NewUuid();
  row.request_id = request.key.request_id;
  row.status = "PROSPECT";
  ApplyCustomerInput(request.input, request.paths, row, v);
  row.owner_user_id = request.owner_user_id.empty() ? actor.user_id : request.owner_user_id;
  if (!IsUuid(row.owner_user_id)) v.Fail("customer.owner_user_id", "is not a user id");
  v.ThrowIfFailed();

  domain::Customer out;
  caller.TransactWork([&](WorkTx& work) {
    const auto scope = work.Require(Action::kCustomerWrite);
    auto& tx = work.work();
    // A repeat, also one sent while the first is still running (the claim
    // waits for it), answers with the client first created.
    if (auto first = storage::RequestKeyRepository::Claim(tx, request.key)) {
      auto existing = CustomerRepository::Get(tx, *first);
      if (!existing) throw NotFound();  // moved out of the caller's scope since
      out = *existing;
      return;
    }
    auto owner = storage::UserRepository::FindById(tx, row.owner_user_id);
    if (!owner || owner->role != "ACCOUNT_MANAGER" || owner->disabled)
      throw Error::InvalidField("customer.owner_user_id", crm::v1::FieldProblem::NOT_ACTIVE_MANAGER,
                                "must be an active account manager");
    domain::Customer placed = row;
    placed.team_id = owner->team_id;
    placed.branch_id = owner->branch_id;
    if (!work.InScope(scope, domain::Placement(placed)))
      throw Error::InvalidField("customer.owner_user_id", crm::v1::FieldProblem::OUTSIDE_TEAM_OR_BRANCH,
                                "is outside your team or branch");
    CustomerRepository::Insert(tx, placed);
    storage::RequestKeyRepository::Complete(tx, request.key, placed.id);
    // Screened against the PEP and sanctions lists: a hit is a case for
    // compliance, which the creator cannot see (no tipping off).
    const int64_t cases = aml::ScreenClients(tx, {placed.id}, "CREATE");
    auto stored = CustomerRepository::Get(tx, placed.id);
    if (!stored) throw Error::Internal();
    out = *stored;
    work.Audit(
        {"customer.create",
         "customer",
         placed.id,
         "",
         AuditOutcome::kOk,
         {{"request_id", placed.request_id}, {"owner_user_id", placed.owner_user_id}, {"watchlist_cases", cases}}});
  });
  return out;
}

View360 Get(Caller& caller, const std::string& id) {
  if (!IsUuid(id)) throw Error::InvalidField("id", "is not a client id");
  View360 out;
  bool found = false;
  // Two round trips (storage/pipelined_tx.h): [BEGIN, the session and its
  // user as the acting user, the client and every part of the 360 view] and
  // [the view's event, COMMIT]. The parts are read before the policy check;
  // row-level security already limits them to the caller's scope, and
  // nothing is returned unless the check passes.
  caller.Transact([&](RequestTx& request) {
    out = View360{};
    const auto view_batch = CustomerRepository::QueueView360(request.queue(), id);
    const auto holdings_batch = storage::HoldingsRepository::QueueView(request.queue(), id);
    auto [tx, results] = request.Send();
    const auto scope = tx.Require(Action::kCustomerRead);
    auto view = CustomerRepository::ReadView360(results, view_batch);
    found = view.row && tx.InScope(scope, domain::Placement(*view.row));
    if (found) {
      out.customer = std::move(*view.row);
      out.owner_name = std::move(view.owner_name);
      out.consents = std::move(view.consents);
      out.accounts = std::move(view.accounts);
      out.relations = std::move(view.relations);
      out.manual_tags = std::move(view.tags.first);
      out.rule_tags = std::move(view.tags.second);
      out.recent_interactions = std::move(view.interactions);
      auto holdings = storage::HoldingsRepository::ReadView(results, holdings_batch);
      out.holdings = std::move(holdings.holdings);
      out.aum = std::move(holdings.aum);
      out.cash = std::move(holdings.cash);
      out.activity = std::move(holdings.activity);
      out.futures_margin = std::move(holdings.margin);
      for (auto action : {Action::kCustomerWrite, Action::kCustomerRevealSensitive, Action::kCustomerTransfer}) {
        const auto d = domain::Authorize(tx.actor(), action);
        if (d.allowed && tx.InScope(d.scope, domain::Placement(out.customer))) out.may.push_back(action);
      }
    }
    tx.QueueAudit({"customer.view", "customer", id, "", found ? AuditOutcome::kOk : AuditOutcome::kDenied,
                   found ? nlohmann::json::object() : nlohmann::json{{"result", "not found or out of scope"}}});
    tx.Commit();
  });
  if (!found) throw NotFound();
  return out;
}

domain::Customer Update(Caller& caller, const std::string& id, const std::string& etag,
                        const domain::CustomerInput& input, const std::set<std::string>& paths) {
  Validation v;
  if (!IsUuid(id)) v.Fail("customer.id", "is not a client id");
  if (etag.empty()) v.Fail("etag", crm::v1::FieldProblem::REQUIRED, "is required (from the client you read)");
  for (const auto& p : paths)
    if (!UpdatablePaths().count(p)) v.Fail("update_mask", "cannot update \"" + p + "\"");
  if (paths.empty()) v.Fail("update_mask", "name at least one field");
  v.ThrowIfFailed();
  enum class Outcome { kOk, kNotFound, kStale } outcome = Outcome::kOk;
  std::string current_etag;
  domain::Customer out;
  // The hot write path goes in two round trips (storage/pipelined_tx.h):
  // [BEGIN, the session and its user as the acting user, the row before]
  // and [the change with its event, COMMIT].
  caller.Transact([&](RequestTx& request) {
    outcome = Outcome::kOk;
    const size_t get = CustomerRepository::QueueGet(request.queue(), id);
    auto [tx, results] = request.Send();
    const auto scope = tx.Require(Action::kCustomerWrite);
    auto before = CustomerRepository::Row(results[get]);
    if (!before || !tx.InScope(scope, domain::Placement(*before))) {
      outcome = Outcome::kNotFound;
      tx.QueueAudit(
          {"customer.update", "customer", id, "", AuditOutcome::kDenied, {{"result", "not found or out of scope"}}});
      tx.Commit();
      return;
    }
    if (domain::Etag(*before) != etag) {
      outcome = Outcome::kStale;
      current_etag = domain::Etag(*before);
      return;  // rolled back: nothing was written
    }
    domain::Customer after = *before;
    Validation fv;
    auto changed = ApplyCustomerInput(input, paths, after, fv);
    fv.ThrowIfFailed();
    // A new name is screened again in the same transaction; the screening
    // lock is taken before the row is changed, so waiting for a list load
    // in progress holds no row lock.
    const bool renamed = std::find(changed.begin(), changed.end(), "name") != changed.end();
    if (renamed) storage::WatchlistRepository::QueueScreenLock(tx.queue());
    // The change and its event go in one statement, which returns the stored row.
    const size_t update = CustomerRepository::QueueUpdateAudited(
        tx.queue(), after, before->version, tx.who(),
        {"customer.update",
         "customer",
         id,
         "",
         AuditOutcome::kOk,
         {{"fields", changed}, {"changes", ChangeHashes(*before, after, changed)}}});
    if (renamed) storage::WatchlistRepository::QueueScreenClient(tx.queue(), id, "NAME_CHANGE");
    auto stored = CustomerRepository::Row(tx.Commit()[update]);
    if (!stored) {
      outcome = Outcome::kStale;
      return;
    }
    out = std::move(*stored);
  });
  if (outcome == Outcome::kNotFound) throw NotFound();
  if (outcome == Outcome::kStale) {
    Error e(crm::v1::ErrorReason::ETAG_MISMATCH, "the client was changed by someone else; reload and try again");
    if (!current_etag.empty()) e.AddMetadata("current_etag", current_etag);
    throw e;
  }
  return out;
}

domain::Customer SetArchived(Caller& caller, const std::string& id, const std::string& reason, bool archived) {
  caller.Require(Action::kCustomerWrite);
  Validation v;
  if (!IsUuid(id)) v.Fail("id", "is not a client id");
  if (Blank(reason)) v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required");
  v.ThrowIfFailed();
  domain::Customer out;
  WithClientInScope(caller, Action::kCustomerWrite, id, {archived ? "customer.archive" : "customer.restore", reason},
                    [&](WorkTx& tx, const domain::Customer&) {
                      CustomerRepository::SetArchived(tx.work(), id, archived);  // no-op when already so
                      out = *CustomerRepository::Get(tx.work(), id);
                      return nlohmann::json::object();
                    });
  return out;
}

ListPage List(Caller& caller, ListQuery query) {
  ListPage page;
  caller.TransactWork([&](WorkTx& work) {
    auto& tx = work.work();
    page = ListPage{};
    const auto scope = work.Require(Action::kCustomerRead);
    domain::CustomerFilter f = query.filter;
    Narrow(f, work.actor(), scope);
    auto rows = CustomerRepository::List(tx, f, query.order, query.after ? &*query.after : nullptr, query.size + 1);
    nlohmann::json ids = nlohmann::json::array();
    for (int i = 0; i < static_cast<int>(rows.size()) && i < query.size; ++i) {
      if (!work.InScope(scope, domain::Placement(rows[i]))) continue;  // never expected: RLS filtered already
      ids.push_back(rows[i].id);
      page.customers.push_back(rows[i]);
    }
    if (query.include_metrics) {
      std::vector<std::string> listed;
      for (const auto& c : page.customers) listed.push_back(c.id);
      page.metrics = storage::HoldingsRepository::ListMetricsOf(tx, listed);
    }
    if (static_cast<int>(rows.size()) > query.size) {
      const auto& last = rows[query.size - 1];
      page.next = domain::ListCursor{CustomerRepository::SortKey(last, query.order.key), last.name, last.id};
    }
    work.Audit({"customer.list",
                "customer",
                "",
                "",
                AuditOutcome::kOk,
                {{"filter", FilterDetails(f)}, {"order_by", query.order_by}, {"count", ids.size()}, {"ids", ids}}});
  });
  return page;
}

int64_t Count(Caller& caller, domain::CustomerFilter filter) {
  int64_t count = 0;
  caller.TransactWork([&](WorkTx& work) {
    domain::CustomerFilter f = filter;
    Narrow(f, work.actor(), work.Require(Action::kCustomerRead));
    count = CustomerRepository::Count(work.work(), f);
    work.Audit(
        {"customer.count", "customer", "", "", AuditOutcome::kOk, {{"filter", FilterDetails(f)}, {"count", count}}});
  });
  return count;
}

void RequireReveal(Caller& caller, const std::string& id, domain::SensitiveField field, const std::string& reason) {
  // The attempt is on record against the client, with the reason typed, so
  // "who tried to see this client's number" has an answer.
  if (!domain::Authorize(caller.Confirm(), Action::kCustomerRevealSensitive).allowed && IsUuid(id) &&
      reason.size() <= 500) {
    caller.TransactWork([&](WorkTx& tx) {
      tx.Audit({"customer.reveal",
                "customer",
                id,
                reason,
                AuditOutcome::kDenied,
                {{"field", domain::SensitiveFieldName(field)}, {"refused", "PERMISSION_DENIED"}}});
    });
  }
  caller.Require(Action::kCustomerRevealSensitive);
}

std::string Reveal(Caller& caller, const std::string& id, domain::SensitiveField field, const std::string& reason) {
  Validation v;
  if (!IsUuid(id)) v.Fail("id", "is not a client id");
  if (field == domain::SensitiveField::kNone)
    v.Fail("field", crm::v1::FieldProblem::NOT_ONE_OF, "choose ID_NUMBER, PHONE, EMAIL or ADDRESS");
  if (Blank(reason)) v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required to reveal a field");
  if (reason.size() > 500) v.Fail("reason", crm::v1::FieldProblem::TOO_LONG, "must be at most 500 characters", 500);
  v.ThrowIfFailed();
  std::string value;
  WithClientInScope(caller, Action::kCustomerRevealSensitive, id,
                    {"customer.reveal", reason, {{"field", domain::SensitiveFieldName(field)}}},
                    [&](WorkTx&, const domain::Customer& row) {
                      value = DecryptField(row, field);
                      return nlohmann::json::object();
                    });
  return value;
}

}  // namespace crm::usecases::customers

#include "usecases/customer_links.h"

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/user_repository.h"
#include "usecases/client_access.h"
#include "usecases/customer_input.h"

namespace crm::usecases::customers {

using domain::Action;
using storage::AuditOutcome;
using storage::CustomerRepository;

int Transfer(Caller& caller, const std::vector<std::string>& customer_ids, const std::string& from_user_id,
             const std::string& to_user_id, const std::string& reason) {
  int moved = 0;
  std::vector<std::string> refused;
  caller.TransactWork([&](WorkTx& work) {
    auto& tx = work.work();
    const auto scope = work.Require(Action::kCustomerTransfer);
    moved = 0;
    auto to = storage::UserRepository::FindById(tx, to_user_id);
    if (!to || to->role != "ACCOUNT_MANAGER" || to->disabled)
      throw Error::InvalidField("to_user_id", crm::v1::FieldProblem::NOT_ACTIVE_MANAGER,
                                "must be an active account manager");
    if (!work.InScope(scope, {to->id, to->team_id, to->branch_id, false}))
      throw Error::InvalidField("to_user_id", crm::v1::FieldProblem::OUTSIDE_TEAM_OR_BRANCH,
                                "is outside your team or branch");
    // All or nothing: every client must be in scope and owned by from_user_id.
    // A refusal moves nothing, but the attempt on each such client is
    // recorded (and only that is committed); the answer never says which.
    refused.clear();
    for (const auto& id : customer_ids) {
      auto row = CustomerRepository::Get(tx, id);
      if (!row || !work.InScope(scope, domain::Placement(*row)) || row->owner_user_id != from_user_id)
        refused.push_back(id);
    }
    if (!refused.empty()) {
      for (const auto& id : refused)
        work.Audit({"customer.transfer",
                    "customer",
                    id,
                    reason,
                    AuditOutcome::kDenied,
                    {{"from_user_id", from_user_id}, {"to_user_id", to->id}}});
      return;
    }
    for (const auto& id : customer_ids) {
      if (!CustomerRepository::TransferOwner(tx, id, from_user_id, to->id, to->team_id, to->branch_id))
        throw Error(crm::v1::ErrorReason::CONFLICT, "a client changed during the transfer; try again");
      CustomerRepository::InsertOwnerHistory(tx, id, from_user_id, to->id, work.actor().user_id, reason);
      work.Audit({"customer.transfer",
                  "customer",
                  id,
                  reason,
                  AuditOutcome::kOk,
                  {{"from_user_id", from_user_id}, {"to_user_id", to->id}}});
      ++moved;
    }
  });
  if (!refused.empty()) {
    Error e(crm::v1::ErrorReason::NOT_TRANSFERABLE,
            "a client is not in your scope or not owned by from_user_id; nothing was transferred");
    e.AddViolation("customer_ids", crm::v1::FieldProblem::NOT_TRANSFERABLE,
                   std::to_string(refused.size()) + " client(s) cannot be transferred from this manager",
                   static_cast<int64_t>(refused.size()));
    throw e;
  }
  return moved;
}

Delegation Delegate(Caller& caller, const std::string& customer_id, const std::string& delegate_user_id,
                    const std::string& reason, int64_t expire_time_us) {
  bool found = false;
  Delegation out;
  caller.TransactWork([&](WorkTx& work) {
    auto& tx = work.work();
    const auto scope = work.Require(Action::kCustomerWrite);
    auto row = CustomerRepository::Get(tx, customer_id);
    // A delegate may not pass the client on: only the owner or a lead delegates.
    found = row && work.InScope(scope, domain::Placement(*row)) &&
            (scope != domain::DataScope::kOwn || row->owner_user_id == work.actor().user_id);
    if (found) {
      auto delegate = storage::UserRepository::FindById(tx, delegate_user_id);
      if (!delegate || delegate->role != "ACCOUNT_MANAGER" || delegate->disabled || delegate->id == row->owner_user_id)
        throw Error::InvalidField("delegate_user_id", crm::v1::FieldProblem::SAME_MANAGER,
                                  "must be another active account manager");
      out.id =
          CustomerRepository::InsertDelegation(tx, row->id, delegate->id, work.actor().user_id, reason, expire_time_us);
      out.customer_id = row->id;
      out.delegate_user_id = delegate->id;
      out.expire_time_us = expire_time_us;
    }
    work.Audit({"customer.delegate",
                "customer",
                customer_id,
                reason,
                found ? AuditOutcome::kOk : AuditOutcome::kDenied,
                {{"delegate_user_id", delegate_user_id}, {"expire_time_us", expire_time_us}}});
  });
  if (!found) throw Error::NotFound("customer");
  return out;
}

domain::Consent UpdateConsent(Caller& caller, const std::string& customer_id, const std::string& purpose,
                              const std::string& channel, bool granted, const std::string& method) {
  domain::Consent out;
  WithClientInScope(caller, Action::kCustomerWrite, customer_id, {"customer.consent", method},
                    [&](WorkTx& tx, const domain::Customer& row) {
                      CustomerRepository::InsertConsent(tx.work(), row.id, purpose, channel, granted, method,
                                                        tx.actor().user_id);
                      for (const auto& c : CustomerRepository::CurrentConsents(tx.work(), row.id))
                        if (c.purpose == purpose && c.channel == channel) out = c;
                      return nlohmann::json{{"purpose", purpose}, {"channel", channel}, {"granted", granted}};
                    });
  return out;
}

domain::Account AddAccount(Caller& caller, const std::string& customer_id, const std::string& kind,
                           const std::string& digits, const std::string& open_date) {
  domain::Account out;
  // An account number is linked to one client only (UNIQUE kind + blind index):
  // a second link names the field instead of a bare ALREADY_EXISTS.
  try {
    WithClientInScope(caller, Action::kCustomerWrite, customer_id, {"customer.account_add", ""},
                      [&](WorkTx& tx, const domain::Customer& row) {
                        out = NewAccount(row.id, kind, digits, open_date);
                        CustomerRepository::InsertAccount(tx.work(), out);
                        return nlohmann::json{{"kind", out.kind}, {"account_id", out.id}};
                      });
  } catch (const Error& e) {
    if (e.code() != ErrorCode::kAlreadyExists) throw;
    throw Error(crm::v1::ErrorReason::ACCOUNT_EXISTS, "this account number is already linked")
        .AddViolation("number", crm::v1::FieldProblem::ACCOUNT_ALREADY_LINKED, "is already linked to a client");
  }
  return out;
}

domain::Relation AddRelation(Caller& caller, const std::string& customer_id, const std::string& relation,
                             const std::string& related_customer_id, const std::string& related_name) {
  domain::Relation out;
  WithClientInScope(caller, Action::kCustomerWrite, customer_id, {"customer.relation_add", ""},
                    [&](WorkTx& tx, const domain::Customer& row) {
                      if (!related_customer_id.empty()) {
                        // Linking to a client needs that client in the caller's scope too.
                        auto other = CustomerRepository::Get(tx.work(), related_customer_id);
                        if (!other || !tx.InScope(tx.Require(Action::kCustomerWrite), domain::Placement(*other)))
                          throw Error::InvalidField("related_customer_id", crm::v1::FieldProblem::CLIENT_NOT_IN_SCOPE,
                                                    "no such client in your scope");
                      }
                      std::string id = CustomerRepository::InsertRelation(tx.work(), row.id, relation,
                                                                          related_customer_id, related_name);
                      for (const auto& r : CustomerRepository::Relations(tx.work(), row.id))
                        if (r.id == id) out = r;
                      return nlohmann::json{{"relation", relation}, {"related_customer_id", related_customer_id}};
                    });
  return out;
}

std::pair<std::vector<std::string>, std::vector<std::string>> UpdateTags(Caller& caller, const std::string& customer_id,
                                                                         const std::vector<std::string>& add,
                                                                         const std::vector<std::string>& remove) {
  std::pair<std::vector<std::string>, std::vector<std::string>> out;
  WithClientInScope(caller, Action::kCustomerWrite, customer_id, {"customer.tags", ""},
                    [&](WorkTx& tx, const domain::Customer& row) {
                      for (const auto& t : add) CustomerRepository::AddTag(tx.work(), row.id, t);
                      for (const auto& t : remove) CustomerRepository::RemoveTag(tx.work(), row.id, t);
                      out = CustomerRepository::Tags(tx.work(), row.id);
                      return nlohmann::json{{"added", add}, {"removed", remove}};
                    });
  return out;
}

}  // namespace crm::usecases::customers

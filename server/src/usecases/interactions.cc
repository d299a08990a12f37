#include "usecases/interactions.h"

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/request_key_repository.h"
#include "usecases/client_access.h"

namespace crm::usecases::interactions {

using domain::Action;
using storage::AuditOutcome;
using storage::CustomerRepository;

Page List(Caller& caller, const std::string& customer_id, const std::optional<Cursor>& before, int size) {
  Page page;
  WithClientInScope(caller, Action::kCustomerRead, customer_id, {"interaction.list", ""},
                    [&](WorkTx& tx, const domain::Customer& row) {
                      page = Page{};
                      auto rows = CustomerRepository::ListInteractions(
                          tx.work(), row.id, before ? before->occurred_time_us : INT64_MAX / 2,
                          before ? before->id : std::string(), size + 1);
                      if (static_cast<int>(rows.size()) > size) {
                        rows.resize(size);
                        page.next = Cursor{rows.back().occurred_time_us, rows.back().id};
                      }
                      page.interactions = std::move(rows);
                      return nlohmann::json{{"count", page.interactions.size()}};
                    });
  return page;
}

domain::Interaction Create(Caller& caller, const NewInteraction& request) {
  domain::Interaction out;
  const auto& key = request.key;
  WithClientInScope(caller, Action::kCustomerWrite, request.customer_id, {"interaction.create", ""},
                    [&](WorkTx& tx, const domain::Customer& row) {
                      if (!key.request_id.empty()) {
                        if (auto first = storage::RequestKeyRepository::Claim(tx.work(), key)) {
                          auto earlier = CustomerRepository::GetInteraction(tx.work(), *first);
                          if (!earlier) throw Error::NotFound("interaction");
                          out = *earlier;  // a repeat: the interaction first recorded
                          return nlohmann::json{{"interaction_id", *first}, {"replay", true}};
                        }
                      }
                      domain::Interaction r;
                      r.customer_id = row.id;
                      r.channel = request.channel;
                      r.occurred_time_us = request.occurred_time_us;
                      r.author_user_id = tx.actor().user_id;
                      r.summary = request.summary;
                      r.next_action_date = request.next_action_date;
                      r.id = CustomerRepository::InsertInteraction(tx.work(), r);
                      if (!key.request_id.empty()) storage::RequestKeyRepository::Complete(tx.work(), key, r.id);
                      out = *CustomerRepository::GetInteraction(tx.work(), r.id);
                      return nlohmann::json{{"interaction_id", r.id}, {"channel", request.channel}};
                    });
  return out;
}

domain::Interaction Amend(Caller& caller, const std::string& interaction_id, const std::string& summary,
                          const std::string& reason) {
  bool found = false;
  domain::Interaction out;
  caller.TransactWork([&](WorkTx& work) {
    auto& tx = work.work();
    const auto scope = work.Require(Action::kCustomerWrite);
    auto original = CustomerRepository::GetInteraction(tx, interaction_id);
    std::optional<domain::Customer> row;
    if (original) row = CustomerRepository::Get(tx, original->customer_id);
    found = original && row && work.InScope(scope, domain::Placement(*row));
    if (found) {
      domain::Interaction r = *original;
      r.summary = summary;
      r.amends_id = original->id;
      r.amend_reason = reason;
      r.author_user_id = work.actor().user_id;
      r.id = CustomerRepository::InsertInteraction(tx, r);
      out = *CustomerRepository::GetInteraction(tx, r.id);
    }
    work.Audit({"interaction.amend",
                "interaction",
                interaction_id,
                reason,
                found ? AuditOutcome::kOk : AuditOutcome::kDenied,
                {{"amendment_id", out.id}}});
  });
  if (!found) throw Error::NotFound("interaction");
  return out;
}

}  // namespace crm::usecases::interactions

// Use cases around a client's links (product.md section 1): its account
// manager (transfer, delegation), consents, linked accounts, relations and
// tags. Over domain types (ADR 0015); the service checks the request's shape
// and, first, that the caller may do this at all (Caller::Require). Each
// runs in the caller's scope with its audit event in the same transaction.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "domain/customer.h"
#include "usecases/request_tx.h"

namespace crm::usecases::customers {

// Moves every client from one account manager to another, all or nothing.
// INVALID_ARGUMENT "to_user_id" for a new manager who is not an active
// account manager or is outside the caller's team or branch; NOT_TRANSFERABLE
// (nothing moved, each refused client's attempt recorded) when a client is
// not in scope or not owned by from_user_id. Returns how many moved.
int Transfer(Caller& caller, const std::vector<std::string>& customer_ids, const std::string& from_user_id,
             const std::string& to_user_id, const std::string& reason);

// Lets another account manager stand in for the client's own until expiry.
struct Delegation {
  std::string id, customer_id, delegate_user_id;
  int64_t expire_time_us = 0;
};
Delegation Delegate(Caller& caller, const std::string& customer_id, const std::string& delegate_user_id,
                    const std::string& reason, int64_t expire_time_us);

// Records a consent given or withdrawn (purpose MARKETING or DATA_SHARING;
// channel as stored: SMS, EMAIL, PHONE, WECHAT, ALL); answers the consent
// now in force for that purpose and channel.
domain::Consent UpdateConsent(Caller& caller, const std::string& customer_id, const std::string& purpose,
                              const std::string& channel, bool granted, const std::string& method);

// Links an account (number: its digits, 6-20); ACCOUNT_EXISTS naming
// "number" when it is already linked to a client.
domain::Account AddAccount(Caller& caller, const std::string& customer_id, const std::string& kind,
                           const std::string& digits, const std::string& open_date);

// A relation to another client in scope (CLIENT_NOT_IN_SCOPE naming
// related_customer_id otherwise) or to a named person.
domain::Relation AddRelation(Caller& caller, const std::string& customer_id, const std::string& relation,
                             const std::string& related_customer_id, const std::string& related_name);

// Adds and removes manual tags; answers the tags now (manual, rule).
std::pair<std::vector<std::string>, std::vector<std::string>> UpdateTags(Caller& caller, const std::string& customer_id,
                                                                         const std::vector<std::string>& add,
                                                                         const std::vector<std::string>& remove);

}  // namespace crm::usecases::customers

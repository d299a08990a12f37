// Use cases of the interaction log (product.md section 1): a client's
// contacts, newest first; record one (idempotent by its request key); amend
// one (a new entry that points at the original, which stays). Over domain
// types (ADR 0015); the service checks the request's shape and, first, that
// the caller may do this at all.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/customer.h"
#include "domain/request_key.h"
#include "usecases/request_tx.h"

namespace crm::usecases::interactions {

// Where a page ended: the last entry's time and id.
struct Cursor {
  int64_t occurred_time_us = 0;
  std::string id;
};
struct Page {
  std::vector<domain::Interaction> interactions;
  std::optional<Cursor> next;
};
// A page of the client's interactions older than `before` (none: the newest).
Page List(Caller& caller, const std::string& customer_id, const std::optional<Cursor>& before, int size);

struct NewInteraction {
  domain::RequestKey key;  // request_id "" for no idempotency
  std::string customer_id;
  std::string channel;  // as stored: PHONE, VISIT, ...
  int64_t occurred_time_us = 0;
  std::string summary;
  std::string next_action_date;  // YYYY-MM-DD or ""
};
// A repeat of the same request answers with the interaction first recorded.
domain::Interaction Create(Caller& caller, const NewInteraction& request);

// NOT_FOUND for an interaction of a client out of scope.
domain::Interaction Amend(Caller& caller, const std::string& interaction_id, const std::string& summary,
                          const std::string& reason);

}  // namespace crm::usecases::interactions

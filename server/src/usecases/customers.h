// Use cases of clients (product.md section 1): create, the 360 view, update,
// archive and restore, list and count, reveal a sensitive field. Over domain
// types (ADR 0015); services/customer_service.cc turns protos into these and
// back, usecases/customer_import.cc creates through the same input rules.
// Each reads and writes in the caller's scope and records its audit event in
// the same transaction. A client the caller may not see is NOT_FOUND, so its
// existence is not revealed.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/customer.h"
#include "domain/holdings.h"
#include "domain/request_key.h"
#include "usecases/request_tx.h"

namespace crm::usecases::customers {

// A new client: the request's key (a repeat answers with the client first
// created), what was typed, which fields apply, and its account manager (""
// = the caller). Refuses, naming each field: a request_id not of 1-64
// characters, bad input, an owner that is not an id; then in the
// transaction: an owner who is not an active account manager or outside the
// caller's team or branch.
struct NewCustomer {
  domain::RequestKey key;
  domain::CustomerInput input;
  std::set<std::string> paths;
  std::string owner_user_id;
};
domain::Customer Create(Caller& caller, const NewCustomer& request);

// The client 360 view in two round trips; `may` lists what the caller may
// do to this client (of write, reveal, transfer).
struct View360 {
  domain::Customer customer;
  std::string owner_name;  // "display name (user name)"
  std::vector<domain::Consent> consents;
  std::vector<domain::Account> accounts;
  std::vector<domain::Relation> relations;
  std::vector<std::string> manual_tags, rule_tags;
  std::vector<domain::Interaction> recent_interactions;
  std::vector<domain::Holding> holdings;
  std::vector<domain::FuturesMargin> futures_margin;
  std::vector<domain::AumPoint> aum;  // oldest first, the last 12 months
  std::optional<domain::Cash> cash;
  std::optional<domain::Activity> activity;
  std::vector<domain::Action> may;
};
View360 Get(Caller& caller, const std::string& id);

// The named fields changed, if etag is still the one read (ETAG_MISMATCH with
// the current etag otherwise). Refuses naming the field: id, etag, a path not
// updatable, no path, bad input.
domain::Customer Update(Caller& caller, const std::string& id, const std::string& etag,
                        const domain::CustomerInput& input, const std::set<std::string>& paths);

// Archives or restores the client (a no-op when it already is); the reason
// is recorded with the event.
domain::Customer SetArchived(Caller& caller, const std::string& id, const std::string& reason, bool archived);

// A page of the clients in the caller's scope that the filter matches; the
// filter is narrowed to the scope (row-level security would anyway; this
// keeps the plan on an index). `next` is where the following page starts.
struct ListQuery {
  domain::CustomerFilter filter;
  domain::ListOrder order;
  std::string order_by;  // as the caller wrote it (for the event)
  std::optional<domain::ListCursor> after;
  int size = 50;
  bool include_metrics = false;
};
struct ListPage {
  std::vector<domain::Customer> customers;
  std::map<std::string, domain::ListMetrics> metrics;  // by client id, when asked
  std::optional<domain::ListCursor> next;
};
ListPage List(Caller& caller, ListQuery query);
int64_t Count(Caller& caller, domain::CustomerFilter filter);

// A role that may not reveal is refused (PERMISSION_DENIED) and, when the
// request names a client and a reason of at most 500 characters, the attempt
// is on record against that client.
void RequireReveal(Caller& caller, const std::string& id, domain::SensitiveField field, const std::string& reason);
// The plain text of one field of a client in scope, the reason recorded.
std::string Reveal(Caller& caller, const std::string& id, domain::SensitiveField field, const std::string& reason);

}  // namespace crm::usecases::customers

// Domain events (issue 26 for the task engine of issue 28; ADR 0018):
// written in the producer's transaction with the client's next sequence
// number (its domain_event_client row stays locked until the producer
// commits, so a client's events become visible in order); claimed by a
// consumer, at most one unhandled event per client at a time, with FOR UPDATE
// SKIP LOCKED; never found by a high-water mark, so one committed late is
// never skipped.
#pragma once

#include <cstdint>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "storage/statements.h"

namespace crm::storage {

struct NewDomainEvent {
  std::string customer_id, kind, dedupe_key, business_date;
  std::string payload;  // a JSON object; no personal data beyond the client id
};

struct DomainEventRow {
  int64_t id = 0, client_seq = 0, create_time_us = 0, handled_time_us = 0;
  std::string customer_id, kind, dedupe_key, business_date, payload, handled_by;
};

class DomainEventRepository {
 public:
  static const std::vector<Statement>& Statements();

  // Inserts in one statement (an event whose dedupe_key exists is left out);
  // returns how many were new. Clients are locked in id order.
  static int64_t Insert(pqxx::transaction_base& tx, const std::vector<NewDomainEvent>& events);
  // Up to limit unhandled events, oldest first, each the earliest unhandled
  // event of its client; rows another consumer holds are skipped.
  static std::vector<DomainEventRow> Claim(pqxx::transaction_base& tx, int limit);
  static void MarkHandled(pqxx::transaction_base& tx, const std::vector<int64_t>& ids, const std::string& by);
  // Newest first; pending_only: unhandled ones.
  static std::vector<DomainEventRow> List(pqxx::transaction_base& tx, bool pending_only, int limit);
};

}  // namespace crm::storage

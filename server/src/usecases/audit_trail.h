// Use cases of the audit trail for compliance (regulatory.md section 4):
// list, read, verify and export events. Every one of them is itself on
// record; reads seal pending events first, so they see everything recorded
// so far. Over domain types (ADR 0015); services/audit_service.cc checks the
// request's shape and turns protos into these and back.
#pragma once

#include <chrono>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/audit_record.h"
#include "storage/audit_sealer.h"
#include "usecases/audit_export.h"
#include "usecases/audit_verifier.h"
#include "usecases/request_tx.h"

namespace crm::usecases::audit_trail {

// An event with names beside its ids (a client as the caller may see them).
struct ListedEvent {
  domain::AuditRecord record;
  std::string target_label;        // the client's or user's name, or ""
  std::string actor_display_name;  // "" for a system actor
};
struct ListQuery {
  domain::AuditFilter filter;
  int64_t after_seq = 0;  // the sequence the previous page ended with; 0 for the first
  bool descending = true;
  int size = 100;
};
struct EventPage {
  std::vector<ListedEvent> events;
  int64_t total = 0;  // events matching the filter
  bool more = false;  // another page follows events.back()
};
EventPage List(Caller& caller, storage::AuditSealer& sealer, const ListQuery& query);

// NOT_FOUND (and the attempt on record) when there is no such event.
domain::AuditRecord Get(Caller& caller, storage::AuditSealer& sealer, int64_t seq);

// Verifies the chain and the signed checkpoints over [from, to] (to 0: to the end).
VerifyResult Verify(Caller& caller, storage::AuditSealer& sealer, int64_t from, int64_t to);

// Streams the events matching the filter (one consistent snapshot), on
// record before any data leaves and again when done or cancelled. sink and
// progress return false when the receiver has gone: then CANCELLED.
struct ExportRequest {
  domain::AuditFilter filter;
  ExportFormat format = ExportFormat::kCsv;
  std::string reason;
};
ExportStats Export(Caller& caller, storage::AuditSealer& sealer, const ExportRequest& request,
                   const std::function<bool(const std::string&)>& sink,
                   const std::function<bool(int64_t, int64_t)>& progress);

// The filter as recorded with an event.
nlohmann::json FilterJson(const domain::AuditFilter& f);

}  // namespace crm::usecases::audit_trail

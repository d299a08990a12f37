// Domain events (ADR 0018): what ingest noticed about a client (a large-value
// transaction, a futures margin ratio below the threshold; later drawdowns and
// maturing products) for the task engine (issue 28) to act on. Emitted in the
// producer's transaction; consumed in order per client, each event once,
// with several servers sharing the work.
#pragma once

#include <cstdint>
#include <functional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "storage/connection_pool.h"
#include "storage/domain_event_repository.h"

namespace crm::usecases::events {

using Event = storage::DomainEventRow;
using NewEvent = storage::NewDomainEvent;

inline constexpr const char* kLargeValue = "LARGE_VALUE";
inline constexpr const char* kMarginRatioLow = "MARGIN_RATIO_LOW";
inline constexpr const char* kDrawdown = "DRAWDOWN";

// In the caller's transaction (acting as SYSTEM); returns how many were new.
int64_t Emit(pqxx::work& tx, const std::vector<NewEvent>& events);

// Claims up to batch events (each the earliest unhandled one of its client),
// calls handle in the same transaction and marks them handled by consumer;
// repeats until none is left or max events were handled. A throw from handle
// rolls its batch back (the events stay unhandled). Returns how many were handled.
int64_t Drain(storage::ConnectionPool& pool, const std::string& consumer,
              const std::function<void(pqxx::work&, const std::vector<Event>&)>& handle, int batch = 500,
              int64_t max = INT64_MAX);

// `crm-admin events list`: newest first.
std::vector<Event> AdminList(storage::ConnectionPool& pool, bool pending_only, int limit);

}  // namespace crm::usecases::events

// A client's holdings snapshot and daily AUM, for the 360 view. Row-level
// security limits both to the acting user's scope.
#pragma once

#include <cstdint>
#include <optional>
#include <pqxx/pqxx>
#include <map>
#include <string>
#include <vector>

#include "domain/holdings.h"
#include "storage/statements.h"

namespace crm::storage {

class StatementQueue;
class PipelinedResult;

using HoldingRow = domain::Holding;
using CashRow = domain::Cash;
using ActivityRow = domain::Activity;
using AumPointRow = domain::AumPoint;
using ListMetricsRow = domain::ListMetrics;

class HoldingsRepository {
 public:
  static const std::vector<Statement>& Statements();

  // A client's holdings (largest first), the last 12 months of AUM (oldest
  // first), the latest cash balance and the trade and cash-flow summary
  // (nullopt when not loaded yet), queued in one pipelined batch
  // (storage/pipelined_tx.h) and read from its results.
  struct ViewBatch {
    size_t holdings = 0, aum = 0, cash = 0, activity = 0, margin = 0;
  };
  struct View {
    std::vector<HoldingRow> holdings;
    std::vector<AumPointRow> aum;
    std::optional<CashRow> cash;
    std::optional<ActivityRow> activity;
    std::vector<domain::FuturesMargin> margin;  // each futures account's latest snapshot
  };
  static ViewBatch QueueView(StatementQueue& tx, const std::string& customer_id);
  static View ReadView(const std::vector<PipelinedResult>& results, const ViewBatch& batch);
  // The metrics of the clients listed, by id (clients without metrics yet
  // are absent): one read by primary key for a page.
  static std::map<std::string, ListMetricsRow> ListMetricsOf(pqxx::transaction_base& tx,
                                                             const std::vector<std::string>& ids);
  // The same on a pipelined transaction: queue, then read its result.
  static size_t QueueListMetricsOf(StatementQueue& tx, const std::vector<std::string>& ids);
  static std::map<std::string, ListMetricsRow> ReadListMetrics(const PipelinedResult& result);

  // The only writes of holding, cash_balance, aum_daily and (but for the
  // demo book) trade.
  // The client's current market value in the product (0 when none).
  static int64_t HoldingValue(pqxx::transaction_base& tx, const std::string& customer_id,
                              const std::string& product_code);
  // A sale adds its amount to the client's holding of the product (as of today).
  static void AddToHolding(pqxx::transaction_base& tx, const std::string& customer_id, const std::string& product_code,
                           int64_t amount_minor, const std::string& currency);
  // The trade a sale is (a BUY without commission, external_ref "sale:<id>").
  static void RecordSaleTrade(pqxx::transaction_base& tx, const std::string& customer_id, int64_t sale_time_us,
                              const std::string& product_code, int64_t amount_minor, const std::string& sale_id);
  // A positions snapshot for one client and day: these holdings (unchanged
  // ones left alone), the cash balance when given, every other position
  // closed, and that day's AUM as holdings + cash.
  static void ReplaceSnapshot(pqxx::transaction_base& tx, const std::string& customer_id, const std::string& day,
                              const std::vector<domain::Holding>& holdings, const std::optional<domain::Cash>& cash);

  // The ingest's set-based writes (issue 26): many clients in one statement each.
  struct SnapshotState {
    std::string digest;  // of (client, kind, day): "" when none was received
    std::string latest;  // the latest day of that kind received for the client ("" none)
  };
  // customer id -> its state for kind (POSITIONS or CASH) and day.
  static std::map<std::string, SnapshotState> SnapshotStates(pqxx::transaction_base& tx,
                                                             const std::vector<std::string>& customer_ids,
                                                             const std::string& kind, const std::string& day);
  static void RecordSnapshots(pqxx::transaction_base& tx, const std::string& kind, const std::string& day,
                              int64_t batch_id, const std::vector<std::string>& customer_ids,
                              const std::vector<std::string>& digests, const std::vector<int64_t>& row_counts);
  // Each listed client's holdings become exactly these rows (others to 0).
  static void ApplyPositions(pqxx::transaction_base& tx, const std::string& day,
                             const std::vector<std::string>& customer_ids, const std::vector<std::string>& row_clients,
                             const std::vector<domain::Holding>& rows);
  static void ApplyCash(pqxx::transaction_base& tx, const std::string& day,
                        const std::vector<std::string>& customer_ids, const std::vector<domain::Cash>& cash);
  // That day's AUM (holdings + cash as they now stand) of each client.
  static void RecomputeAum(pqxx::transaction_base& tx, const std::string& day,
                           const std::vector<std::string>& customer_ids);
};

}  // namespace crm::storage

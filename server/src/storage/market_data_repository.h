// Ingest, second slice (issue 26, ADR 0017): trades keyed by (exchange,
// trading day, trade reference) and futures margin snapshots keyed by
// (client, account, trading day, snapshot time), written set-based, plus the
// thresholds of the events ingest raises.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "storage/statements.h"

namespace crm::storage {

struct TradeRow {
  std::string customer_id, exchange, trade_ref, product_code, side, currency;
  std::string trade_time;  // HH:MM:SS, exchange time (UTC+8) on the trading day
  int64_t quantity = 0, amount_minor = 0, commission_minor = 0;
};

struct MarginRow {
  int64_t id = 0;
  std::string customer_id, account_key, account_mask, snapshot_time, currency;
  int64_t pre_balance_minor = 0, balance_minor = 0, available_minor = 0, curr_margin_minor = 0, frozen_margin_minor = 0,
          close_profit_minor = 0, position_profit_minor = 0, commission_minor = 0;
  std::optional<int32_t> margin_ratio_bp;  // balance / margin in use; none without margin
  std::string trading_day;                 // read only
};

// For a snapshot just written: the account's snapshot before it and whether
// a later one (from an earlier batch) exists.
struct MarginNeighbours {
  std::optional<int32_t> previous_ratio_bp;
  std::string previous_day;  // "" when none
  bool later_exists = false;
};

class MarketDataRepository {
 public:
  static const std::vector<Statement>& Statements();

  // "exchange|trade_ref" -> the trade received under that key on day.
  static std::map<std::string, TradeRow> TradesByKey(pqxx::transaction_base& tx, const std::string& day,
                                                     const std::vector<std::string>& exchanges,
                                                     const std::vector<std::string>& refs);
  static void InsertTrades(pqxx::transaction_base& tx, int64_t batch_id, const std::string& source,
                           const std::string& day, const std::vector<TradeRow>& trades);

  // "customer|account_key|HH:MM:SS" -> the snapshot received under that key on day.
  static std::map<std::string, MarginRow> MarginByKey(pqxx::transaction_base& tx, const std::string& day,
                                                      const std::vector<MarginRow>& keys);
  // Inserts; returns the new ids in order.
  static std::vector<int64_t> InsertMargin(pqxx::transaction_base& tx, int64_t batch_id, const std::string& source,
                                           const std::string& day, const std::vector<MarginRow>& rows);
  // For each id (in order): its account's previous snapshot and whether a later one exists.
  static std::vector<MarginNeighbours> MarginNeighboursOf(pqxx::transaction_base& tx, const std::vector<int64_t>& ids);

  // The clients (of those given) whose AUM on day is at least pct percent
  // below their highest of the 91 days before, with that high and the AUM
  // of their previous day on record.
  struct Drawdown {
    std::string customer_id;
    int64_t aum_minor = 0, high_minor = 0;
    std::optional<int64_t> previous_minor;  // none: no earlier day on record
  };
  static std::vector<Drawdown> Drawdowns(pqxx::transaction_base& tx, const std::string& day,
                                         const std::vector<std::string>& customer_ids, int64_t pct);

  // code -> value (ingest_threshold).
  static std::map<std::string, int64_t> Thresholds(pqxx::transaction_base& tx);
};

}  // namespace crm::storage

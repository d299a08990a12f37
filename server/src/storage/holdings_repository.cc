#include "storage/holdings_repository.h"

#include "common/ids.h"
#include "storage/pipelined_tx.h"

namespace crm::storage {
namespace {

constexpr Statement kHoldings{"holding_list", R"sql(
SELECT h.product_code, COALESCE(p.name, ''), h.currency, h.as_of::text, h.market_value_minor
FROM holding h LEFT JOIN product p ON p.code = h.product_code
WHERE h.customer_id = $1::uuid AND h.market_value_minor <> 0
ORDER BY h.market_value_minor DESC, h.product_code)sql"};

constexpr Statement kAumHistory{"aum_history", R"sql(
SELECT day::text, aum_minor FROM aum_daily
WHERE customer_id = $1::uuid AND day > current_date - 366
ORDER BY day)sql"};

constexpr Statement kCash{"cash_balance_get",
                          "SELECT amount_minor, currency, as_of::text FROM cash_balance WHERE customer_id = $1::uuid"};

constexpr Statement kMargin{
    "futures_margin_latest",
    "SELECT DISTINCT ON (account_key) account_mask, trading_day::text, to_char(snapshot_time, 'HH24:MI:SS'), "
    "currency, balance_minor, available_minor, curr_margin_minor, position_profit_minor, COALESCE(margin_ratio_bp, "
    "-1), COALESCE(margin_ratio_bp < (SELECT value FROM ingest_threshold WHERE code = 'MARGIN_RATIO_ALERT_BP'), "
    "false) FROM futures_margin WHERE customer_id = $1::uuid ORDER BY account_key, trading_day DESC, snapshot_time "
    "DESC"};

constexpr Statement kActivity{"customer_activity_get",
                              "SELECT trades_90d, COALESCE(last_trade_date::text, ''), commission_12m_minor, "
                              "net_cash_flow_3m_minor, avg_aum_3m_minor, COALESCE(last_interaction_date::text, ''), "
                              "as_of::text FROM customer_metrics WHERE customer_id = $1::uuid"};

// Row readers (Rows: a PipelinedResult, or a pqxx::result should a libpqxx
// path need them again).
template <typename Rows>
std::vector<HoldingRow> HoldingsFrom(const Rows& rows) {
  return MapRows(rows, [](const auto& r) {
    auto text = [&](int c) { return r[c].template as<std::string>(); };
    return HoldingRow{text(0), text(1), text(2), text(3), r[4].template as<int64_t>()};
  });
}

template <typename Rows>
std::vector<AumPointRow> AumFrom(const Rows& rows) {
  return MapRows(rows, [](const auto& r) {
    return AumPointRow{r[0].template as<std::string>(), r[1].template as<int64_t>()};
  });
}

template <typename Rows>
std::optional<CashRow> CashFrom(const Rows& rows) {
  if (rows.empty()) return std::nullopt;
  auto r = rows[0];
  return CashRow{r[0].template as<int64_t>(), r[1].template as<std::string>(), r[2].template as<std::string>()};
}

template <typename Rows>
std::vector<domain::FuturesMargin> MarginFrom(const Rows& rows) {
  return MapRows(rows, [](const auto& r) {
    domain::FuturesMargin m;
    m.account_mask = r[0].template as<std::string>();
    m.trading_day = r[1].template as<std::string>();
    m.snapshot_time = r[2].template as<std::string>();
    m.currency = r[3].template as<std::string>();
    m.balance_minor = r[4].template as<int64_t>();
    m.available_minor = r[5].template as<int64_t>();
    m.curr_margin_minor = r[6].template as<int64_t>();
    m.position_profit_minor = r[7].template as<int64_t>();
    m.margin_ratio_bp = r[8].template as<int32_t>();
    m.below_threshold = r[9].template as<bool>();
    return m;
  });
}

template <typename Rows>
std::optional<ActivityRow> ActivityFrom(const Rows& rows) {
  if (rows.empty()) return std::nullopt;
  auto r = rows[0];
  ActivityRow a;
  a.trades_90d = r[0].template as<int>();
  a.last_trade_date = r[1].template as<std::string>();
  a.commission_12m_minor = r[2].template as<int64_t>();
  a.net_cash_flow_3m_minor = r[3].template as<int64_t>();
  a.avg_aum_3m_minor = r[4].template as<int64_t>();
  a.last_interaction_date = r[5].template as<std::string>();
  a.as_of = r[6].template as<std::string>();
  return a;
}

constexpr Statement kListMetrics{
    "customer_list_metrics",
    "SELECT customer_id::text, aum_minor, as_of::text, COALESCE(last_interaction_date::text, '') "
    "FROM customer_metrics WHERE customer_id = ANY(string_to_array($1, ',')::uuid[])"};

}  // namespace

namespace {
// The ids as the statement's one parameter ("" when there is none).
std::string IdList(const std::vector<std::string>& ids) {
  std::string list;
  for (const auto& id : ids)
    if (IsUuid(id)) list += (list.empty() ? "" : ",") + id;
  return list;
}

template <typename Rows>  // pqxx::result or PipelinedResult
std::map<std::string, ListMetricsRow> ListMetricsFrom(const Rows& rows) {
  std::map<std::string, ListMetricsRow> out;
  for (decltype(rows.size()) i = 0; i < rows.size(); ++i) {
    auto r = rows[i];
    out[r[0].template as<std::string>()] = {r[1].template as<int64_t>(), r[2].template as<std::string>(),
                                            r[3].template as<std::string>()};
  }
  return out;
}
}  // namespace

std::map<std::string, ListMetricsRow> HoldingsRepository::ListMetricsOf(pqxx::transaction_base& tx,
                                                                        const std::vector<std::string>& ids) {
  const std::string list = IdList(ids);
  if (list.empty()) return {};
  return ListMetricsFrom(tx.exec_prepared(kListMetrics.name, list));
}

size_t HoldingsRepository::QueueListMetricsOf(StatementQueue& tx, const std::vector<std::string>& ids) {
  return tx.Queue(kListMetrics, {IdList(ids)});  // "" matches nothing
}

std::map<std::string, ListMetricsRow> HoldingsRepository::ReadListMetrics(const PipelinedResult& result) {
  return ListMetricsFrom(result);
}

namespace {

// The writes of holding, cash_balance and aum_daily: this repository is the
// only one that writes them (a sale adds to a holding; a positions snapshot
// replaces a client's holdings and cash and that day's AUM).
constexpr Statement kHoldingValue{
    "holding_value",
    "SELECT COALESCE((SELECT market_value_minor FROM holding WHERE customer_id = $1::uuid AND product_code = $2), 0)"};
constexpr Statement kHoldingAdd{
    "holding_add",
    "INSERT INTO holding (customer_id, product_code, market_value_minor, currency, as_of) VALUES "
    "($1::uuid, $2, $3, $4, current_date) ON CONFLICT (customer_id, product_code) DO UPDATE SET "
    "market_value_minor = holding.market_value_minor + EXCLUDED.market_value_minor, as_of = current_date"};
// A subscription is a trade: it moves the client's metrics and tier (V0008).
constexpr Statement kSaleTrade{
    "trade_insert_sale",
    "INSERT INTO trade (customer_id, trade_time, product_code, side, amount_minor, commission_minor, external_ref) "
    "VALUES ($1::uuid, (TIMESTAMPTZ 'epoch' + $2::bigint * INTERVAL '1 microsecond'), $3, 'BUY', $4, 0, "
    "'sale:' || $5)"};
constexpr Statement kUpsertHolding{
    "holding_upsert",
    "INSERT INTO holding (customer_id, product_code, market_value_minor, currency, as_of) VALUES ($1::uuid, $2, $3, "
    "$4, $5::date) ON CONFLICT (customer_id, product_code) DO UPDATE SET market_value_minor = "
    "EXCLUDED.market_value_minor, currency = EXCLUDED.currency, as_of = EXCLUDED.as_of WHERE "
    "(holding.market_value_minor, holding.currency, holding.as_of) IS DISTINCT FROM (EXCLUDED.market_value_minor, "
    "EXCLUDED.currency, EXCLUDED.as_of)"};
// Positions a snapshot no longer lists are closed (zero; the 360 view leaves them out).
constexpr Statement kCloseOthers{
    "holding_close_others",
    "UPDATE holding SET market_value_minor = 0, as_of = $3::date WHERE customer_id = $1::uuid AND "
    "market_value_minor <> 0 AND NOT (product_code = ANY($2::text[]))"};
constexpr Statement kUpsertCash{
    "cash_balance_upsert",
    "INSERT INTO cash_balance (customer_id, amount_minor, currency, as_of) VALUES ($1::uuid, $2, $3, $4::date) "
    "ON CONFLICT (customer_id) DO UPDATE SET amount_minor = EXCLUDED.amount_minor, currency = EXCLUDED.currency, "
    "as_of = EXCLUDED.as_of"};
// That day's AUM: the client's holdings plus its cash balance as they stand
// (rewritten only when it changed, so a re-run does not mark the tier again).
constexpr Statement kUpsertAum{
    "aum_daily_upsert",
    "INSERT INTO aum_daily (customer_id, day, aum_minor) SELECT $1::uuid, $2::date, "
    "COALESCE((SELECT sum(market_value_minor) FROM holding WHERE customer_id = $1::uuid), 0) + "
    "COALESCE((SELECT amount_minor FROM cash_balance WHERE customer_id = $1::uuid), 0) "
    "ON CONFLICT (customer_id, day) DO UPDATE SET aum_minor = EXCLUDED.aum_minor "
    "WHERE aum_daily.aum_minor <> EXCLUDED.aum_minor"};

}  // namespace

int64_t HoldingsRepository::HoldingValue(pqxx::transaction_base& tx, const std::string& customer_id,
                                         const std::string& product_code) {
  return tx.exec_prepared1(kHoldingValue.name, customer_id, product_code)[0].as<int64_t>();
}

void HoldingsRepository::AddToHolding(pqxx::transaction_base& tx, const std::string& customer_id,
                                      const std::string& product_code, int64_t amount_minor,
                                      const std::string& currency) {
  tx.exec_prepared0(kHoldingAdd.name, customer_id, product_code, amount_minor, currency);
}

void HoldingsRepository::RecordSaleTrade(pqxx::transaction_base& tx, const std::string& customer_id,
                                         int64_t sale_time_us, const std::string& product_code, int64_t amount_minor,
                                         const std::string& sale_id) {
  tx.exec_prepared0(kSaleTrade.name, customer_id, sale_time_us, product_code, amount_minor, sale_id);
}

namespace {
constexpr Statement kSnapshotStates{
    "snapshot_states",
    "SELECT c.id::text, COALESCE(s.digest, ''), COALESCE((SELECT max(as_of)::text FROM position_snapshot l WHERE "
    "l.customer_id = c.id AND l.kind = $2), '') FROM unnest($1::uuid[]) AS c(id) LEFT JOIN position_snapshot s ON "
    "s.customer_id = c.id AND s.kind = $2 AND s.as_of = $3::date"};
constexpr Statement kRecordSnapshots{
    "snapshot_record",
    "INSERT INTO position_snapshot (customer_id, kind, as_of, digest, row_count, batch_id) SELECT c::uuid, $1, "
    "$2::date, d, n, $3 FROM unnest($4::text[], $5::text[], $6::int[]) AS u(c, d, n) ON CONFLICT (customer_id, "
    "kind, as_of) DO UPDATE SET digest = EXCLUDED.digest, row_count = EXCLUDED.row_count, batch_id = "
    "EXCLUDED.batch_id"};
constexpr Statement kUpsertHoldings{
    "holding_upsert_many",
    "INSERT INTO holding (customer_id, product_code, market_value_minor, currency, as_of) SELECT c::uuid, p, v, cur, "
    "$1::date FROM unnest($2::text[], $3::text[], $4::bigint[], $5::text[]) AS u(c, p, v, cur) ORDER BY c, p ON "
    "CONFLICT "
    "(customer_id, product_code) DO UPDATE SET market_value_minor = EXCLUDED.market_value_minor, currency = "
    "EXCLUDED.currency, as_of = EXCLUDED.as_of WHERE holding.as_of <= EXCLUDED.as_of AND (holding.market_value_minor, "
    "holding.currency, holding.as_of) IS DISTINCT FROM (EXCLUDED.market_value_minor, EXCLUDED.currency, "
    "EXCLUDED.as_of)"};
constexpr Statement kCloseOthersMany{
    "holding_close_others_many",
    "UPDATE holding h SET market_value_minor = 0, as_of = $1::date WHERE h.customer_id = ANY($2::uuid[]) AND "
    "h.market_value_minor <> 0 AND h.as_of <= $1::date AND NOT EXISTS (SELECT 1 FROM unnest($3::uuid[], $4::text[]) AS "
    "u(c, p) WHERE u.c = "
    "h.customer_id AND u.p = h.product_code)"};
constexpr Statement kUpsertCashMany{
    "cash_balance_upsert_many",
    "INSERT INTO cash_balance (customer_id, amount_minor, currency, as_of) SELECT c::uuid, a, cur, $1::date FROM "
    "unnest($2::text[], $3::bigint[], $4::text[]) AS u(c, a, cur) ORDER BY c ON CONFLICT (customer_id) DO UPDATE "
    "SET amount_minor = EXCLUDED.amount_minor, currency = EXCLUDED.currency, as_of = EXCLUDED.as_of WHERE "
    "cash_balance.as_of <= EXCLUDED.as_of"};
constexpr Statement kRecomputeAum{
    "aum_daily_recompute",
    "INSERT INTO aum_daily (customer_id, day, aum_minor) SELECT c.id, $1::date, COALESCE(h.total, 0) + "
    "COALESCE(b.amount_minor, 0) FROM unnest($2::uuid[]) AS c(id) LEFT JOIN (SELECT customer_id, "
    "sum(market_value_minor) AS total FROM holding WHERE customer_id = ANY($2::uuid[]) GROUP BY customer_id) h ON "
    "h.customer_id = c.id LEFT JOIN cash_balance b ON b.customer_id = c.id ORDER BY c.id ON CONFLICT (customer_id, "
    "day) DO UPDATE "
    "SET aum_minor = EXCLUDED.aum_minor WHERE aum_daily.aum_minor <> EXCLUDED.aum_minor"};
}  // namespace

std::map<std::string, HoldingsRepository::SnapshotState> HoldingsRepository::SnapshotStates(
    pqxx::transaction_base& tx, const std::vector<std::string>& customer_ids, const std::string& kind,
    const std::string& day) {
  std::map<std::string, SnapshotState> out;
  if (customer_ids.empty()) return out;
  for (const auto& r : tx.exec_prepared(kSnapshotStates.name, TextArray(customer_ids), kind, day))
    out[r[0].as<std::string>()] = {r[1].as<std::string>(), r[2].as<std::string>()};
  return out;
}

void HoldingsRepository::RecordSnapshots(pqxx::transaction_base& tx, const std::string& kind, const std::string& day,
                                         int64_t batch_id, const std::vector<std::string>& customer_ids,
                                         const std::vector<std::string>& digests,
                                         const std::vector<int64_t>& row_counts) {
  if (customer_ids.empty()) return;
  tx.exec_prepared0(kRecordSnapshots.name, kind, day, batch_id, TextArray(customer_ids), TextArray(digests),
                    IntArray(row_counts));
}

void HoldingsRepository::ApplyPositions(pqxx::transaction_base& tx, const std::string& day,
                                        const std::vector<std::string>& customer_ids,
                                        const std::vector<std::string>& row_clients,
                                        const std::vector<domain::Holding>& rows) {
  if (customer_ids.empty()) return;
  std::vector<std::string> codes, currencies;
  std::vector<int64_t> values;
  for (const auto& h : rows) {
    codes.push_back(h.product_code);
    values.push_back(h.market_value_minor);
    currencies.push_back(h.currency);
  }
  tx.exec_prepared0(kUpsertHoldings.name, day, TextArray(row_clients), TextArray(codes), IntArray(values),
                    TextArray(currencies));
  tx.exec_prepared0(kCloseOthersMany.name, day, TextArray(customer_ids), TextArray(row_clients), TextArray(codes));
}

void HoldingsRepository::ApplyCash(pqxx::transaction_base& tx, const std::string& day,
                                   const std::vector<std::string>& customer_ids,
                                   const std::vector<domain::Cash>& cash) {
  if (customer_ids.empty()) return;
  std::vector<int64_t> amounts;
  std::vector<std::string> currencies;
  for (const auto& c : cash) {
    amounts.push_back(c.amount_minor);
    currencies.push_back(c.currency);
  }
  tx.exec_prepared0(kUpsertCashMany.name, day, TextArray(customer_ids), IntArray(amounts), TextArray(currencies));
}

void HoldingsRepository::RecomputeAum(pqxx::transaction_base& tx, const std::string& day,
                                      const std::vector<std::string>& customer_ids) {
  if (!customer_ids.empty()) tx.exec_prepared0(kRecomputeAum.name, day, TextArray(customer_ids));
}

void HoldingsRepository::ReplaceSnapshot(pqxx::transaction_base& tx, const std::string& customer_id,
                                         const std::string& day, const std::vector<domain::Holding>& holdings,
                                         const std::optional<domain::Cash>& cash) {
  std::vector<std::string> codes;
  if (cash) tx.exec_prepared0(kUpsertCash.name, customer_id, cash->amount_minor, cash->currency, day);
  for (const auto& h : holdings) {
    codes.push_back(h.product_code);
    tx.exec_prepared0(kUpsertHolding.name, customer_id, h.product_code, h.market_value_minor, h.currency, day);
  }
  tx.exec_prepared0(kCloseOthers.name, customer_id, TextArray(codes), day);
  tx.exec_prepared0(kUpsertAum.name, customer_id, day);
}

const std::vector<Statement>& HoldingsRepository::Statements() {
  static const std::vector<Statement> kAll{
      kMargin,          kHoldings,       kAumHistory,      kCash,           kActivity,    kListMetrics, kHoldingValue,
      kHoldingAdd,      kUpsertHolding,  kCloseOthers,     kUpsertCash,     kUpsertAum,   kSaleTrade,   kSnapshotStates,
      kRecordSnapshots, kUpsertHoldings, kCloseOthersMany, kUpsertCashMany, kRecomputeAum};
  return kAll;
}

HoldingsRepository::ViewBatch HoldingsRepository::QueueView(StatementQueue& tx, const std::string& customer_id) {
  ViewBatch b;
  b.holdings = tx.Queue(kHoldings, {customer_id});
  b.aum = tx.Queue(kAumHistory, {customer_id});
  b.cash = tx.Queue(kCash, {customer_id});
  b.activity = tx.Queue(kActivity, {customer_id});
  b.margin = tx.Queue(kMargin, {customer_id});
  return b;
}

HoldingsRepository::View HoldingsRepository::ReadView(const std::vector<PipelinedResult>& results, const ViewBatch& b) {
  return {HoldingsFrom(results.at(b.holdings)), AumFrom(results.at(b.aum)), CashFrom(results.at(b.cash)),
          ActivityFrom(results.at(b.activity)), MarginFrom(results.at(b.margin))};
}

}  // namespace crm::storage

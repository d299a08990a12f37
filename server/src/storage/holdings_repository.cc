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
  static const std::vector<Statement> kAll{kMargin,      kHoldings,     kAumHistory, kCash,          kActivity,
                                           kListMetrics, kHoldingValue, kHoldingAdd, kUpsertHolding, kCloseOthers,
                                           kUpsertCash,  kUpsertAum,    kSaleTrade};
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

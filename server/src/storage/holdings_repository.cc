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

const std::vector<Statement>& HoldingsRepository::Statements() {
  static const std::vector<Statement> kAll{kHoldings, kAumHistory, kCash, kActivity, kListMetrics};
  return kAll;
}

HoldingsRepository::ViewBatch HoldingsRepository::QueueView(StatementQueue& tx, const std::string& customer_id) {
  ViewBatch b;
  b.holdings = tx.Queue(kHoldings, {customer_id});
  b.aum = tx.Queue(kAumHistory, {customer_id});
  b.cash = tx.Queue(kCash, {customer_id});
  b.activity = tx.Queue(kActivity, {customer_id});
  return b;
}

HoldingsRepository::View HoldingsRepository::ReadView(const std::vector<PipelinedResult>& results, const ViewBatch& b) {
  return {HoldingsFrom(results.at(b.holdings)), AumFrom(results.at(b.aum)), CashFrom(results.at(b.cash)),
          ActivityFrom(results.at(b.activity))};
}

}  // namespace crm::storage

#include "storage/holdings_repository.h"

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

}  // namespace

const std::vector<Statement>& HoldingsRepository::Statements() {
  static const std::vector<Statement> kAll{kHoldings, kAumHistory, kCash, kActivity};
  return kAll;
}

std::vector<HoldingRow> HoldingsRepository::Holdings(pqxx::transaction_base& tx, const std::string& customer_id) {
  std::vector<HoldingRow> out;
  for (const auto& r : tx.exec_prepared(kHoldings.name, customer_id))
    out.push_back({r[0].as<std::string>(), r[1].as<std::string>(), r[2].as<std::string>(), r[3].as<std::string>(),
                   r[4].as<int64_t>()});
  return out;
}

std::vector<AumPointRow> HoldingsRepository::AumHistory(pqxx::transaction_base& tx, const std::string& customer_id) {
  std::vector<AumPointRow> out;
  for (const auto& r : tx.exec_prepared(kAumHistory.name, customer_id))
    out.push_back({r[0].as<std::string>(), r[1].as<int64_t>()});
  return out;
}

std::optional<CashRow> HoldingsRepository::Cash(pqxx::transaction_base& tx, const std::string& customer_id) {
  auto r = tx.exec_prepared(kCash.name, customer_id);
  if (r.empty()) return std::nullopt;
  return CashRow{r[0][0].as<int64_t>(), r[0][1].as<std::string>(), r[0][2].as<std::string>()};
}

std::optional<ActivityRow> HoldingsRepository::Activity(pqxx::transaction_base& tx, const std::string& customer_id) {
  auto r = tx.exec_prepared(kActivity.name, customer_id);
  if (r.empty()) return std::nullopt;
  ActivityRow a;
  a.trades_90d = r[0][0].as<int>();
  a.last_trade_date = r[0][1].as<std::string>();
  a.commission_12m_minor = r[0][2].as<int64_t>();
  a.net_cash_flow_3m_minor = r[0][3].as<int64_t>();
  a.avg_aum_3m_minor = r[0][4].as<int64_t>();
  a.last_interaction_date = r[0][5].as<std::string>();
  a.as_of = r[0][6].as<std::string>();
  return a;
}

}  // namespace crm::storage

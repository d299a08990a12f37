// What the client 360 view and the list show of a client's money: holdings,
// cash, daily AUM and activity from the client's metrics. Money in minor
// units (domain/money.h).
#pragma once

#include <cstdint>
#include <string>

namespace crm::domain {

struct Holding {
  std::string product_code, product_name, currency, as_of;  // as_of: YYYY-MM-DD
  int64_t market_value_minor = 0;
};

struct Cash {
  int64_t amount_minor = 0;
  std::string currency, as_of;  // as_of: YYYY-MM-DD
};

struct Activity {
  int trades_90d = 0;
  std::string last_trade_date, last_interaction_date, as_of;  // YYYY-MM-DD or ""
  int64_t commission_12m_minor = 0, net_cash_flow_3m_minor = 0, avg_aum_3m_minor = 0;
};

// A futures account's latest margin snapshot (ingest, CTP's trading-account
// fields): balance / margin in use as margin_ratio_bp (-1: no margin in use).
struct FuturesMargin {
  std::string account_mask, trading_day, snapshot_time, currency;  // day YYYY-MM-DD, time HH:MM:SS
  int64_t balance_minor = 0, available_minor = 0, curr_margin_minor = 0, position_profit_minor = 0;
  int32_t margin_ratio_bp = -1;
  bool below_threshold = false;  // under the firm's margin-call threshold (ingest_threshold)
};

struct AumPoint {
  std::string day;  // YYYY-MM-DD
  int64_t aum_minor = 0;
};

// A listed client's latest AUM and last contact (the list's columns).
struct ListMetrics {
  int64_t aum_minor = 0;
  std::string as_of, last_interaction_date;  // YYYY-MM-DD or ""
};

}  // namespace crm::domain

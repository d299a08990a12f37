// Ingest from the firm's trading and clearing systems (issue 26, ADR 0017).
// One use case per kind of batch, called by crm.v1.IngestService (an
// integration account over mutual TLS) and by `crm-admin import flows`.
//
// A batch is all or nothing: every row is checked (the reply names the line
// and field of each problem) and nothing is written unless all pass. Rows
// are keyed by their natural key, so a batch sent again, a day or a week
// later, changes nothing and says so (unchanged); the same key with other
// values is a rejection (a correction needs a new reference). In the same
// transaction: the metrics tiering reads are marked for the clients
// concerned, the day's large-value transactions are screened (reports with
// their due dates) and one audit event names the account.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "storage/audit_repository.h"
#include "storage/connection_pool.h"

namespace crm::usecases::ingest {

struct BatchHeader {
  std::string source;         // the sending system, e.g. "clearing"
  std::string business_date;  // YYYY-MM-DD, in the exchange's time zone
  int64_t count = -1;         // rows the sender says it sent (checked)
};

struct CashFlowInput {
  int64_t line = 0;  // 1-based position in the batch (or the file's line)
  std::string flow_ref;
  std::string client;        // a client id or the external_ref of an import; or
  std::string account;       // a securities / bank account number
  std::string flow_type;     // CASH_DEPOSIT, CASH_WITHDRAWAL, TRANSFER_IN, TRANSFER_OUT
  std::string counterparty;  // NONE (cash), NATURAL, NON_NATURAL
  bool cross_border = false;
  std::string currency;      // ISO 4217; default CNY
  int64_t amount_minor = 0;  // > 0, in minor units (fen, cents)
};

struct Rejection {
  int64_t line = 0;  // 0: the batch itself
  std::string field, problem;
};

struct Result {
  int64_t rows = 0, accepted = 0, unchanged = 0;
  std::vector<Rejection> rejections;  // non-empty: nothing was written
  int64_t batch_id = 0;
  // For compliance and the admin only, never the sending system (no tipping
  // off): reports raised or added to, and a due date estimated because the
  // year's working-day calendar is missing.
  int64_t large_value_reports = 0;
  std::string calendar_warning;
  std::vector<std::string> warnings;  // for the sender: e.g. flows in a currency no rule screens
  int64_t events = 0;                 // domain events raised (admin and tests; not told to the sender)
};

// who: the integration account (role INTEGRATION) or the admin (ADMIN_CLI).
// Throws UNAVAILABLE when another batch of the same business day is being
// ingested (send again: a batch is idempotent).
Result IngestCashFlows(storage::ConnectionPool& pool, const storage::AuditWho& who, const BatchHeader& header,
                       const std::vector<CashFlowInput>& rows);

struct TradeInput {
  int64_t line = 0;
  std::string trade_ref;  // the exchange's trade id (natural key with exchange and trading day)
  std::string exchange;   // SSE, SZSE, BSE, SHFE, DCE, CZCE, CFFEX, INE, GFEX, HKEX, ...
  std::string client, account;
  std::string product_code;
  std::string side;              // BUY or SELL
  int64_t quantity = 0;          // shares, units or lots; > 0
  int64_t amount_minor = 0;      // the trade's value, >= 0
  int64_t commission_minor = 0;  // >= 0
  std::string currency;          // default CNY
  std::string trade_time;        // HH:MM:SS exchange time on the trading day; default 15:00:00
};

// Trades of a trading day (header.business_date). Natural key: (exchange,
// trading day, trade_ref). New trades mark their clients for re-tiering (the
// metrics tiering reads: trades, commission, last trade).
Result IngestTrades(storage::ConnectionPool& pool, const storage::AuditWho& who, const BatchHeader& header,
                    const std::vector<TradeInput>& rows);

// The fields of CTP's trading-account record (CThostFtdcTradingAccountField)
// the CRM keeps, in minor units.
struct MarginInput {
  int64_t line = 0;
  std::string client, account;  // the futures account (or the client)
  std::string snapshot_time;    // HH:MM:SS exchange time; default 15:00:00 (settlement)
  std::string currency;         // default CNY
  int64_t pre_balance_minor = 0, balance_minor = 0, available_minor = 0, curr_margin_minor = 0, frozen_margin_minor = 0,
          close_profit_minor = 0, position_profit_minor = 0, commission_minor = 0;
};

// Futures margin snapshots of a trading day. Natural key: (client, account,
// trading day, snapshot time). A snapshot whose margin ratio (balance /
// margin in use) falls below the MARGIN_RATIO_ALERT_BP threshold (and the
// account's previous one was not below it that day) raises a
// MARGIN_RATIO_LOW domain event at once; result.events counts them.
Result IngestMargin(storage::ConnectionPool& pool, const storage::AuditWho& who, const BatchHeader& header,
                    const std::vector<MarginInput>& rows);

struct PositionInput {
  int64_t line = 0;
  std::string client, account;
  std::string product_code;
  int64_t market_value_minor = 0;  // 0 to 10^15; 0 closes the position
  std::string currency;            // default CNY
};

// Holdings snapshots of a business day (header.business_date = as of). Each
// client named in the batch gets exactly the batch's positions (positions it
// no longer has go to 0; to close every one, send one row of 0), and that
// day's AUM (holdings + cash) is recorded. Natural key: (client, day): a
// resent snapshot is unchanged; a different one for the same day replaces
// it (a correction); one older than a snapshot already held is refused.
Result IngestPositions(storage::ConnectionPool& pool, const storage::AuditWho& who, const BatchHeader& header,
                       const std::vector<PositionInput>& rows);

struct CashBalanceInput {
  int64_t line = 0;
  std::string client, account;
  int64_t amount_minor = 0;  // within +-10^15
  std::string currency;      // default CNY
};

// Cash balances of a business day, one per client; the same keys and rules
// as positions; the day's AUM follows.
Result IngestCashBalances(storage::ConnectionPool& pool, const storage::AuditWho& who, const BatchHeader& header,
                          const std::vector<CashBalanceInput>& rows);

// `crm-admin import trades FILE`: columns trade_ref, exchange, client or
// account, product_code, side, quantity, amount (yuan, 2 decimals),
// commission, currency, trade_time.
Result ImportTradesCsv(storage::ConnectionPool& pool, const storage::AuditWho& who, const std::string& file,
                       const BatchHeader& header, const std::string& encoding);
// `crm-admin import margin FILE`: columns client or account, snapshot_time,
// currency, pre_balance, balance, available, curr_margin, frozen_margin,
// close_profit, position_profit, commission (yuan).
Result ImportMarginCsv(storage::ConnectionPool& pool, const storage::AuditWho& who, const std::string& file,
                       const BatchHeader& header, const std::string& encoding);

// `crm-admin import flows FILE`: columns flow_ref, client or account,
// flow_type, counterparty, cross_border (Y/N), currency, amount (yuan with at
// most 2 decimals); UTF-8 or GBK.
Result ImportCashFlowsCsv(storage::ConnectionPool& pool, const storage::AuditWho& who, const std::string& file,
                          const BatchHeader& header, const std::string& encoding);

}  // namespace crm::usecases::ingest

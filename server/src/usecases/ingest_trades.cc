// IngestTrades and `crm-admin import trades` (issue 26, ADR 0017).
#include <set>

#include "common/error.h"
#include "domain/money.h"
#include "domain/role.h"
#include "domain/tier_rules.h"
#include "storage/customer_repository.h"
#include "storage/ingest_repository.h"
#include "storage/market_data_repository.h"
#include "storage/transaction.h"
#include "usecases/customer_import.h"
#include "usecases/ingest.h"
#include "usecases/ingest_batchkit.h"

namespace crm::usecases::ingest {

using storage::MarketDataRepository;
using storage::TradeRow;

namespace {

bool SameTrade(const TradeRow& a, const TradeRow& b) {
  return a.customer_id == b.customer_id && a.product_code == b.product_code && a.side == b.side &&
         a.quantity == b.quantity && a.amount_minor == b.amount_minor && a.commission_minor == b.commission_minor &&
         a.currency == b.currency && a.trade_time == b.trade_time;
}

std::vector<Rejection> CheckTrades(const BatchHeader& h, const std::vector<TradeInput>& rows,
                                   std::vector<TradeRow>* trades) {
  std::vector<Rejection> out;
  batchkit::CheckHeader(h, rows.size(), &out);
  std::set<std::string> keys;
  for (const auto& r : rows) {
    auto fail = [&](const char* field, const std::string& problem) { out.push_back({r.line, field, problem}); };
    TradeRow t;
    t.exchange = r.exchange;
    t.trade_ref = r.trade_ref;
    if (!batchkit::IsExchange(r.exchange)) fail("exchange", "must be the exchange's code: 2-8 of A-Z and 0-9 (SSE)");
    if (!batchkit::IsRef(r.trade_ref))
      fail("trade_ref", "must be 1-64 letters, digits or . _ : / -");
    else if (!keys.insert(r.exchange + "|" + r.trade_ref).second)
      fail("trade_ref", "appears twice in the batch for this exchange");
    batchkit::CheckClientFields({r.line, r.client, r.account, false}, &out);
    t.product_code = r.product_code;
    if (!batchkit::IsCode(r.product_code)) fail("product_code", "must be 1-32 letters, digits, '.', '_' or '-'");
    t.side = r.side;
    if (r.side != "BUY" && r.side != "SELL") fail("side", "must be BUY or SELL");
    t.quantity = r.quantity;
    if (r.quantity <= 0 || r.quantity > 1'000'000'000'000) fail("quantity", "must be more than 0 and at most 10^12");
    t.amount_minor = r.amount_minor;
    if (r.amount_minor < 0 || r.amount_minor > domain::kMaxMoneyMinor)
      fail("amount_minor", "must be at least 0 and at most " + domain::MoneyRangeText(0, domain::kMaxMoneyMinor));
    t.commission_minor = r.commission_minor;
    if (r.commission_minor < 0 || r.commission_minor > domain::kMaxMoneyMinor)
      fail("commission_minor", "must be at least 0 and at most " + domain::MoneyRangeText(0, domain::kMaxMoneyMinor));
    t.currency = r.currency.empty() ? "CNY" : r.currency;
    if (!batchkit::IsCurrency(t.currency)) fail("currency", "must be an ISO 4217 code such as CNY");
    t.trade_time = r.trade_time.empty() ? "15:00:00" : r.trade_time;
    if (!batchkit::IsClockTime(t.trade_time)) fail("trade_time", "must be a time HH:MM:SS (exchange time)");
    trades->push_back(t);
  }
  return out;
}

}  // namespace

Result IngestTrades(storage::ConnectionPool& pool, const storage::AuditWho& who, const BatchHeader& header,
                    const std::vector<TradeInput>& rows) {
  Result result;
  result.rows = static_cast<int64_t>(rows.size());
  std::vector<TradeRow> trades;
  result.rejections = CheckTrades(header, rows, &trades);
  if (result.rejections.empty()) {
    storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
      result.rejections.clear();
      result.accepted = result.unchanged = 0;
      storage::CustomerRepository::ActAs(tx, domain::Actor::System("ingest"));
      if (!storage::IngestRepository::TryLockDay(tx, "trades", header.business_date))
        throw Error::Unavailable("another batch of trades of " + header.business_date +
                                 " is being ingested; send this one again shortly (it is idempotent)")
            .SetRetryAfter(std::chrono::seconds(2));
      std::vector<std::string> exchanges, refs;
      for (const auto& t : trades) {
        exchanges.push_back(t.exchange);
        refs.push_back(t.trade_ref);
      }
      const auto existing = MarketDataRepository::TradesByKey(tx, header.business_date, exchanges, refs);
      std::vector<batchkit::ClientRef> who_refs;
      for (const auto& r : rows)
        who_refs.push_back({r.line, r.client, r.account, existing.count(r.exchange + "|" + r.trade_ref) > 0});
      const auto clients = batchkit::ResolveClients(tx, who_refs, &result.rejections);
      std::vector<TradeRow> fresh;
      for (size_t i = 0; i < rows.size(); ++i) {
        trades[i].customer_id = clients[i].customer_id;
        if (trades[i].customer_id.empty()) continue;
        auto it = existing.find(trades[i].exchange + "|" + trades[i].trade_ref);
        if (it == existing.end())
          fresh.push_back(trades[i]);
        else if (SameTrade(it->second, trades[i]))
          ++result.unchanged;
        else
          result.rejections.push_back({rows[i].line, "trade_ref",
                                       "was received before with other values; a correction needs the exchange's "
                                       "new trade id"});
      }
      batchkit::SortRejections(&result.rejections);
      if (!result.rejections.empty()) return;
      result.accepted = static_cast<int64_t>(fresh.size());
      result.batch_id =
          storage::IngestRepository::InsertBatch(tx, "TRADES", header.source, header.business_date, who.username,
                                                 result.rows, result.accepted, result.unchanged);
      // The insert marks each client's tier for re-evaluation (trigger).
      MarketDataRepository::InsertTrades(tx, result.batch_id, header.source, header.business_date, fresh);
      batchkit::AuditBatch(tx, who, "ingest.trades", header, result);
    });
  }
  if (!result.rejections.empty()) {
    result.accepted = result.unchanged = 0;
    result.batch_id = 0;
    storage::InTransaction(pool, {},
                           [&](pqxx::work& tx) { batchkit::AuditBatch(tx, who, "ingest.trades", header, result); });
  }
  return result;
}

Result ImportTradesCsv(storage::ConnectionPool& pool, const storage::AuditWho& who, const std::string& file,
                       const BatchHeader& header, const std::string& encoding) {
  ImportOptions options;
  options.file = file;
  options.encoding = encoding;
  const CsvTable table = ReadCsvTable(options, {"trade_ref", "exchange", "product_code", "side", "quantity", "amount"});
  auto cell = [&](const std::vector<std::string>& r, const char* name) { return batchkit::Cell(table, r, name); };
  std::vector<TradeInput> rows;
  std::vector<Rejection> early;
  for (size_t i = 1; i < table.rows.size(); ++i) {
    const auto& r = table.rows[i];
    TradeInput in;
    in.line = table.lines[i];
    in.trade_ref = cell(r, "trade_ref");
    in.exchange = cell(r, "exchange");
    in.client = cell(r, "client");
    in.account = cell(r, "account");
    in.product_code = cell(r, "product_code");
    in.side = cell(r, "side");
    try {
      size_t used = 0;
      const std::string q = cell(r, "quantity");
      in.quantity = std::stoll(q, &used);
      if (used != q.size()) throw std::invalid_argument("quantity");
    } catch (const std::exception&) {
      early.push_back({in.line, "quantity", "must be a whole number"});
    }
    if (!domain::tiering::ParseYuan(cell(r, "amount"), &in.amount_minor))
      early.push_back({in.line, "amount", "must be an amount with at most 2 decimals"});
    const std::string commission = cell(r, "commission");
    if (!commission.empty() && !domain::tiering::ParseYuan(commission, &in.commission_minor))
      early.push_back({in.line, "commission", "must be an amount with at most 2 decimals"});
    in.currency = cell(r, "currency");
    in.trade_time = cell(r, "trade_time");
    rows.push_back(in);
  }
  return batchkit::FinishCsv(
      header, rows, early, [&](const BatchHeader& h, const auto& batch) { return IngestTrades(pool, who, h, batch); });
}

}  // namespace crm::usecases::ingest

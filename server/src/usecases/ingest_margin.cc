// IngestMargin and `crm-admin import margin` (issue 26, ADR 0017): futures
// accounts' margin snapshots and the margin-call events they raise.
#include <nlohmann/json.hpp>
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
#include "usecases/domain_events.h"
#include "usecases/ingest.h"
#include "usecases/ingest_batchkit.h"

namespace crm::usecases::ingest {

using storage::MarginRow;
using storage::MarketDataRepository;

namespace {

constexpr int64_t kDefaultAlertBp = 10000;

bool SameSnapshot(const MarginRow& a, const MarginRow& b) {
  return a.currency == b.currency && a.pre_balance_minor == b.pre_balance_minor && a.balance_minor == b.balance_minor &&
         a.available_minor == b.available_minor && a.curr_margin_minor == b.curr_margin_minor &&
         a.frozen_margin_minor == b.frozen_margin_minor && a.close_profit_minor == b.close_profit_minor &&
         a.position_profit_minor == b.position_profit_minor && a.commission_minor == b.commission_minor;
}

std::vector<Rejection> CheckMargin(const BatchHeader& h, const std::vector<MarginInput>& rows,
                                   std::vector<MarginRow>* out_rows) {
  std::vector<Rejection> out;
  batchkit::CheckHeader(h, rows.size(), &out);
  std::set<std::string> keys;
  for (const auto& r : rows) {
    auto fail = [&](const char* field, const std::string& problem) { out.push_back({r.line, field, problem}); };
    MarginRow m;
    batchkit::CheckClientFields({r.line, r.client, r.account, false}, &out);
    m.snapshot_time = r.snapshot_time.empty() ? "15:00:00" : r.snapshot_time;
    if (!batchkit::IsClockTime(m.snapshot_time))
      fail("snapshot_time", "must be a time HH:MM:SS (exchange time)");
    else if (!keys.insert(r.client + "|" + r.account + "|" + m.snapshot_time).second)
      fail("snapshot_time", "the batch has two snapshots of this account at this time");
    m.currency = r.currency.empty() ? "CNY" : r.currency;
    if (!batchkit::IsCurrency(m.currency)) fail("currency", "must be an ISO 4217 code such as CNY");
    const std::string range = domain::MoneyRangeText(-domain::kMaxMoneyMinor, domain::kMaxMoneyMinor);
    const std::string positive = domain::MoneyRangeText(0, domain::kMaxMoneyMinor);
    auto signed_field = [&](const char* field, int64_t v, int64_t* to) {
      if (v < -domain::kMaxMoneyMinor || v > domain::kMaxMoneyMinor) fail(field, "must be within " + range);
      *to = v;
    };
    auto positive_field = [&](const char* field, int64_t v, int64_t* to) {
      if (v < 0 || v > domain::kMaxMoneyMinor) fail(field, "must be within " + positive);
      *to = v;
    };
    signed_field("pre_balance_minor", r.pre_balance_minor, &m.pre_balance_minor);
    signed_field("balance_minor", r.balance_minor, &m.balance_minor);
    signed_field("available_minor", r.available_minor, &m.available_minor);
    positive_field("curr_margin_minor", r.curr_margin_minor, &m.curr_margin_minor);
    positive_field("frozen_margin_minor", r.frozen_margin_minor, &m.frozen_margin_minor);
    signed_field("close_profit_minor", r.close_profit_minor, &m.close_profit_minor);
    signed_field("position_profit_minor", r.position_profit_minor, &m.position_profit_minor);
    positive_field("commission_minor", r.commission_minor, &m.commission_minor);
    out_rows->push_back(m);
  }
  return out;
}

// balance / margin in use in basis points, rounded down as the database does.
std::optional<int64_t> RatioBp(const MarginRow& m) {
  if (m.curr_margin_minor <= 0) return std::nullopt;
  const __int128 num = static_cast<__int128>(m.balance_minor) * 10000;
  __int128 q = num / m.curr_margin_minor;
  if (num % m.curr_margin_minor != 0 && num < 0) --q;
  return static_cast<int64_t>(std::clamp<__int128>(q, -2'000'000'000, 2'000'000'000));
}

}  // namespace

Result IngestMargin(storage::ConnectionPool& pool, const storage::AuditWho& who, const BatchHeader& header,
                    const std::vector<MarginInput>& rows) {
  Result result;
  result.rows = static_cast<int64_t>(rows.size());
  std::vector<MarginRow> snaps;
  result.rejections = CheckMargin(header, rows, &snaps);
  if (result.rejections.empty()) {
    storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
      result.rejections.clear();
      result.accepted = result.unchanged = result.events = 0;
      storage::CustomerRepository::ActAs(tx, domain::Actor::System("ingest"));
      if (!storage::IngestRepository::TryLockDay(tx, "margin", header.business_date))
        throw Error::Unavailable("another batch of margin snapshots of " + header.business_date +
                                 " is being ingested; send this one again shortly (it is idempotent)")
            .SetRetryAfter(std::chrono::seconds(2));
      // Clients first (the key holds the client and the account), then what was received.
      std::vector<batchkit::ClientRef> refs;
      for (const auto& r : rows) refs.push_back({r.line, r.client, r.account, true});
      const auto clients = batchkit::ResolveClients(tx, refs, &result.rejections);
      std::vector<MarginRow> keyed;
      std::set<std::string> seen;
      for (size_t i = 0; i < rows.size(); ++i) {
        snaps[i].customer_id = clients[i].customer_id;
        snaps[i].account_key = clients[i].account_key;
        snaps[i].account_mask = clients[i].account_mask;
        if (snaps[i].customer_id.empty()) continue;
        // The same account written two ways (spaces, '-') or a client by id and by reference.
        if (!seen.insert(snaps[i].customer_id + "|" + snaps[i].account_key + "|" + snaps[i].snapshot_time).second) {
          result.rejections.push_back(
              {rows[i].line, "snapshot_time", "the batch has two snapshots of this account at this time"});
          snaps[i].customer_id.clear();
          continue;
        }
        keyed.push_back(snaps[i]);
      }
      const auto existing = MarketDataRepository::MarginByKey(tx, header.business_date, keyed);
      std::vector<MarginRow> fresh;
      for (size_t i = 0; i < rows.size(); ++i) {
        if (snaps[i].customer_id.empty()) continue;
        auto it = existing.find(snaps[i].customer_id + "|" + snaps[i].account_key + "|" + snaps[i].snapshot_time);
        if (it == existing.end())
          fresh.push_back(snaps[i]);
        else if (SameSnapshot(it->second, snaps[i]))
          ++result.unchanged;
        else
          result.rejections.push_back({rows[i].line, "snapshot_time",
                                       "a snapshot of this account at this time was received before with other "
                                       "values; send a correction with a later snapshot_time"});
      }
      batchkit::SortRejections(&result.rejections);
      if (!result.rejections.empty()) return;
      result.accepted = static_cast<int64_t>(fresh.size());
      result.batch_id =
          storage::IngestRepository::InsertBatch(tx, "MARGIN", header.source, header.business_date, who.username,
                                                 result.rows, result.accepted, result.unchanged);
      const auto ids =
          MarketDataRepository::InsertMargin(tx, result.batch_id, header.source, header.business_date, fresh);
      // Margin calls: the newest snapshot of an account below the threshold
      // when the one before it (that day) was not.
      const auto thresholds = MarketDataRepository::Thresholds(tx);
      const auto t = thresholds.find("MARGIN_RATIO_ALERT_BP");
      const int64_t alert_bp = t == thresholds.end() ? kDefaultAlertBp : t->second;
      const auto around = MarketDataRepository::MarginNeighboursOf(tx, ids);
      std::vector<events::NewEvent> raised;
      for (size_t i = 0; i < fresh.size(); ++i) {
        const auto ratio = RatioBp(fresh[i]);
        if (!ratio || *ratio >= alert_bp || around[i].later_exists) continue;
        const bool was_below = around[i].previous_day == header.business_date && around[i].previous_ratio_bp &&
                               *around[i].previous_ratio_bp < alert_bp;
        if (was_below) continue;
        raised.push_back({fresh[i].customer_id, events::kMarginRatioLow, "margin:" + std::to_string(ids[i]),
                          header.business_date,
                          nlohmann::json{{"margin_id", ids[i]},
                                         {"account", fresh[i].account_mask},
                                         {"snapshot_time", fresh[i].snapshot_time},
                                         {"margin_ratio_bp", *ratio},
                                         {"threshold_bp", alert_bp},
                                         {"balance_minor", fresh[i].balance_minor},
                                         {"curr_margin_minor", fresh[i].curr_margin_minor},
                                         {"currency", fresh[i].currency}}
                              .dump()});
      }
      result.events = events::Emit(tx, raised);
      batchkit::AuditBatch(tx, who, "ingest.margin", header, result, {{"margin_calls", result.events}});
    });
  }
  if (!result.rejections.empty()) {
    result.accepted = result.unchanged = result.events = 0;
    result.batch_id = 0;
    storage::InTransaction(pool, {},
                           [&](pqxx::work& tx) { batchkit::AuditBatch(tx, who, "ingest.margin", header, result); });
  }
  return result;
}

Result ImportMarginCsv(storage::ConnectionPool& pool, const storage::AuditWho& who, const std::string& file,
                       const BatchHeader& header, const std::string& encoding) {
  ImportOptions options;
  options.file = file;
  options.encoding = encoding;
  const CsvTable table = ReadCsvTable(options, {"balance", "available", "curr_margin"});
  auto cell = [&](const std::vector<std::string>& r, const char* name) { return batchkit::Cell(table, r, name); };
  std::vector<MarginInput> rows;
  std::vector<Rejection> early;
  for (size_t i = 1; i < table.rows.size(); ++i) {
    const auto& r = table.rows[i];
    MarginInput in;
    in.line = table.lines[i];
    in.client = cell(r, "client");
    in.account = cell(r, "account");
    in.snapshot_time = cell(r, "snapshot_time");
    in.currency = cell(r, "currency");
    const std::pair<const char*, int64_t*> money[] = {{"pre_balance", &in.pre_balance_minor},
                                                      {"balance", &in.balance_minor},
                                                      {"available", &in.available_minor},
                                                      {"curr_margin", &in.curr_margin_minor},
                                                      {"frozen_margin", &in.frozen_margin_minor},
                                                      {"close_profit", &in.close_profit_minor},
                                                      {"position_profit", &in.position_profit_minor},
                                                      {"commission", &in.commission_minor}};
    for (const auto& [name, to] : money) {
      const std::string v = cell(r, name);
      if (!v.empty() && !domain::tiering::ParseYuan(v, to))
        early.push_back({in.line, name, "must be an amount with at most 2 decimals"});
    }
    rows.push_back(in);
  }
  return batchkit::FinishCsv(
      header, rows, early, [&](const BatchHeader& h, const auto& batch) { return IngestMargin(pool, who, h, batch); });
}

}  // namespace crm::usecases::ingest

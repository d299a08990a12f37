// IngestPositions and IngestCashBalances (issue 26, ADR 0017): each client's
// snapshot of a day, written set-based, keyed by (client, day) through a
// digest of its rows (position_snapshot).
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "common/error.h"
#include "domain/money.h"
#include "domain/role.h"
#include "security/crypto.h"
#include "storage/customer_repository.h"
#include "storage/holdings_repository.h"
#include "storage/ingest_repository.h"
#include "storage/market_data_repository.h"
#include "storage/transaction.h"
#include "usecases/domain_events.h"
#include "usecases/ingest.h"
#include "usecases/ingest_batchkit.h"

namespace crm::usecases::ingest {

using storage::HoldingsRepository;

namespace {

// What the batch says of one client.
struct ClientSnapshot {
  int64_t first_line = 0;
  std::vector<size_t> rows;  // indexes into the batch
  std::string digest;
};

// A client whose account value (AUM) fell DRAWDOWN_ACCOUNT_PCT or more below
// its high of the last three months, and was not that far down on its
// previous day: a DRAWDOWN event (risk communication, product.md section 6).
int64_t RaiseDrawdowns(pqxx::work& tx, const std::string& day, const std::vector<std::string>& ids) {
  const auto thresholds = storage::MarketDataRepository::Thresholds(tx);
  const auto t = thresholds.find("DRAWDOWN_ACCOUNT_PCT");
  const int64_t pct = t == thresholds.end() ? 20 : t->second;
  if (pct <= 0 || pct >= 100) return 0;
  std::vector<events::NewEvent> raised;
  for (const auto& d : storage::MarketDataRepository::Drawdowns(tx, day, ids, pct)) {
    const bool was_down = d.previous_minor && static_cast<__int128>(*d.previous_minor) * 100 <=
                                                  static_cast<__int128>(d.high_minor) * (100 - pct);
    if (was_down) continue;
    const int64_t down_bp =
        static_cast<int64_t>((static_cast<__int128>(d.high_minor - d.aum_minor) * 10000) / d.high_minor);
    raised.push_back(
        {d.customer_id, events::kDrawdown, "drawdown:" + d.customer_id + ":" + day, day,
         nlohmann::json{
             {"aum_minor", d.aum_minor}, {"high_3m_minor", d.high_minor}, {"down_bp", down_bp}, {"threshold_pct", pct}}
             .dump()});
  }
  return events::Emit(tx, raised);
}

// Runs one snapshot batch: lock, resolve the clients, group by client,
// compare with what was received, write the fresh ones.
template <typename Row, typename Check, typename Digest, typename Write>
Result RunSnapshots(storage::ConnectionPool& pool, const storage::AuditWho& who, const BatchHeader& header,
                    const std::vector<Row>& rows, const char* kind, const char* batch_kind, const char* action,
                    Check check, Digest digest_of, Write write) {
  Result result;
  result.rows = static_cast<int64_t>(rows.size());
  batchkit::CheckHeader(header, rows.size(), &result.rejections);
  for (const auto& r : rows) {
    batchkit::CheckClientFields({r.line, r.client, r.account, false}, &result.rejections);
    check(r, &result.rejections);
  }
  if (result.rejections.empty()) {
    storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
      result.rejections.clear();
      result.accepted = result.unchanged = result.events = 0;
      storage::CustomerRepository::ActAs(tx, domain::Actor::System("ingest"));
      // One snapshot batch (positions or cash, any day) at a time: each
      // recomputes the day's AUM from both and checks which day is newest.
      if (!storage::IngestRepository::TryLockDay(tx, "snapshots", "any"))
        throw Error::Unavailable(
            "another batch of positions or cash balances is being ingested; send this one again shortly (it is "
            "idempotent)")
            .SetRetryAfter(std::chrono::seconds(2));
      std::vector<batchkit::ClientRef> refs;
      for (const auto& r : rows) refs.push_back({r.line, r.client, r.account, true});
      const auto clients = batchkit::ResolveClients(tx, refs, &result.rejections);
      std::map<std::string, ClientSnapshot> by_client;
      for (size_t i = 0; i < rows.size(); ++i) {
        if (clients[i].customer_id.empty()) continue;
        auto& s = by_client[clients[i].customer_id];
        if (s.rows.empty()) s.first_line = rows[i].line;
        s.rows.push_back(i);
      }
      std::vector<std::string> ids;
      for (auto& [id, s] : by_client) {
        ids.push_back(id);
        std::string problem;
        s.digest = digest_of(s.rows, &problem, &result.rejections);
      }
      const auto states = HoldingsRepository::SnapshotStates(
          tx, ids, kind == std::string("positions") ? "POSITIONS" : "CASH", header.business_date);
      std::vector<std::string> fresh;
      for (const auto& [id, s] : by_client) {
        if (s.digest.empty()) continue;  // refused above
        const auto it = states.find(id);
        const auto state = it == states.end() ? HoldingsRepository::SnapshotState{} : it->second;
        if (state.digest == s.digest) {
          result.unchanged += static_cast<int64_t>(s.rows.size());
        } else if (!state.latest.empty() && state.latest > header.business_date) {
          result.rejections.push_back({s.first_line, "client",
                                       "a later snapshot of this client (" + state.latest +
                                           ") is already held; an older one cannot replace it"});
        } else {
          fresh.push_back(id);
          result.accepted += static_cast<int64_t>(s.rows.size());
        }
      }
      batchkit::SortRejections(&result.rejections);
      if (!result.rejections.empty()) return;
      result.batch_id =
          storage::IngestRepository::InsertBatch(tx, batch_kind, header.source, header.business_date, who.username,
                                                 result.rows, result.accepted, result.unchanged);
      std::vector<std::string> digests;
      std::vector<int64_t> counts;
      std::vector<std::pair<std::string, const ClientSnapshot*>> written;
      for (const auto& id : fresh) {
        digests.push_back(by_client[id].digest);
        counts.push_back(static_cast<int64_t>(by_client[id].rows.size()));
        written.push_back({id, &by_client[id]});
      }
      write(tx, fresh, written);
      // The day's AUM of each client written (marks its tier for re-evaluation).
      HoldingsRepository::RecomputeAum(tx, header.business_date, fresh);
      // Drawdowns from positions only (a cash withdrawal is not one).
      if (std::string(batch_kind) == "POSITIONS") result.events = RaiseDrawdowns(tx, header.business_date, fresh);
      HoldingsRepository::RecordSnapshots(tx, kind == std::string("positions") ? "POSITIONS" : "CASH",
                                          header.business_date, result.batch_id, fresh, digests, counts);
      batchkit::AuditBatch(tx, who, action, header, result,
                           {{"clients", fresh.size()}, {"drawdown_events", result.events}});
    });
  }
  if (!result.rejections.empty()) {
    result.accepted = result.unchanged = 0;
    result.batch_id = 0;
    storage::InTransaction(pool, {}, [&](pqxx::work& tx) { batchkit::AuditBatch(tx, who, action, header, result); });
  }
  return result;
}

}  // namespace

Result IngestPositions(storage::ConnectionPool& pool, const storage::AuditWho& who, const BatchHeader& header,
                       const std::vector<PositionInput>& rows) {
  auto currency = [](const PositionInput& r) { return r.currency.empty() ? std::string("CNY") : r.currency; };
  auto check = [&](const PositionInput& r, std::vector<Rejection>* out) {
    if (!batchkit::IsCode(r.product_code))
      out->push_back({r.line, "product_code", "must be 1-32 letters, digits, '.', '_' or '-'"});
    else if (r.product_code == "CASH")
      out->push_back({r.line, "product_code", "cash is sent as a cash balance (IngestCashBalances), not a position"});
    if (r.market_value_minor < 0 || r.market_value_minor > domain::kMaxMoneyMinor)
      out->push_back({r.line, "market_value_minor",
                      "must be at least 0 and at most " + domain::MoneyRangeText(0, domain::kMaxMoneyMinor)});
    if (!batchkit::IsCurrency(currency(r)))
      out->push_back({r.line, "currency", "must be an ISO 4217 code such as CNY"});
  };
  auto digest = [&](const std::vector<size_t>& idx, std::string*, std::vector<Rejection>* out) -> std::string {
    std::vector<std::string> lines;
    std::set<std::string> codes;
    std::vector<int64_t> values;
    for (size_t i : idx) {
      const auto& r = rows[i];
      if (!codes.insert(r.product_code).second) {
        out->push_back({r.line, "product_code", "appears twice for this client"});
        return "";
      }
      values.push_back(r.market_value_minor);
      lines.push_back(r.product_code + "\t" + std::to_string(r.market_value_minor) + "\t" + currency(r) + "\n");
    }
    if (!domain::SumMoney(values)) {
      out->push_back(
          {rows[idx.front()].line, "market_value_minor",
           "the client's positions add up to more than " + domain::MoneyRangeText(0, domain::kMaxMoneyMinor)});
      return "";
    }
    std::sort(lines.begin(), lines.end());
    std::string all;
    for (const auto& l : lines) all += l;
    return security::Sha256Hex(all);
  };
  auto write = [&](pqxx::work& tx, const std::vector<std::string>& ids,
                   const std::vector<std::pair<std::string, const ClientSnapshot*>>& written) {
    std::vector<std::string> row_clients;
    std::vector<domain::Holding> holdings;
    for (const auto& [id, s] : written)
      for (size_t i : s->rows) {
        row_clients.push_back(id);
        holdings.push_back(
            {rows[i].product_code, "", currency(rows[i]), header.business_date, rows[i].market_value_minor});
      }
    HoldingsRepository::ApplyPositions(tx, header.business_date, ids, row_clients, holdings);
  };
  return RunSnapshots(pool, who, header, rows, "positions", "POSITIONS", "ingest.positions", check, digest, write);
}

Result IngestCashBalances(storage::ConnectionPool& pool, const storage::AuditWho& who, const BatchHeader& header,
                          const std::vector<CashBalanceInput>& rows) {
  auto currency = [](const CashBalanceInput& r) { return r.currency.empty() ? std::string("CNY") : r.currency; };
  auto check = [&](const CashBalanceInput& r, std::vector<Rejection>* out) {
    if (r.amount_minor < -domain::kMaxMoneyMinor || r.amount_minor > domain::kMaxMoneyMinor)
      out->push_back({r.line, "amount_minor",
                      "must be within " + domain::MoneyRangeText(-domain::kMaxMoneyMinor, domain::kMaxMoneyMinor)});
    if (!batchkit::IsCurrency(currency(r)))
      out->push_back({r.line, "currency", "must be an ISO 4217 code such as CNY"});
  };
  auto digest = [&](const std::vector<size_t>& idx, std::string*, std::vector<Rejection>* out) -> std::string {
    if (idx.size() > 1) {
      out->push_back({rows[idx[1]].line, "client", "the batch has two cash balances of this client"});
      return "";
    }
    const auto& r = rows[idx.front()];
    return security::Sha256Hex(std::to_string(r.amount_minor) + "\t" + currency(r));
  };
  auto write = [&](pqxx::work& tx, const std::vector<std::string>& ids,
                   const std::vector<std::pair<std::string, const ClientSnapshot*>>& written) {
    std::vector<domain::Cash> cash;
    for (const auto& [id, s] : written) {
      const auto& r = rows[s->rows.front()];
      cash.push_back({r.amount_minor, currency(r), header.business_date});
    }
    HoldingsRepository::ApplyCash(tx, header.business_date, ids, cash);
  };
  return RunSnapshots(pool, who, header, rows, "cash", "CASH_BALANCES", "ingest.cash_balances", check, digest, write);
}

}  // namespace crm::usecases::ingest

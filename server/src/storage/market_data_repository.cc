#include "storage/market_data_repository.h"

namespace crm::storage {
namespace {

constexpr Statement kTradesByKey{
    "md_trades_by_key",
    "SELECT t.exchange || '|' || t.trade_ref, t.customer_id::text, t.exchange, t.trade_ref, t.product_code, t.side, "
    "t.currency, to_char(t.trade_time AT TIME ZONE 'Asia/Shanghai', 'HH24:MI:SS'), t.quantity, t.amount_minor, "
    "t.commission_minor FROM trade t JOIN unnest($2::text[], $3::text[]) AS u(x, r) ON t.exchange = u.x AND "
    "t.trade_ref = u.r WHERE t.trading_day = $1::date AND t.trade_ref IS NOT NULL"};
constexpr Statement kInsertTrades{
    "md_insert_trades",
    "INSERT INTO trade (customer_id, trade_time, product_code, side, amount_minor, commission_minor, source, "
    "exchange, trading_day, trade_ref, quantity, currency, batch_id) "
    "SELECT c::uuid, ($2::date + t::time) AT TIME ZONE 'Asia/Shanghai', p, s, a, k, $1, x, $2::date, r, q, cur, $3 "
    "FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[], $10::bigint[], "
    "$11::bigint[], $12::text[], $13::text[]) WITH ORDINALITY AS u(c, x, r, p, s, q, a, k, cur, t, n) ORDER BY n"};

#define CRM_MARGIN_COLUMNS                                                                                         \
  "m.id, m.customer_id::text, m.account_key, m.account_mask, to_char(m.snapshot_time, 'HH24:MI:SS'), m.currency, " \
  "m.pre_balance_minor, m.balance_minor, m.available_minor, m.curr_margin_minor, m.frozen_margin_minor, "          \
  "m.close_profit_minor, m.position_profit_minor, m.commission_minor, m.margin_ratio_bp, m.trading_day::text "
constexpr Statement kMarginByKey{
    "md_margin_by_key",
    "SELECT " CRM_MARGIN_COLUMNS
    "FROM futures_margin m JOIN unnest($2::uuid[], $3::text[], $4::time[]) AS u(c, k, t) ON m.customer_id = u.c AND "
    "m.account_key = u.k AND m.snapshot_time = u.t WHERE m.trading_day = $1::date"};
constexpr Statement kInsertMargin{
    "md_insert_margin",
    "INSERT INTO futures_margin (customer_id, account_key, account_mask, trading_day, snapshot_time, source, "
    "currency, pre_balance_minor, balance_minor, available_minor, curr_margin_minor, frozen_margin_minor, "
    "close_profit_minor, position_profit_minor, commission_minor, margin_ratio_bp, batch_id) "
    "SELECT c::uuid, k, mk, $2::date, t::time, $1, cur, pb, b, av, cm, fm, cp, pp, co, "
    "CASE WHEN cm > 0 THEN GREATEST(LEAST(floor(b::numeric * 10000 / cm), 2000000000), -2000000000)::int END, $3 "
    "FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[], $10::bigint[], "
    "$11::bigint[], $12::bigint[], $13::bigint[], $14::bigint[], $15::bigint[], $16::bigint[]) WITH ORDINALITY "
    "AS u(c, k, mk, t, cur, pb, b, av, cm, fm, cp, pp, co, n) ORDER BY n RETURNING id, customer_id::text || '|' || "
    "account_key || '|' || to_char(snapshot_time, 'HH24:MI:SS')"};
constexpr Statement kNeighbours{
    "md_margin_neighbours",
    "SELECT u.n, p.margin_ratio_bp, COALESCE(p.trading_day::text, ''), p.id IS NOT NULL, EXISTS (SELECT 1 FROM "
    "futures_margin l WHERE l.customer_id = m.customer_id AND l.account_key = m.account_key AND l.batch_id <> "
    "m.batch_id AND (l.trading_day, "
    "l.snapshot_time) > (m.trading_day, m.snapshot_time)) FROM unnest($1::bigint[]) WITH ORDINALITY AS u(id, n) "
    "JOIN futures_margin m ON m.id = u.id LEFT JOIN LATERAL (SELECT q.id, q.margin_ratio_bp, q.trading_day FROM "
    "futures_margin q WHERE q.customer_id = m.customer_id AND q.account_key = m.account_key AND (q.trading_day, "
    "q.snapshot_time) < (m.trading_day, m.snapshot_time) ORDER BY q.trading_day DESC, q.snapshot_time DESC LIMIT 1) "
    "p ON true ORDER BY u.n"};
constexpr Statement kDrawdowns{
    "md_drawdowns",
    "SELECT c.id::text, a.aum_minor, h.high, p.aum_minor FROM unnest($1::uuid[]) AS c(id) JOIN "
    "aum_daily a ON a.customer_id = c.id AND a.day = $2::date JOIN LATERAL (SELECT max(aum_minor) AS high FROM "
    "aum_daily WHERE customer_id = c.id AND day >= $2::date - 91 AND day < $2::date) h ON true LEFT JOIN LATERAL "
    "(SELECT aum_minor FROM aum_daily WHERE customer_id = c.id AND day < $2::date ORDER BY day DESC LIMIT 1) p ON "
    "true WHERE h.high > 0 AND a.aum_minor::numeric * 100 <= h.high::numeric * (100 - $3::int)"};
constexpr Statement kThresholds{"md_thresholds", "SELECT code, value FROM ingest_threshold"};

MarginRow MarginOf(const pqxx::row& r) {
  MarginRow m;
  m.id = r[0].as<int64_t>();
  m.customer_id = r[1].as<std::string>();
  m.account_key = r[2].as<std::string>();
  m.account_mask = r[3].as<std::string>();
  m.snapshot_time = r[4].as<std::string>();
  m.currency = r[5].as<std::string>();
  m.pre_balance_minor = r[6].as<int64_t>();
  m.balance_minor = r[7].as<int64_t>();
  m.available_minor = r[8].as<int64_t>();
  m.curr_margin_minor = r[9].as<int64_t>();
  m.frozen_margin_minor = r[10].as<int64_t>();
  m.close_profit_minor = r[11].as<int64_t>();
  m.position_profit_minor = r[12].as<int64_t>();
  m.commission_minor = r[13].as<int64_t>();
  if (!r[14].is_null()) m.margin_ratio_bp = r[14].as<int32_t>();
  m.trading_day = r[15].as<std::string>();
  return m;
}

}  // namespace

const std::vector<Statement>& MarketDataRepository::Statements() {
  static const std::vector<Statement> k{kTradesByKey, kInsertTrades, kMarginByKey, kInsertMargin,
                                        kNeighbours,  kThresholds,   kDrawdowns};
  return k;
}

std::map<std::string, TradeRow> MarketDataRepository::TradesByKey(pqxx::transaction_base& tx, const std::string& day,
                                                                  const std::vector<std::string>& exchanges,
                                                                  const std::vector<std::string>& refs) {
  std::map<std::string, TradeRow> out;
  if (refs.empty()) return out;
  for (const auto& r : tx.exec_prepared(kTradesByKey.name, day, TextArray(exchanges), TextArray(refs))) {
    TradeRow t;
    t.customer_id = r[1].as<std::string>();
    t.exchange = r[2].as<std::string>();
    t.trade_ref = r[3].as<std::string>();
    t.product_code = r[4].as<std::string>();
    t.side = r[5].as<std::string>();
    t.currency = r[6].as<std::string>();
    t.trade_time = r[7].as<std::string>();
    t.quantity = r[8].is_null() ? 0 : r[8].as<int64_t>();
    t.amount_minor = r[9].as<int64_t>();
    t.commission_minor = r[10].as<int64_t>();
    out[r[0].as<std::string>()] = t;
  }
  return out;
}

void MarketDataRepository::InsertTrades(pqxx::transaction_base& tx, int64_t batch_id, const std::string& source,
                                        const std::string& day, const std::vector<TradeRow>& trades) {
  if (trades.empty()) return;
  std::vector<std::string> c, x, r, p, s, cur, t;
  std::vector<int64_t> q, a, k;
  for (const auto& tr : trades) {
    c.push_back(tr.customer_id);
    x.push_back(tr.exchange);
    r.push_back(tr.trade_ref);
    p.push_back(tr.product_code);
    s.push_back(tr.side);
    q.push_back(tr.quantity);
    a.push_back(tr.amount_minor);
    k.push_back(tr.commission_minor);
    cur.push_back(tr.currency);
    t.push_back(tr.trade_time);
  }
  tx.exec_prepared0(kInsertTrades.name, source, day, batch_id, TextArray(c), TextArray(x), TextArray(r), TextArray(p),
                    TextArray(s), IntArray(q), IntArray(a), IntArray(k), TextArray(cur), TextArray(t));
}

std::map<std::string, MarginRow> MarketDataRepository::MarginByKey(pqxx::transaction_base& tx, const std::string& day,
                                                                   const std::vector<MarginRow>& keys) {
  std::map<std::string, MarginRow> out;
  if (keys.empty()) return out;
  std::vector<std::string> c, k, t;
  for (const auto& m : keys) {
    c.push_back(m.customer_id);
    k.push_back(m.account_key);
    t.push_back(m.snapshot_time);
  }
  for (const auto& r : tx.exec_prepared(kMarginByKey.name, day, TextArray(c), TextArray(k), TextArray(t))) {
    MarginRow m = MarginOf(r);
    out[m.customer_id + "|" + m.account_key + "|" + m.snapshot_time] = m;
  }
  return out;
}

std::vector<int64_t> MarketDataRepository::InsertMargin(pqxx::transaction_base& tx, int64_t batch_id,
                                                        const std::string& source, const std::string& day,
                                                        const std::vector<MarginRow>& rows) {
  std::vector<int64_t> ids;
  if (rows.empty()) return ids;
  std::vector<std::string> c, k, mk, t, cur;
  std::vector<int64_t> pb, b, av, cm, fm, cp, pp, co;
  for (const auto& m : rows) {
    c.push_back(m.customer_id);
    k.push_back(m.account_key);
    mk.push_back(m.account_mask);
    t.push_back(m.snapshot_time);
    cur.push_back(m.currency);
    pb.push_back(m.pre_balance_minor);
    b.push_back(m.balance_minor);
    av.push_back(m.available_minor);
    cm.push_back(m.curr_margin_minor);
    fm.push_back(m.frozen_margin_minor);
    cp.push_back(m.close_profit_minor);
    pp.push_back(m.position_profit_minor);
    co.push_back(m.commission_minor);
  }
  // Matched by key: RETURNING's order is not promised.
  std::map<std::string, int64_t> by_key;
  for (const auto& r :
       tx.exec_prepared(kInsertMargin.name, source, day, batch_id, TextArray(c), TextArray(k), TextArray(mk),
                        TextArray(t), TextArray(cur), IntArray(pb), IntArray(b), IntArray(av), IntArray(cm),
                        IntArray(fm), IntArray(cp), IntArray(pp), IntArray(co)))
    by_key[r[1].as<std::string>()] = r[0].as<int64_t>();
  for (const auto& m : rows) ids.push_back(by_key.at(m.customer_id + "|" + m.account_key + "|" + m.snapshot_time));
  return ids;
}

std::vector<MarginNeighbours> MarketDataRepository::MarginNeighboursOf(pqxx::transaction_base& tx,
                                                                       const std::vector<int64_t>& ids) {
  std::vector<MarginNeighbours> out(ids.size());
  if (ids.empty()) return out;
  for (const auto& r : tx.exec_prepared(kNeighbours.name, IntArray(ids))) {
    auto& n = out.at(r[0].as<size_t>() - 1);
    if (r[3].as<bool>()) {
      if (!r[1].is_null()) n.previous_ratio_bp = r[1].as<int32_t>();
      n.previous_day = r[2].as<std::string>();
    }
    n.later_exists = r[4].as<bool>();
  }
  return out;
}

std::vector<MarketDataRepository::Drawdown> MarketDataRepository::Drawdowns(
    pqxx::transaction_base& tx, const std::string& day, const std::vector<std::string>& customer_ids, int64_t pct) {
  std::vector<Drawdown> out;
  if (customer_ids.empty()) return out;
  for (const auto& r : tx.exec_prepared(kDrawdowns.name, TextArray(customer_ids), day, pct))
    out.push_back({r[0].as<std::string>(), r[1].as<int64_t>(), r[2].as<int64_t>(),
                   r[3].is_null() ? std::nullopt : std::optional<int64_t>(r[3].as<int64_t>())});
  return out;
}

std::map<std::string, int64_t> MarketDataRepository::Thresholds(pqxx::transaction_base& tx) {
  std::map<std::string, int64_t> out;
  for (const auto& r : tx.exec_prepared(kThresholds.name)) out[r[0].as<std::string>()] = r[1].as<int64_t>();
  return out;
}

}  // namespace crm::storage

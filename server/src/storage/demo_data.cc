#include "storage/demo_data.h"

namespace crm::storage {
namespace {

// Suitability for the demo book (regulatory.md section 1): a small product
// catalogue R1..R5 and one assessment per client matching its level (taken in
// the last ~2 years, so some have expired and some expire soon).
constexpr Statement kDemoProducts{"demo_products", R"sql(
INSERT INTO product (id, code, name, type, risk, min_investment_minor, currency) VALUES
  (gen_random_uuid(), 'DEMO-MMF',  '现金宝货币基金',       'FUND',            1, 100,        'CNY'),
  (gen_random_uuid(), 'DEMO-BOND', '稳健债券A',            'FUND',            2, 100000,     'CNY'),
  (gen_random_uuid(), 'DEMO-MIX',  '平衡混合基金',         'FUND',            3, 100000,     'CNY'),
  (gen_random_uuid(), 'DEMO-EQ',   '成长股票基金',         'FUND',            4, 100000,     'CNY'),
  (gen_random_uuid(), 'DEMO-PE',   '私募股权一号',         'PRIVATE_FUND',    5, 100000000,  'CNY'),
  (gen_random_uuid(), 'DEMO-SN',   '雪球结构化票据',       'STRUCTURED_NOTE', 5, 10000000,   'CNY')
ON CONFLICT (code) DO NOTHING)sql"};
constexpr Statement kDemoAssessments{"demo_assessments", R"sql(
INSERT INTO suitability_assessment (id, customer_id, questionnaire_version, answers, score, level, forced_lowest,
                                    channel, assess_time, expire_time, assessed_by)
SELECT gen_random_uuid(), c.id, 1, '[]'::jsonb,
       CASE c.risk_level WHEN 'C1_LOWEST' THEN 0 WHEN 'C1' THEN 12 WHEN 'C2' THEN 28 WHEN 'C3' THEN 45
                         WHEN 'C4' THEN 68 ELSE 90 END,
       c.risk_level, c.risk_level = 'C1_LOWEST', 'BRANCH', c.risk_expire_time - INTERVAL '730 days',
       c.risk_expire_time, c.owner_user_id
FROM customer c
WHERE c.request_id LIKE $1 AND c.risk_level IS NOT NULL AND c.risk_expire_time IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM suitability_assessment a WHERE a.customer_id = c.id))sql"};
// The demo book must not contradict itself (issue 25 item 5): each client's
// figures follow from its status. demo_base fixes, per client, today's AUM
// (none for a prospect), the share held in cash and the highest product risk
// its level allows; holdings, cash, the AUM history, trades, cash flows and
// contacts are all derived from it, so today's AUM is exactly holdings + cash,
// a prospect holds and trades nothing, a dormant client has not traded or been
// contacted for months, and the history is a random walk ending at today's AUM.
constexpr Statement kDemoBase{"demo_base", R"sql(
INSERT INTO demo_base (customer_id, status, owner_user_id, hold_risk, aum_today, cash_pct)
SELECT c.id, c.status, c.owner_user_id,
       -- Products within the client's level; one in fifty keeps an older
       -- position above it (what the compliance exceptions list is for).
       CASE WHEN abs(hashtext(c.id::text || 'legacy')) % 50 = 0 THEN 4
            ELSE CASE c.risk_level WHEN 'C1_LOWEST' THEN 1 WHEN 'C1' THEN 1 WHEN 'C2' THEN 2 WHEN 'C3' THEN 3
                                   WHEN 'C4' THEN 4 ELSE 5 END END,
       CASE WHEN c.status = 'PROSPECT' THEN 0
            ELSE (CASE abs(hashtext(c.id::text || 'aum')) % 20 WHEN 0 THEN 1500000000 WHEN 1 THEN 700000000
                  ELSE 2000000 + abs(hashtext(c.id::text || 'base')) % 298000000 END)::bigint END,
       10 + abs(hashtext(c.id::text || 'cash')) % 40
FROM customer c
WHERE c.request_id LIKE $1 AND NOT EXISTS (SELECT 1 FROM customer_metrics m WHERE m.customer_id = c.id))sql"};
// 1 to 3 funds within the allowed risk (distinct by construction), weighted.
constexpr Statement kDemoHoldings{"demo_holdings", R"sql(
INSERT INTO holding (customer_id, product_code, market_value_minor, currency, as_of)
SELECT customer_id, code, (invested * w / sum(w) OVER (PARTITION BY customer_id))::bigint, 'CNY', current_date
FROM (SELECT b.customer_id, b.aum_today * (100 - b.cash_pct) / 100 AS invested,
             (ARRAY['DEMO-MMF','DEMO-BOND','DEMO-MIX','DEMO-EQ','DEMO-SN'])
               [1 + (abs(hashtext(b.customer_id::text || 'p')) + k) % b.hold_risk] AS code,
             10 + abs(hashtext(b.customer_id::text || 'w' || k::text)) % 90 AS w
      FROM demo_base b
      CROSS JOIN LATERAL generate_series(0, abs(hashtext(b.customer_id::text || 'n')) % LEAST(3, b.hold_risk)) AS k
      WHERE b.aum_today > 0) s
ON CONFLICT (customer_id, product_code) DO NOTHING)sql"};
// Cash is what the holdings leave of today's AUM, to the fen.
constexpr Statement kDemoCash{"demo_cash", R"sql(
INSERT INTO cash_balance (customer_id, amount_minor, currency, as_of)
SELECT b.customer_id,
       b.aum_today - COALESCE((SELECT sum(h.market_value_minor) FROM holding h WHERE h.customer_id = b.customer_id), 0),
       'CNY', current_date
FROM demo_base b WHERE b.aum_today > 0
ON CONFLICT (customer_id) DO NOTHING)sql"};
// Month-end AUM for a year and today's: a random walk (each month -4.9% to
// +5.1%) that ends at today's AUM.
constexpr Statement kDemoAum{"demo_aum", R"sql(
INSERT INTO aum_daily (customer_id, day, aum_minor)
SELECT customer_id, day, round(aum_today * exp(walk))::bigint
FROM (SELECT b.customer_id, b.aum_today,
             CASE WHEN g = 0 THEN current_date
                  ELSE (date_trunc('month', current_date) - make_interval(months => g - 1) - INTERVAL '1 day')::date END
               AS day,
             sum(CASE WHEN g = 0 THEN 0
                      ELSE ln(1 + ((abs(hashtext(b.customer_id::text || 'walk' || g::text)) % 1000) - 490) / 10000.0)
                 END) OVER (PARTITION BY b.customer_id ORDER BY g) AS walk
      FROM demo_base b CROSS JOIN generate_series(0, 12) AS g
      WHERE b.aum_today > 0) s
ON CONFLICT DO NOTHING)sql"};
// Fund subscriptions and redemptions of 1-10% of AUM at a 0.15% fee: active
// clients within the last three months, dormant ones only 7 months ago or
// more, prospects never.
constexpr Statement kDemoTrades{"demo_trades", R"sql(
INSERT INTO trade (customer_id, trade_time, product_code, side, amount_minor, commission_minor)
SELECT customer_id, trade_time, code, side, amount, amount * 15 / 10000
FROM (SELECT b.customer_id,
             now() - make_interval(days => CASE WHEN b.status = 'DORMANT' THEN 210 + k * 37
                                                ELSE k * 11 + abs(hashtext(b.customer_id::text || 'd' || k::text)) % 10 END)
               AS trade_time,
             (ARRAY['DEMO-MMF','DEMO-BOND','DEMO-MIX','DEMO-EQ','DEMO-SN'])
               [1 + (abs(hashtext(b.customer_id::text || 'p')) + k) % b.hold_risk] AS code,
             CASE WHEN k % 3 = 0 THEN 'SELL' ELSE 'BUY' END AS side,
             b.aum_today * (1 + abs(hashtext(b.customer_id::text || 'amt' || k::text)) % 10) / 100 AS amount
      FROM demo_base b
      CROSS JOIN LATERAL generate_series(0, CASE WHEN b.status = 'DORMANT' THEN abs(hashtext(b.customer_id::text || 'n')) % 2
                                                 ELSE 1 + abs(hashtext(b.customer_id::text || 'n')) % 7 END) AS k
      WHERE b.aum_today > 0 AND b.status IN ('ACTIVE', 'DORMANT')) s)sql"};
// Deposits and withdrawals of up to 5% of AUM, when the client trades.
constexpr Statement kDemoCashFlows{"demo_cash_flows", R"sql(
INSERT INTO cash_flow (customer_id, flow_date, amount_minor)
SELECT b.customer_id,
       current_date - CASE WHEN b.status = 'DORMANT' THEN 230 + k * 40 ELSE k * 23 END,
       b.aum_today * ((abs(hashtext(b.customer_id::text || 'cf' || k::text)) % 1000) - 450) / 20000
FROM demo_base b CROSS JOIN generate_series(1, 2) AS k
WHERE b.aum_today > 0 AND b.status IN ('ACTIVE', 'DORMANT'))sql"};
// Contacts by the owning manager: a prospect's first call this month, an
// active client's calls and meetings this quarter, a dormant client's last
// contact over half a year ago.
constexpr Statement kDemoInteractions{"demo_interactions", R"sql(
INSERT INTO interaction (customer_id, channel, occurred_time, author_user_id, summary)
SELECT b.customer_id, (ARRAY['PHONE','MEETING','WECOM','PHONE'])[1 + (abs(hashtext(b.customer_id::text || 'ch')) + k) % 4],
       now() - make_interval(days => CASE b.status WHEN 'PROSPECT' THEN 2 + abs(hashtext(b.customer_id::text || 'i')) % 25
                                                   WHEN 'DORMANT' THEN 200 + k * 60
                                                   ELSE 3 + k * 20 + abs(hashtext(b.customer_id::text || 'i' || k::text)) % 15 END,
                             hours => abs(hashtext(b.customer_id::text || 'h' || k::text)) % 9),
       b.owner_user_id,
       CASE b.status
         WHEN 'PROSPECT' THEN (ARRAY['营业部首次接待：了解理财需求，已约下周面谈',
                                     '电话首访：客户关注稳健类产品，待完成风险测评',
                                     '活动签到后回访：客户对基金定投有兴趣'])[1 + abs(hashtext(b.customer_id::text || 's')) % 3]
         WHEN 'DORMANT' THEN (ARRAY['电话回访未接通，已发短信提醒',
                                    '客户表示暂无投资计划，半年后再联系'])[1 + (abs(hashtext(b.customer_id::text || 's')) + k) % 2]
         ELSE (ARRAY['季度持仓回顾：客户认可当前配置',
                     '电话沟通：介绍新发债券基金，客户考虑中',
                     '营业部面谈：调整权益类仓位，已完成适当性匹配',
                     '企业微信推送市场周报，客户回复关注新能源板块'])[1 + (abs(hashtext(b.customer_id::text || 's')) + k) % 4]
       END
FROM demo_base b
CROSS JOIN LATERAL generate_series(0, CASE b.status WHEN 'ACTIVE' THEN 1 + abs(hashtext(b.customer_id::text || 'ni')) % 3
                                                    ELSE 0 END) AS k)sql"};

constexpr Statement kManagers{"demo_managers", R"sql(
SELECT u.id::text, COALESCE(u.team_id::text,''), COALESCE(t.branch_id::text,'')
FROM app_user u JOIN team t ON t.id = u.team_id
WHERE u.role = 'ACCOUNT_MANAGER' AND NOT u.disabled ORDER BY u.username)sql"};
constexpr Statement kClientCount{"demo_client_count", "SELECT count(*) FROM customer"};
constexpr Statement kToday{"demo_today", "SELECT current_date::text"};

}  // namespace

const std::vector<Statement>& DemoData::Statements() {
  static const std::vector<Statement> kAll{kManagers, kClientCount, kToday};
  return kAll;
}

std::vector<DemoData::Manager> DemoData::Managers(pqxx::transaction_base& tx) {
  std::vector<Manager> out;
  for (const auto& r : tx.exec_prepared(kManagers.name))
    out.push_back({r[0].as<std::string>(), r[1].as<std::string>(), r[2].as<std::string>()});
  return out;
}

int64_t DemoData::ClientCount(pqxx::transaction_base& tx) {
  return tx.exec_prepared1(kClientCount.name)[0].as<int64_t>();
}

std::string DemoData::Today(pqxx::transaction_base& tx) { return tx.exec_prepared1(kToday.name)[0].as<std::string>(); }

void DemoData::FillBook(pqxx::transaction_base& tx, const std::string& batch,
                        const std::function<void(const char*)>& phase) {
  // One client's figures for the statements below; gone at commit.
  tx.exec0(
      "CREATE TEMP TABLE demo_base (customer_id uuid PRIMARY KEY, status text, owner_user_id uuid, "
      "hold_risk int, aum_today bigint, cash_pct int) ON COMMIT DROP");
  // Prepared once the table they read exists.
  for (const auto* st : {&kDemoProducts, &kDemoAssessments, &kDemoBase, &kDemoHoldings, &kDemoCash, &kDemoAum,
                         &kDemoTrades, &kDemoCashFlows, &kDemoInteractions})
    tx.conn().prepare(st->name, st->sql);
  tx.exec_prepared0(kDemoProducts.name);
  tx.exec_prepared0(kDemoAssessments.name, batch);
  tx.exec_prepared0(kDemoBase.name, batch);
  tx.exec0("ANALYZE demo_base");
  tx.exec_prepared0(kDemoHoldings.name);
  tx.exec_prepared0(kDemoCash.name);
  phase("suitability, holdings and cash");
  tx.exec_prepared0(kDemoAum.name);
  tx.exec_prepared0(kDemoTrades.name);
  tx.exec_prepared0(kDemoCashFlows.name);
  tx.exec_prepared0(kDemoInteractions.name);
  phase("AUM history, trades, cash flows, contacts");
  // The queue the triggers filled is served by the caller, for the whole book.
  tx.exec0("TRUNCATE tier_dirty");
}

void DemoData::Analyze(pqxx::connection_base& conn) {
  pqxx::nontransaction nt(conn);
  nt.exec0("ANALYZE customer");
}

}  // namespace crm::storage

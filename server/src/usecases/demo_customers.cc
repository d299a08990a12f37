#include "usecases/demo_customers.h"

#include <pqxx/pqxx>
#include <optional>
#include <random>
#include <stdexcept>

#include <spdlog/spdlog.h>

#include "common/clock.h"
#include "domain/customer_rules.h"
#include "security/crypto.h"
#include "security/field_cipher.h"
#include "common/ids.h"
#include "storage/audit_repository.h"
#include "storage/statements.h"
#include "storage/tier_repository.h"

namespace crm::usecases {
namespace {

const char* kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴",   "周",   "徐",  "孙", "马", "朱",
                           "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢",   "宋",   "唐",  "许", "韩", "冯",
                           "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘",   "于",   "蒋",  "蔡", "余", "杜",
                           "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "欧阳", "司马", "上官"};
const char* kGiven[] = {"伟",   "芳",   "娜",   "敏",   "静",   "丽",   "强",   "磊",   "军",  "洋", "勇",
                        "艳",   "杰",   "娟",   "涛",   "明",   "超",   "秀英", "霞",   "平",  "刚", "桂英",
                        "建华", "文",   "华",   "红",   "玉兰", "志强", "晓东", "海燕", "婷",  "雪", "鹏",
                        "宇",   "浩然", "子涵", "欣怡", "梓轩", "思远", "嘉怡", "一鸣", "佳琪"};
struct Region {
  const char* code;
  const char* district;
};
const Region kRegions[] = {{"110105", "北京市朝阳区"}, {"110108", "北京市海淀区"}, {"310115", "上海市浦东新区"},
                           {"310104", "上海市徐汇区"}, {"440305", "深圳市南山区"}, {"440106", "广州市天河区"},
                           {"330106", "杭州市西湖区"}, {"320106", "南京市鼓楼区"}, {"510107", "成都市武侯区"},
                           {"420106", "武汉市武昌区"}};
// Written as the firm's staff write them (the workstation shows them as typed).
const char* kOccupations[] = {"工程师", "教师", "医生",   "企业主", "公务员",
                              "退休",   "律师", "会计师", "销售",   "科研人员"};
const char* kSources[] = {"营业部到访", "转介绍", "线上开户", "活动", "银行渠道"};

std::string PrcId(const std::string& region, int y, int m, int d, int seq) {
  char body[18];
  std::snprintf(body, sizeof body, "%s%04d%02d%02d%03d", region.c_str(), y, m, d, seq % 1000);
  static const int kW[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static const char kC[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (body[i] - '0') * kW[i];
  return std::string(body, 17) + kC[sum % 11];
}

template <size_t N>
const char* Pick(std::mt19937& rng, const char* (&items)[N]) {
  return items[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

std::string Hex(const std::vector<uint8_t>& b) { return "\\x" + security::HexEncode(b); }

// Suitability for the demo book (regulatory.md section 1): a small product
// catalogue R1..R5 and one assessment per client matching its level (taken in
// the last ~2 years, so some have expired and some expire soon).
constexpr storage::Statement kDemoProducts{"demo_products", R"sql(
INSERT INTO product (id, code, name, type, risk, min_investment_minor, currency) VALUES
  (gen_random_uuid(), 'DEMO-MMF',  '现金宝货币基金',       'FUND',            1, 100,        'CNY'),
  (gen_random_uuid(), 'DEMO-BOND', '稳健债券A',            'FUND',            2, 100000,     'CNY'),
  (gen_random_uuid(), 'DEMO-MIX',  '平衡混合基金',         'FUND',            3, 100000,     'CNY'),
  (gen_random_uuid(), 'DEMO-EQ',   '成长股票基金',         'FUND',            4, 100000,     'CNY'),
  (gen_random_uuid(), 'DEMO-PE',   '私募股权一号',         'PRIVATE_FUND',    5, 100000000,  'CNY'),
  (gen_random_uuid(), 'DEMO-SN',   '雪球结构化票据',       'STRUCTURED_NOTE', 5, 10000000,   'CNY')
ON CONFLICT (code) DO NOTHING)sql"};
constexpr storage::Statement kDemoAssessments{"demo_assessments", R"sql(
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
constexpr storage::Statement kDemoBase{"demo_base", R"sql(
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
constexpr storage::Statement kDemoHoldings{"demo_holdings", R"sql(
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
constexpr storage::Statement kDemoCash{"demo_cash", R"sql(
INSERT INTO cash_balance (customer_id, amount_minor, currency, as_of)
SELECT b.customer_id,
       b.aum_today - COALESCE((SELECT sum(h.market_value_minor) FROM holding h WHERE h.customer_id = b.customer_id), 0),
       'CNY', current_date
FROM demo_base b WHERE b.aum_today > 0
ON CONFLICT (customer_id) DO NOTHING)sql"};
// Month-end AUM for a year and today's: a random walk (each month -4.9% to
// +5.1%) that ends at today's AUM.
constexpr storage::Statement kDemoAum{"demo_aum", R"sql(
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
constexpr storage::Statement kDemoTrades{"demo_trades", R"sql(
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
constexpr storage::Statement kDemoCashFlows{"demo_cash_flows", R"sql(
INSERT INTO cash_flow (customer_id, flow_date, amount_minor)
SELECT b.customer_id,
       current_date - CASE WHEN b.status = 'DORMANT' THEN 230 + k * 40 ELSE k * 23 END,
       b.aum_today * ((abs(hashtext(b.customer_id::text || 'cf' || k::text)) % 1000) - 450) / 20000
FROM demo_base b CROSS JOIN generate_series(1, 2) AS k
WHERE b.aum_today > 0 AND b.status IN ('ACTIVE', 'DORMANT'))sql"};
// Contacts by the owning manager: a prospect's first call this month, an
// active client's calls and meetings this quarter, a dormant client's last
// contact over half a year ago.
constexpr storage::Statement kDemoInteractions{"demo_interactions", R"sql(
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

}  // namespace

DemoSeedResult SeedDemoCustomers(const std::string& owner_conninfo, int64_t count, uint32_t seed,
                                 const std::string& operator_name,
                                 const std::function<void(int64_t, int64_t)>& progress) {
  auto cipher = security::FieldCipher::Process();
  pqxx::connection conn(owner_conninfo);
  storage::PrepareAll(conn);
  pqxx::work tx(conn);
  struct Manager {
    std::string id, team, branch;
  };
  std::vector<Manager> managers;
  for (const auto& r : tx.exec("SELECT u.id::text, COALESCE(u.team_id::text,''), COALESCE(t.branch_id::text,'') "
                               "FROM app_user u JOIN team t ON t.id = u.team_id "
                               "WHERE u.role = 'ACCOUNT_MANAGER' AND NOT u.disabled ORDER BY u.username"))
    managers.push_back({r[0].as<std::string>(), r[1].as<std::string>(), r[2].as<std::string>()});
  if (managers.empty()) throw std::runtime_error("create account managers first: clients need an owner");

  const int64_t base = tx.exec("SELECT count(*) FROM customer")[0][0].as<int64_t>();
  std::mt19937 rng(seed + static_cast<uint32_t>(base));
  const TimePoint now = std::chrono::system_clock::now();
  const std::vector<std::string> columns{
      "id",         "request_id",      "kind",           "name",           "gender",        "birth_date",
      "id_type",    "id_number_enc",   "id_number_bidx", "id_number_mask", "phone_enc",     "phone_bidx",
      "phone_mask", "email_enc",       "email_mask",     "address_enc",    "district",      "occupation",
      "source",     "status",          "risk_level",     "tier",           "owner_user_id", "team_id",
      "branch_id",  "risk_expire_time"};
  // Each client's securities account (and every third a linked bank card),
  // encrypted like AddAccount does, streamed after the clients.
  struct DemoAccount {
    std::string id, customer_id, kind, number, open_date;
  };
  std::vector<DemoAccount> accounts;
  accounts.reserve(static_cast<size_t>(count + count / 3 + 1));
  pqxx::stream_to out(tx, "customer", columns);
  const char* statuses[] = {"ACTIVE", "ACTIVE", "ACTIVE", "DORMANT", "PROSPECT"};
  const char* risks[] = {"C1", "C2", "C3", "C3", "C4", "C5", "C1_LOWEST"};
  for (int64_t i = 0; i < count; ++i) {
    const Manager& m = managers[static_cast<size_t>(i) % managers.size()];
    const Region& region = kRegions[std::uniform_int_distribution<int>(0, 9)(rng)];
    int y = std::uniform_int_distribution<int>(1950, 2003)(rng);
    int mo = std::uniform_int_distribution<int>(1, 12)(rng);
    int d = std::uniform_int_distribution<int>(1, 28)(rng);
    const int64_t serial = base + i;
    std::string name = std::string(Pick(rng, kSurnames)) + Pick(rng, kGiven);
    std::string id_number = PrcId(region.code, y, mo, d, 900 + static_cast<int>(serial % 100));
    char phone[16];
    std::snprintf(phone, sizeof phone, "1%d%09lld", 3 + static_cast<int>(serial % 7),
                  static_cast<long long>(serial % 1000000000));
    std::string email = "client" + std::to_string(serial) + "@example.com";
    std::string address = std::string(region.district) + "示例路" + std::to_string(1 + serial % 999) + "号";
    // The client id is made here so the ciphertexts can be bound to it.
    const std::string id = NewUuid();
    char birth[16];
    std::snprintf(birth, sizeof birth, "%04d-%02d-%02d", y, mo, d);
    auto enc = [&](const char* field, const std::string& v) {
      return Hex(cipher->Encrypt(v, "customer." + std::string(field) + ":" + id));
    };
    out << std::make_tuple(id, "demo-" + std::to_string(seed) + "-" + std::to_string(serial), "INDIVIDUAL", name,
                           (serial % 2) ? "M" : "F", std::string(birth), "PRC_ID_CARD", enc("id_number", id_number),
                           cipher->BlindIndex("id_number", id_number), domain::MaskIdNumber(id_number),
                           enc("phone", phone), cipher->BlindIndex("phone", phone), domain::MaskPhone(phone),
                           enc("email", email), domain::MaskEmail(email), enc("address", address),
                           std::string(region.district), std::string(Pick(rng, kOccupations)),
                           std::string(Pick(rng, kSources)), std::string(Pick(rng, statuses)),
                           std::string(Pick(rng, risks)), std::optional<std::string>(), m.id, m.team, m.branch,
                           ToPgTimestamp(now + std::chrono::hours(24 * 730) -
                                         std::chrono::hours(std::uniform_int_distribution<int>(0, 24 * 760)(rng))));
    char opened[16];
    std::snprintf(opened, sizeof opened, "%04d-%02d-%02d", 2005 + static_cast<int>(serial % 19),
                  1 + static_cast<int>(serial % 12), 1 + static_cast<int>(serial % 28));
    char securities[20];
    std::snprintf(securities, sizeof securities, "60%010lld", static_cast<long long>(serial));
    accounts.push_back({NewUuid(), id, "SECURITIES", securities, opened});
    if (serial % 3 == 0) {
      char card[24];
      std::snprintf(card, sizeof card, "622202%013lld", static_cast<long long>(serial));
      accounts.push_back({NewUuid(), id, "BANK", card, opened});
    }
    if (progress && (i + 1) % 10000 == 0) progress(i + 1, count);
  }
  out.complete();
  {
    pqxx::stream_to acc(
        tx, "customer_account",
        std::vector<std::string>{"id", "customer_id", "kind", "number_enc", "number_bidx", "number_mask", "open_date"});
    for (const auto& a : accounts)
      acc << std::make_tuple(
          a.id, a.customer_id, a.kind, Hex(cipher->Encrypt(a.number, "customer_account.number:" + a.id)),
          cipher->BlindIndex("account_number", a.number), domain::MaskAccount(a.number), a.open_date);
    acc.complete();
  }
  // One client's figures for the statements below; gone at commit.
  tx.exec0(
      "CREATE TEMP TABLE demo_base (customer_id uuid PRIMARY KEY, status text, owner_user_id uuid, "
      "hold_risk int, aum_today bigint, cash_pct int) ON COMMIT DROP");
  for (const auto* st : {&kDemoProducts, &kDemoAssessments, &kDemoBase, &kDemoHoldings, &kDemoCash, &kDemoAum,
                         &kDemoTrades, &kDemoCashFlows, &kDemoInteractions})
    conn.prepare(st->name, st->sql);
  const std::string batch = "demo-" + std::to_string(seed) + "-%";
  auto phase = [&, t0 = std::chrono::steady_clock::now()](const char* what) mutable {
    const auto t1 = std::chrono::steady_clock::now();
    spdlog::info("demo seed: {} in {} ms", what,
                 std::chrono::duration_cast<std::chrono::milliseconds>(t1 - t0).count());
    t0 = t1;
  };
  phase("clients");
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
  // The queue the triggers filled is served right here, for the whole book.
  tx.exec0("TRUNCATE tier_dirty");
  {
    const std::string today = tx.exec1("SELECT current_date::text")[0].as<std::string>();
    std::string last;
    while (!(last = storage::TierRepository::RefreshMetricsRange(tx, last, 50000, today)).empty()) {
    }
    phase("metrics");
    if (auto policy = storage::TierRepository::ActivePolicy(tx)) {
      const int blocks = storage::TierRepository::CustomerBlocks(tx).first;
      for (int from = 0; from < blocks; from += 10000)
        storage::TierRepository::ApplyBlocks(tx, *policy, today, from, from + 10000, "");
    }
    phase("tiers");
  }
  storage::AuditRepository::Record(
      tx, {"", operator_name, "ADMIN_CLI", "", "local", ""},
      {"demo.seed", "customer", "", "", storage::AuditOutcome::kOk, {{"customers", count}, {"seed", seed}}});
  tx.commit();
  if (progress) progress(count, count);
  {
    pqxx::nontransaction nt(conn);
    nt.exec0("ANALYZE customer");
  }
  return {count, static_cast<int>(managers.size())};
}

}  // namespace crm::usecases

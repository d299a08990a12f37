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
#include "storage/customer_repository.h"
#include "storage/demo_data.h"
#include "storage/statements.h"
#include "usecases/customer_input.h"
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

}  // namespace

DemoSeedResult SeedDemoCustomers(const std::string& owner_conninfo, int64_t count, uint32_t seed,
                                 const std::string& operator_name,
                                 const std::function<void(int64_t, int64_t)>& progress) {
  auto cipher = security::FieldCipher::Process();
  pqxx::connection conn(owner_conninfo);
  storage::PrepareAll(conn);
  pqxx::work tx(conn);
  const auto managers = storage::DemoData::Managers(tx);
  if (managers.empty()) throw std::runtime_error("create account managers first: clients need an owner");

  const int64_t base = storage::DemoData::ClientCount(tx);
  std::mt19937 rng(seed + static_cast<uint32_t>(base));
  const TimePoint now = std::chrono::system_clock::now();
  // Each client's securities account (and every third a linked bank card),
  // encrypted like AddAccount does, streamed after the clients.
  std::vector<domain::Account> accounts;
  accounts.reserve(static_cast<size_t>(count + count / 3 + 1));
  storage::CustomerRepository::CopyWriter out(tx);
  const char* statuses[] = {"ACTIVE", "ACTIVE", "ACTIVE", "DORMANT", "PROSPECT"};
  const char* risks[] = {"C1", "C2", "C3", "C3", "C4", "C5", "C1_LOWEST"};
  for (int64_t i = 0; i < count; ++i) {
    const auto& m = managers[static_cast<size_t>(i) % managers.size()];
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
      return security::HexEncode(cipher->Encrypt(v, "customer." + std::string(field) + ":" + id));
    };
    domain::Customer c;
    c.id = id;
    c.request_id = "demo-" + std::to_string(seed) + "-" + std::to_string(serial);
    c.kind = "INDIVIDUAL";
    c.name = name;
    c.gender = (serial % 2) ? "M" : "F";
    c.birth_date = birth;
    c.id_type = "PRC_ID_CARD";
    c.id_number_enc_hex = enc("id_number", id_number);
    c.id_number_bidx = cipher->BlindIndex("id_number", id_number);
    c.id_number_mask = domain::MaskIdNumber(id_number);
    c.phone_enc_hex = enc("phone", phone);
    c.phone_bidx = cipher->BlindIndex("phone", phone);
    c.phone_mask = domain::MaskPhone(phone);
    c.email_enc_hex = enc("email", email);
    c.email_mask = domain::MaskEmail(email);
    c.address_enc_hex = enc("address", address);
    c.district = region.district;
    // Drawn in the order the seed has always drawn them (same seed, same book).
    const int expire_back_hours = std::uniform_int_distribution<int>(0, 24 * 760)(rng);
    c.risk_level = Pick(rng, risks);
    c.status = Pick(rng, statuses);
    c.source = Pick(rng, kSources);
    c.occupation = Pick(rng, kOccupations);
    c.owner_user_id = m.id;
    c.team_id = m.team_id;
    c.branch_id = m.branch_id;
    c.risk_expire_time_us = ToEpochMicros(now + std::chrono::hours(24 * 730) - std::chrono::hours(expire_back_hours));
    out.Write(c);
    char opened[16];
    std::snprintf(opened, sizeof opened, "%04d-%02d-%02d", 2005 + static_cast<int>(serial % 19),
                  1 + static_cast<int>(serial % 12), 1 + static_cast<int>(serial % 28));
    char securities[20];
    std::snprintf(securities, sizeof securities, "60%010lld", static_cast<long long>(serial));
    accounts.push_back(NewAccount(id, "SECURITIES", securities, opened));
    if (serial % 3 == 0) {
      char card[24];
      std::snprintf(card, sizeof card, "622202%013lld", static_cast<long long>(serial));
      accounts.push_back(NewAccount(id, "BANK", card, opened));
    }
    if (progress && (i + 1) % 10000 == 0) progress(i + 1, count);
  }
  out.Complete();
  storage::CustomerRepository::CopyInAccounts(tx, accounts);
  const std::string batch = "demo-" + std::to_string(seed) + "-%";
  auto t0 = std::chrono::steady_clock::now();
  auto phase = [&t0](const char* what) {
    const auto t1 = std::chrono::steady_clock::now();
    spdlog::info("demo seed: {} in {} ms", what,
                 std::chrono::duration_cast<std::chrono::milliseconds>(t1 - t0).count());
    t0 = t1;
  };
  phase("clients");
  storage::DemoData::FillBook(tx, batch, phase);
  {
    const std::string today = storage::DemoData::Today(tx);
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
  storage::DemoData::Analyze(conn);
  return {count, static_cast<int>(managers.size())};
}

}  // namespace crm::usecases

#include "domain/tier_rules.h"

#include <regex>
#include <set>

#include "domain/money.h"

namespace crm::domain::tiering {
namespace {

constexpr int kMaxDepth = 6;
constexpr int kMaxLeaves = 64;

const std::set<std::string>& Ops() {
  static const std::set<std::string> kOps{">=", ">", "<=", "<", "=", "!="};
  return kOps;
}

const MetricInfo* FindMetric(const std::string& name) {
  for (const auto& m : Metrics())
    if (name == m.name) return &m;
  return nullptr;
}

std::string ValueText(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  return "";
}

void CheckCondition(const nlohmann::json& c, const std::string& path, int depth, int& leaves,
                    std::vector<FieldViolation>& out) {
  if (!c.is_object()) {
    out.push_back({path, "must be an object: {\"all\": [...]}, {\"any\": [...]} or {\"metric\", \"op\", \"value\"}"});
    return;
  }
  if (depth > kMaxDepth) {
    out.push_back({path, "is nested too deeply (at most " + std::to_string(kMaxDepth) + " levels)"});
    return;
  }
  for (const char* group : {"all", "any"}) {
    if (!c.contains(group)) continue;
    if (c.size() != 1 || !c[group].is_array()) {
      out.push_back({path, std::string("\"") + group + "\" must be the only key and hold a list"});
      return;
    }
    for (size_t i = 0; i < c[group].size(); ++i)
      CheckCondition(c[group][i], path + "." + group + "[" + std::to_string(i) + "]", depth + 1, leaves, out);
    return;
  }
  if (++leaves > kMaxLeaves) {
    out.push_back({path, "too many comparisons (at most " + std::to_string(kMaxLeaves) + ")"});
    return;
  }
  const std::string metric = c.value("metric", "");
  const MetricInfo* m = FindMetric(metric);
  if (!m) {
    std::string names;
    for (const auto& x : Metrics()) names += (names.empty() ? "" : ", ") + std::string(x.name);
    out.push_back({path + ".metric", "unknown metric; use one of " + names});
  }
  if (!Ops().count(c.value("op", ""))) out.push_back({path + ".op", "must be one of >=, >, <=, <, =, !="});
  if (!c.contains("value")) {
    out.push_back({path + ".value", "is required", crm::v1::FieldProblem::REQUIRED});
  } else if (m) {
    const std::string text = ValueText(c["value"]);
    int64_t minor = 0;
    static const std::regex kInt("-?[0-9]{1,12}");
    if (m->money ? !ParseYuan(text, &minor) : !std::regex_match(text, kInt))
      out.push_back({path + ".value", m->money
                                          ? "must be an amount in yuan with at most 2 decimals, e.g. \"10000000.00\""
                                          : "must be a whole number"});
    else if (const int64_t v = m->money ? minor : std::stoll(text); v < m->min || v > m->max)
      out.push_back({path + ".value",
                     m->money
                         ? (m->min < 0 ? "must be at most 10,000,000,000,000 yuan either way" : "must not be negative")
                         : "must be between " + std::to_string(m->min) + " and " + std::to_string(m->max)});
  }
  for (const auto& [k, v] : c.items())
    if (k != "metric" && k != "op" && k != "value") out.push_back({path + "." + k, "is not a condition field"});
}

bool AlwaysTrue(const nlohmann::json& c) {
  return c.is_object() && c.size() == 1 && c.contains("all") && c["all"].empty();
}

std::string CompileCondition(const nlohmann::json& c, const std::string& alias, int first_param,
                             std::vector<std::string>& params) {
  for (const char* group : {"all", "any"}) {
    if (!c.contains(group)) continue;
    const auto& items = c[group];
    if (items.empty()) return std::string(group) == "all" ? "TRUE" : "FALSE";
    std::string sql = "(";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) sql += std::string(group) == "all" ? " AND " : " OR ";
      sql += CompileCondition(items[i], alias, first_param, params);
    }
    return sql + ")";
  }
  const MetricInfo* m = FindMetric(c["metric"].get<std::string>());
  std::string op = c["op"].get<std::string>();
  if (op == "!=") op = "<>";
  std::string value = ValueText(c["value"]);
  if (m->money) {
    int64_t minor = 0;
    ParseYuan(value, &minor);
    value = std::to_string(minor);
  }
  params.push_back(value);
  const int n = first_param + static_cast<int>(params.size()) - 1;
  return "(" + alias + "." + m->column + " " + op + " $" + std::to_string(n) + "::bigint)";
}

}  // namespace

const std::vector<MetricInfo>& Metrics() {
  static const std::vector<MetricInfo> kMetrics{
      // Amounts: 0 to 10^15 fen (net flows either way); days: 0 to 100 years
      // ("never" counts from 1900, beyond any threshold); trades: 0 to 100,000.
      {"aum", "aum", true, 0, kMaxMoneyMinor},
      {"avg_aum_3m", "avg_aum_3m", true, 0, kMaxMoneyMinor},
      {"commission_12m", "commission_12m", true, 0, kMaxMoneyMinor},
      {"trades_90d", "trades_90d", false, 0, 100000},
      {"days_since_last_trade", "days_since_last_trade", false, 0, 36500},
      {"net_cash_flow_3m", "net_cash_flow_3m", true, -kMaxMoneyMinor, kMaxMoneyMinor},
      {"days_since_last_interaction", "days_since_last_interaction", false, 0, 36500},
  };
  return kMetrics;
}

bool ParseYuan(const std::string& text, int64_t* minor) {
  static const std::regex kAmount("(-?)([0-9]{1,13})(?:\\.([0-9]{1,2}))?");
  std::smatch m;
  if (!std::regex_match(text, m, kAmount)) return false;
  std::string cents = m[3].str();
  while (cents.size() < 2) cents += '0';
  const int64_t v = std::stoll(m[2].str()) * 100 + std::stoll(cents);
  *minor = m[1].str().empty() ? v : -v;
  return true;
}

std::vector<FieldViolation> Validate(const nlohmann::json& d) {
  std::vector<FieldViolation> out;
  if (!d.is_object() || !d.contains("tiers") || !d["tiers"].is_array()) {
    out.push_back({"definition.tiers", "a policy needs a list of tiers"});
    return out;
  }
  const auto& tiers = d["tiers"];
  if (tiers.size() < 2 || tiers.size() > 20) out.push_back({"definition.tiers", "between 2 and 20 tiers"});
  static const std::regex kTierCode("[A-Z0-9_]{1,20}");
  static const std::regex kTagCode("[a-z0-9_]{1,40}");
  std::set<std::string> codes;
  for (size_t i = 0; i < tiers.size(); ++i) {
    const std::string p = "definition.tiers[" + std::to_string(i) + "]";
    const auto& t = tiers[i];
    if (!t.is_object()) {
      out.push_back({p, "must be an object"});
      continue;
    }
    const std::string code = t.value("code", "");
    if (!std::regex_match(code, kTierCode))
      out.push_back({p + ".code", "1 to 20 of A-Z, 0-9, _"});
    else if (!codes.insert(code).second)
      out.push_back({p + ".code", "is used by another tier"});
    if (t.value("name", "").empty()) out.push_back({p + ".name", "is required", crm::v1::FieldProblem::REQUIRED});
    for (const char* k : {"contact_interval_days", "review_interval_days"})
      if (!t.contains(k) || !t[k].is_number_integer() || t[k].get<int>() < 1 || t[k].get<int>() > 3660)
        out.push_back({p + "." + k, "must be 1 to 3660 days"});
    if (!t.contains("condition")) {
      out.push_back({p + ".condition", "is required", crm::v1::FieldProblem::REQUIRED});
      continue;
    }
    int leaves = 0;
    CheckCondition(t["condition"], p + ".condition", 0, leaves, out);
  }
  // A policy must cover every client: the last tier takes everyone left.
  if (!tiers.empty() && tiers.back().is_object() && !AlwaysTrue(tiers.back().value("condition", nlohmann::json())))
    out.push_back({"definition.tiers[" + std::to_string(tiers.size() - 1) + "].condition",
                   "the last tier is the default and must be {\"all\": []}"});
  if (d.contains("tags")) {
    if (!d["tags"].is_array()) {
      out.push_back({"definition.tags", "must be a list"});
    } else {
      std::set<std::string> tags;
      for (size_t i = 0; i < d["tags"].size(); ++i) {
        const std::string p = "definition.tags[" + std::to_string(i) + "]";
        const auto& t = d["tags"][i];
        const std::string code = t.is_object() ? t.value("code", "") : "";
        if (!std::regex_match(code, kTagCode))
          out.push_back({p + ".code", "1 to 40 of a-z, 0-9, _"});
        else if (!tags.insert(code).second)
          out.push_back({p + ".code", "is used by another tag rule"});
        if (!t.is_object() || !t.contains("condition")) {
          out.push_back({p + ".condition", "is required", crm::v1::FieldProblem::REQUIRED});
          continue;
        }
        int leaves = 0;
        CheckCondition(t["condition"], p + ".condition", 0, leaves, out);
      }
    }
  }
  return out;
}

Definition Parse(const nlohmann::json& d) {
  auto problems = Validate(d);
  if (!problems.empty()) {
    Error e(crm::v1::ErrorReason::POLICY_INVALID, "the tier policy is not valid");
    for (auto& p : problems) e.AddViolation(p.field, p.description);
    throw e;
  }
  Definition out;
  for (const auto& t : d["tiers"])
    out.tiers.push_back({t["code"].get<std::string>(), t["name"].get<std::string>(), t["condition"],
                         t["contact_interval_days"].get<int>(), t["review_interval_days"].get<int>()});
  for (const auto& t : d.value("tags", nlohmann::json::array()))
    out.tags.push_back({t["code"].get<std::string>(), t.value("name", t["code"].get<std::string>()), t["condition"]});
  return out;
}

CompiledPolicy Compile(const Definition& d, int first_param, const std::string& alias) {
  CompiledPolicy c;
  std::string sql = "CASE";
  for (size_t i = 0; i + 1 < d.tiers.size(); ++i)
    sql +=
        " WHEN " + CompileCondition(d.tiers[i].condition, alias, first_param, c.params) + " THEN " + std::to_string(i);
  sql += " ELSE " + std::to_string(d.tiers.size() - 1) + " END";
  c.tier_index_sql = sql;
  for (const auto& t : d.tags) {
    std::string cond = CompileCondition(t.condition, alias, first_param, c.params);
    c.params.push_back(t.code);
    c.tag_sql.push_back("CASE WHEN " + cond + " THEN $" + std::to_string(first_param + c.params.size() - 1) +
                        "::text END");
  }
  c.tier_codes_array = "{";
  for (size_t i = 0; i < d.tiers.size(); ++i) c.tier_codes_array += (i ? "," : "") + d.tiers[i].code;
  c.tier_codes_array += "}";
  return c;
}

}  // namespace crm::domain::tiering

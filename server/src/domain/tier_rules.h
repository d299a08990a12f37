// Tier policies as data (product.md section 2): parsing and validating a
// policy definition (errors name the tier and the condition), and compiling
// its conditions to SQL over whitelisted metric columns with every value a
// bound parameter. First matching tier wins; the last tier is the default.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/error.h"

namespace crm::domain::tiering {

struct MetricInfo {
  const char* name;    // as written in conditions
  const char* column;  // column of the metrics row the SQL evaluates
  bool money;          // values in yuan ("10000000.00"), compared in fen
  int64_t min, max;    // the values a condition may compare with (fen for money)
};
const std::vector<MetricInfo>& Metrics();

struct Tier {
  std::string code, name;
  nlohmann::json condition;
  int contact_interval_days = 0, review_interval_days = 0;
};
struct TagRule {
  std::string code, name;
  nlohmann::json condition;
};
struct Definition {
  std::vector<Tier> tiers;
  std::vector<TagRule> tags;
};

// Problems with a definition, each naming its place, e.g.
// "definition.tiers[1].condition.any[0].value". Empty when valid.
std::vector<FieldViolation> Validate(const nlohmann::json& definition);
// Parses a valid definition (throws INVALID_ARGUMENT with the violations otherwise).
Definition Parse(const nlohmann::json& definition);

// "10000000.00" -> 1000000000 fen; false when not a decimal with at most 2
// places or of more than 13 digits before the point, so every amount parsed
// is within the money range (below 10^15 fen, domain/money.h).
bool ParseYuan(const std::string& text, int64_t* minor);

struct CompiledPolicy {
  std::string tier_index_sql;        // CASE ... END: the index of the first matching tier
  std::vector<std::string> tag_sql;  // per tag rule: CASE WHEN ... THEN $n END (the tag code or NULL)
  std::vector<std::string> params;   // values for $first_param, $first_param+1, ...
  std::string tier_codes_array;      // '{D,A,B,C}' for a text[] parameter
};
// Conditions refer to metric columns as <alias>.<column>.
CompiledPolicy Compile(const Definition& d, int first_param, const std::string& alias);

}  // namespace crm::domain::tiering

// The full matching matrix of regulatory.md section 1 (CSRC Order 130), one
// row per cell: 7 client classes x R1..R5 x 3 intents, sold in a branch.
// Read against the table in the spec:
//   allowed when R <= C (or professional); W (mismatch) only on the client's own
//   request with a signed acknowledgement; a recommendation or campaign that
//   would need W is refused; C1-lowest never takes the mismatch path; R4/R5 to
//   an ordinary investor is special care with dual recording in a branch.
#pragma once

#include <string>
#include <vector>

namespace crm::testing {

struct MatrixCell {
  std::string client;  // C1_LOWEST, C1..C5 (ordinary, assessed) or PROFESSIONAL
  int risk;            // R1..R5
  std::string intent;  // RECOMMEND, CLIENT_REQUEST, CAMPAIGN
  std::string decision;
  std::vector<std::string> reasons;
  std::vector<std::string> required_steps;
};

inline const std::vector<MatrixCell>& SuitabilityMatrix() {
  static const std::vector<MatrixCell> kCells = {
    {"C1_LOWEST", 1, "RECOMMEND", "ALLOW", {}, {}},
    {"C1_LOWEST", 1, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"C1_LOWEST", 1, "CAMPAIGN", "ALLOW", {}, {}},
    {"C1_LOWEST", 2, "RECOMMEND", "DENY", {"LOWEST_CATEGORY", "RISK_MISMATCH"}, {}},
    {"C1_LOWEST", 2, "CLIENT_REQUEST", "DENY", {"LOWEST_CATEGORY", "RISK_MISMATCH"}, {}},
    {"C1_LOWEST", 2, "CAMPAIGN", "DENY", {"LOWEST_CATEGORY", "RISK_MISMATCH"}, {}},
    {"C1_LOWEST", 3, "RECOMMEND", "DENY", {"LOWEST_CATEGORY", "RISK_MISMATCH"}, {}},
    {"C1_LOWEST", 3, "CLIENT_REQUEST", "DENY", {"LOWEST_CATEGORY", "RISK_MISMATCH"}, {}},
    {"C1_LOWEST", 3, "CAMPAIGN", "DENY", {"LOWEST_CATEGORY", "RISK_MISMATCH"}, {}},
    {"C1_LOWEST", 4, "RECOMMEND", "DENY", {"LOWEST_CATEGORY", "RISK_MISMATCH"}, {}},
    {"C1_LOWEST", 4, "CLIENT_REQUEST", "DENY", {"LOWEST_CATEGORY", "RISK_MISMATCH"}, {}},
    {"C1_LOWEST", 4, "CAMPAIGN", "DENY", {"LOWEST_CATEGORY", "RISK_MISMATCH"}, {}},
    {"C1_LOWEST", 5, "RECOMMEND", "DENY", {"LOWEST_CATEGORY", "RISK_MISMATCH"}, {}},
    {"C1_LOWEST", 5, "CLIENT_REQUEST", "DENY", {"LOWEST_CATEGORY", "RISK_MISMATCH"}, {}},
    {"C1_LOWEST", 5, "CAMPAIGN", "DENY", {"LOWEST_CATEGORY", "RISK_MISMATCH"}, {}},
    {"C1", 1, "RECOMMEND", "ALLOW", {}, {}},
    {"C1", 1, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"C1", 1, "CAMPAIGN", "ALLOW", {}, {}},
    {"C1", 2, "RECOMMEND", "DENY", {"RISK_MISMATCH", "RECOMMENDATION_ABOVE_LEVEL"}, {}},
    {"C1", 2, "CLIENT_REQUEST", "REQUIRE_ACKNOWLEDGEMENT", {"RISK_MISMATCH"}, {"ACKNOWLEDGEMENT"}},
    {"C1", 2, "CAMPAIGN", "DENY", {"RISK_MISMATCH", "CAMPAIGN_ABOVE_LEVEL"}, {}},
    {"C1", 3, "RECOMMEND", "DENY", {"RISK_MISMATCH", "RECOMMENDATION_ABOVE_LEVEL"}, {}},
    {"C1", 3, "CLIENT_REQUEST", "REQUIRE_ACKNOWLEDGEMENT", {"RISK_MISMATCH"}, {"ACKNOWLEDGEMENT"}},
    {"C1", 3, "CAMPAIGN", "DENY", {"RISK_MISMATCH", "CAMPAIGN_ABOVE_LEVEL"}, {}},
    {"C1", 4, "RECOMMEND", "DENY", {"RISK_MISMATCH", "RECOMMENDATION_ABOVE_LEVEL"}, {}},
    {"C1", 4, "CLIENT_REQUEST", "REQUIRE_ACKNOWLEDGEMENT", {"RISK_MISMATCH", "SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"ACKNOWLEDGEMENT", "DUAL_RECORDING"}},
    {"C1", 4, "CAMPAIGN", "DENY", {"RISK_MISMATCH", "CAMPAIGN_ABOVE_LEVEL"}, {}},
    {"C1", 5, "RECOMMEND", "DENY", {"RISK_MISMATCH", "RECOMMENDATION_ABOVE_LEVEL"}, {}},
    {"C1", 5, "CLIENT_REQUEST", "REQUIRE_ACKNOWLEDGEMENT", {"RISK_MISMATCH", "SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"ACKNOWLEDGEMENT", "DUAL_RECORDING"}},
    {"C1", 5, "CAMPAIGN", "DENY", {"RISK_MISMATCH", "CAMPAIGN_ABOVE_LEVEL"}, {}},
    {"C2", 1, "RECOMMEND", "ALLOW", {}, {}},
    {"C2", 1, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"C2", 1, "CAMPAIGN", "ALLOW", {}, {}},
    {"C2", 2, "RECOMMEND", "ALLOW", {}, {}},
    {"C2", 2, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"C2", 2, "CAMPAIGN", "ALLOW", {}, {}},
    {"C2", 3, "RECOMMEND", "DENY", {"RISK_MISMATCH", "RECOMMENDATION_ABOVE_LEVEL"}, {}},
    {"C2", 3, "CLIENT_REQUEST", "REQUIRE_ACKNOWLEDGEMENT", {"RISK_MISMATCH"}, {"ACKNOWLEDGEMENT"}},
    {"C2", 3, "CAMPAIGN", "DENY", {"RISK_MISMATCH", "CAMPAIGN_ABOVE_LEVEL"}, {}},
    {"C2", 4, "RECOMMEND", "DENY", {"RISK_MISMATCH", "RECOMMENDATION_ABOVE_LEVEL"}, {}},
    {"C2", 4, "CLIENT_REQUEST", "REQUIRE_ACKNOWLEDGEMENT", {"RISK_MISMATCH", "SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"ACKNOWLEDGEMENT", "DUAL_RECORDING"}},
    {"C2", 4, "CAMPAIGN", "DENY", {"RISK_MISMATCH", "CAMPAIGN_ABOVE_LEVEL"}, {}},
    {"C2", 5, "RECOMMEND", "DENY", {"RISK_MISMATCH", "RECOMMENDATION_ABOVE_LEVEL"}, {}},
    {"C2", 5, "CLIENT_REQUEST", "REQUIRE_ACKNOWLEDGEMENT", {"RISK_MISMATCH", "SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"ACKNOWLEDGEMENT", "DUAL_RECORDING"}},
    {"C2", 5, "CAMPAIGN", "DENY", {"RISK_MISMATCH", "CAMPAIGN_ABOVE_LEVEL"}, {}},
    {"C3", 1, "RECOMMEND", "ALLOW", {}, {}},
    {"C3", 1, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"C3", 1, "CAMPAIGN", "ALLOW", {}, {}},
    {"C3", 2, "RECOMMEND", "ALLOW", {}, {}},
    {"C3", 2, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"C3", 2, "CAMPAIGN", "ALLOW", {}, {}},
    {"C3", 3, "RECOMMEND", "ALLOW", {}, {}},
    {"C3", 3, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"C3", 3, "CAMPAIGN", "ALLOW", {}, {}},
    {"C3", 4, "RECOMMEND", "DENY", {"RISK_MISMATCH", "RECOMMENDATION_ABOVE_LEVEL"}, {}},
    {"C3", 4, "CLIENT_REQUEST", "REQUIRE_ACKNOWLEDGEMENT", {"RISK_MISMATCH", "SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"ACKNOWLEDGEMENT", "DUAL_RECORDING"}},
    {"C3", 4, "CAMPAIGN", "DENY", {"RISK_MISMATCH", "CAMPAIGN_ABOVE_LEVEL"}, {}},
    {"C3", 5, "RECOMMEND", "DENY", {"RISK_MISMATCH", "RECOMMENDATION_ABOVE_LEVEL"}, {}},
    {"C3", 5, "CLIENT_REQUEST", "REQUIRE_ACKNOWLEDGEMENT", {"RISK_MISMATCH", "SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"ACKNOWLEDGEMENT", "DUAL_RECORDING"}},
    {"C3", 5, "CAMPAIGN", "DENY", {"RISK_MISMATCH", "CAMPAIGN_ABOVE_LEVEL"}, {}},
    {"C4", 1, "RECOMMEND", "ALLOW", {}, {}},
    {"C4", 1, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"C4", 1, "CAMPAIGN", "ALLOW", {}, {}},
    {"C4", 2, "RECOMMEND", "ALLOW", {}, {}},
    {"C4", 2, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"C4", 2, "CAMPAIGN", "ALLOW", {}, {}},
    {"C4", 3, "RECOMMEND", "ALLOW", {}, {}},
    {"C4", 3, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"C4", 3, "CAMPAIGN", "ALLOW", {}, {}},
    {"C4", 4, "RECOMMEND", "ALLOW", {"SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"DUAL_RECORDING"}},
    {"C4", 4, "CLIENT_REQUEST", "ALLOW", {"SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"DUAL_RECORDING"}},
    {"C4", 4, "CAMPAIGN", "ALLOW", {"SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"DUAL_RECORDING"}},
    {"C4", 5, "RECOMMEND", "DENY", {"RISK_MISMATCH", "RECOMMENDATION_ABOVE_LEVEL"}, {}},
    {"C4", 5, "CLIENT_REQUEST", "REQUIRE_ACKNOWLEDGEMENT", {"RISK_MISMATCH", "SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"ACKNOWLEDGEMENT", "DUAL_RECORDING"}},
    {"C4", 5, "CAMPAIGN", "DENY", {"RISK_MISMATCH", "CAMPAIGN_ABOVE_LEVEL"}, {}},
    {"C5", 1, "RECOMMEND", "ALLOW", {}, {}},
    {"C5", 1, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"C5", 1, "CAMPAIGN", "ALLOW", {}, {}},
    {"C5", 2, "RECOMMEND", "ALLOW", {}, {}},
    {"C5", 2, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"C5", 2, "CAMPAIGN", "ALLOW", {}, {}},
    {"C5", 3, "RECOMMEND", "ALLOW", {}, {}},
    {"C5", 3, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"C5", 3, "CAMPAIGN", "ALLOW", {}, {}},
    {"C5", 4, "RECOMMEND", "ALLOW", {"SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"DUAL_RECORDING"}},
    {"C5", 4, "CLIENT_REQUEST", "ALLOW", {"SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"DUAL_RECORDING"}},
    {"C5", 4, "CAMPAIGN", "ALLOW", {"SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"DUAL_RECORDING"}},
    {"C5", 5, "RECOMMEND", "ALLOW", {"SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"DUAL_RECORDING"}},
    {"C5", 5, "CLIENT_REQUEST", "ALLOW", {"SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"DUAL_RECORDING"}},
    {"C5", 5, "CAMPAIGN", "ALLOW", {"SPECIAL_CARE", "DUAL_RECORDING_REQUIRED"}, {"DUAL_RECORDING"}},
    {"PROFESSIONAL", 1, "RECOMMEND", "ALLOW", {}, {}},
    {"PROFESSIONAL", 1, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"PROFESSIONAL", 1, "CAMPAIGN", "ALLOW", {}, {}},
    {"PROFESSIONAL", 2, "RECOMMEND", "ALLOW", {}, {}},
    {"PROFESSIONAL", 2, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"PROFESSIONAL", 2, "CAMPAIGN", "ALLOW", {}, {}},
    {"PROFESSIONAL", 3, "RECOMMEND", "ALLOW", {}, {}},
    {"PROFESSIONAL", 3, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"PROFESSIONAL", 3, "CAMPAIGN", "ALLOW", {}, {}},
    {"PROFESSIONAL", 4, "RECOMMEND", "ALLOW", {}, {}},
    {"PROFESSIONAL", 4, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"PROFESSIONAL", 4, "CAMPAIGN", "ALLOW", {}, {}},
    {"PROFESSIONAL", 5, "RECOMMEND", "ALLOW", {}, {}},
    {"PROFESSIONAL", 5, "CLIENT_REQUEST", "ALLOW", {}, {}},
    {"PROFESSIONAL", 5, "CAMPAIGN", "ALLOW", {}, {}},
  };
  return kCells;
}

}  // namespace crm::testing

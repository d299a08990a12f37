// Investor suitability as pure rules (CSRC Order 130; regulatory.md section 1):
// questionnaire scoring into C1-lowest..C5, investor classification
// (professional by qualification or on written application), and the
// matching matrix with its mismatch path. No I/O here: the service loads the
// facts, asks these functions and stores what they answered.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"

namespace crm::domain::suitability {

// Client risk tolerance. C1-lowest (最低类别) sits below C1 and never takes
// the mismatch path.
enum class Level { kC1Lowest = 0, kC1 = 1, kC2 = 2, kC3 = 3, kC4 = 4, kC5 = 5 };
std::string_view LevelName(Level level);  // "C1_LOWEST", "C1".."C5"
std::optional<Level> ParseLevel(std::string_view name);

enum class InvestorClass { kOrdinary, kProfessional };
std::string_view InvestorClassName(InvestorClass c);

enum class Intent { kRecommend, kClientRequest, kCampaign };
std::string_view IntentName(Intent intent);

enum class Channel { kBranch, kOnline };
std::string_view ChannelName(Channel channel);

enum class Verdict { kAllow, kRequireAcknowledgement, kDeny };
std::string_view VerdictName(Verdict verdict);

// --- Questionnaire scoring (section 1, "Risk levels") ---
struct Band {
  Level level;
  int min = 0, max = 0;  // inclusive
};
// Default bands (0-100): C1-lowest 0, C1 1-19, C2 20-36, C3 37-53, C4 54-82, C5 83-100.
const std::vector<Band>& DefaultBands();
// The level for a score; an answer that forces the lowest category wins.
// nullopt when no band holds the score (a questionnaire error).
std::optional<Level> LevelForScore(int score, bool forced_lowest, const std::vector<Band>& bands);
// Bands must be contiguous, non-overlapping and ordered; returns the problem or "".
std::string ValidateBands(const std::vector<Band>& bands);

// --- Investor classification (section 1, "Investor class") ---
// Money in minor units (fen); thresholds are inclusive.
struct ClassificationFacts {
  bool institution = false;
  // Licensed financial institution, its product, a pension/charity fund or a
  // QFII/RQFII: professional whatever the figures.
  bool licensed_institution = false;
  int64_t net_assets_minor = 0;  // entities
  int64_t financial_assets_minor = 0;
  int64_t average_income_3y_minor = 0;  // persons
  int investing_years = 0;
  int relevant_work_years = 0;  // persons
  bool senior_manager_financial_institution = false;
  bool certified_professional = false;  // CPA, lawyer, ...
};
struct ClassificationResult {
  bool qualifies = false;
  std::vector<std::string> unmet;  // which criteria failed, by evidence field
};
// Professional by qualification.
ClassificationResult QualifiesAsProfessional(const ClassificationFacts& f);
// Ordinary -> professional on written application (lower thresholds).
ClassificationResult QualifiesOnApplication(const ClassificationFacts& f);

// --- The matching matrix (section 1, "Matching matrix" and "Mismatch path") ---
struct Standing {
  InvestorClass investor_class = InvestorClass::kOrdinary;
  std::optional<Level> level;  // none: never assessed
  bool assessment_expired = false;
};
struct MatchSettings {
  bool block_r1_without_assessment = false;
};
struct MatchOutcome {
  Verdict verdict = Verdict::kDeny;
  std::vector<std::string> reasons;         // RISK_MISMATCH, LOWEST_CATEGORY, NO_ASSESSMENT, ...
  std::vector<std::string> required_steps;  // ASSESSMENT, ACKNOWLEDGEMENT, DUAL_RECORDING, ELECTRONIC_CONFIRMATION
  bool mismatch = false;                    // product risk above the client's level
  bool special_care = false;                // R4/R5 to an ordinary investor
};
// product_risk is 1..5 (R1..R5).
MatchOutcome Match(const Standing& s, int product_risk, Intent intent, Channel channel, const MatchSettings& settings);

// An assessment expires at expire_time exactly: valid while now < expire_time.
inline bool Expired(TimePoint now, TimePoint expire_time) { return now >= expire_time; }

// Whether a holder at this standing may hold a product of this risk without
// the mismatch path (used when a product's risk changes).
bool Matches(InvestorClass c, std::optional<Level> level, int product_risk);

}  // namespace crm::domain::suitability

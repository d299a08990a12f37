#include "domain/suitability_rules.h"

#include <algorithm>

namespace crm::domain::suitability {

namespace {
constexpr int64_t kCny = 100;  // minor units per yuan
}  // namespace

std::string_view LevelName(Level level) {
  switch (level) {
    case Level::kC1Lowest: return "C1_LOWEST";
    case Level::kC1: return "C1";
    case Level::kC2: return "C2";
    case Level::kC3: return "C3";
    case Level::kC4: return "C4";
    case Level::kC5: return "C5";
  }
  return "";
}

std::optional<Level> ParseLevel(std::string_view name) {
  for (Level l : {Level::kC1Lowest, Level::kC1, Level::kC2, Level::kC3, Level::kC4, Level::kC5})
    if (LevelName(l) == name) return l;
  return std::nullopt;
}

std::string_view InvestorClassName(InvestorClass c) {
  return c == InvestorClass::kProfessional ? "PROFESSIONAL" : "ORDINARY";
}

std::string_view IntentName(Intent intent) {
  switch (intent) {
    case Intent::kRecommend: return "RECOMMEND";
    case Intent::kClientRequest: return "CLIENT_REQUEST";
    case Intent::kCampaign: return "CAMPAIGN";
  }
  return "";
}

std::string_view ChannelName(Channel channel) { return channel == Channel::kOnline ? "ONLINE" : "BRANCH"; }

std::string_view VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kAllow: return "ALLOW";
    case Verdict::kRequireAcknowledgement: return "REQUIRE_ACKNOWLEDGEMENT";
    case Verdict::kDeny: return "DENY";
  }
  return "";
}

const std::vector<Band>& DefaultBands() {
  static const std::vector<Band> kBands = {{Level::kC1Lowest, 0, 0}, {Level::kC1, 1, 19},  {Level::kC2, 20, 36},
                                           {Level::kC3, 37, 53},     {Level::kC4, 54, 82}, {Level::kC5, 83, 100}};
  return kBands;
}

std::optional<Level> LevelForScore(int score, bool forced_lowest, const std::vector<Band>& bands) {
  if (forced_lowest) return Level::kC1Lowest;
  for (const auto& b : bands)
    if (score >= b.min && score <= b.max) return b.level;
  return std::nullopt;
}

std::string ValidateBands(const std::vector<Band>& bands) {
  if (bands.size() != 6) return "there must be six bands, C1_LOWEST to C5";
  for (size_t i = 0; i < bands.size(); ++i) {
    if (static_cast<int>(bands[i].level) != static_cast<int>(i)) return "bands must run C1_LOWEST, C1 .. C5 in order";
    if (bands[i].min > bands[i].max) return "band " + std::string(LevelName(bands[i].level)) + " has min above max";
    if (i > 0 && bands[i].min != bands[i - 1].max + 1)
      return "band " + std::string(LevelName(bands[i].level)) + " must start right after the previous one";
  }
  if (bands.front().min != 0) return "the first band must start at 0";
  return "";
}

ClassificationResult QualifiesAsProfessional(const ClassificationFacts& f) {
  ClassificationResult r;
  if (f.institution) {
    if (f.licensed_institution) {
      r.qualifies = true;
      return r;
    }
    // Entity: net assets >= 20,000,000, financial assets >= 10,000,000, >= 2 years investing.
    if (f.net_assets_minor < 20'000'000 * kCny) r.unmet.push_back("net_assets");
    if (f.financial_assets_minor < 10'000'000 * kCny) r.unmet.push_back("financial_assets");
    if (f.investing_years < 2) r.unmet.push_back("investing_years");
  } else {
    // Person: (financial assets >= 5,000,000 or 3-year average income >= 500,000) and
    // (>= 2 years investing, or >= 2 years relevant work, or senior manager, or certified).
    if (f.financial_assets_minor < 5'000'000 * kCny && f.average_income_3y_minor < 500'000 * kCny)
      r.unmet.push_back("financial_assets_or_income");
    if (f.investing_years < 2 && f.relevant_work_years < 2 && !f.senior_manager_financial_institution &&
        !f.certified_professional)
      r.unmet.push_back("experience");
  }
  r.qualifies = r.unmet.empty();
  return r;
}

ClassificationResult QualifiesOnApplication(const ClassificationFacts& f) {
  ClassificationResult r = QualifiesAsProfessional(f);
  if (r.qualifies) return r;
  r.unmet.clear();
  if (f.institution) {
    if (f.net_assets_minor < 10'000'000 * kCny) r.unmet.push_back("net_assets");
    if (f.financial_assets_minor < 5'000'000 * kCny) r.unmet.push_back("financial_assets");
    if (f.investing_years < 1) r.unmet.push_back("investing_years");
  } else {
    if (f.financial_assets_minor < 3'000'000 * kCny && f.average_income_3y_minor < 300'000 * kCny)
      r.unmet.push_back("financial_assets_or_income");
    if (f.investing_years < 1) r.unmet.push_back("investing_years");
  }
  r.qualifies = r.unmet.empty();
  return r;
}

bool Matches(InvestorClass c, std::optional<Level> level, int product_risk) {
  if (c == InvestorClass::kProfessional) return true;
  if (!level) return product_risk <= 1;
  if (*level == Level::kC1Lowest) return product_risk <= 1;
  return product_risk <= static_cast<int>(*level);
}

MatchOutcome Match(const Standing& s, int product_risk, Intent intent, Channel channel, const MatchSettings& settings) {
  MatchOutcome out;
  // Professionals have no C rating and may buy any R.
  if (s.investor_class == InvestorClass::kProfessional) {
    out.verdict = Verdict::kAllow;
    return out;
  }
  // A missing or expired assessment blocks everything but R1 (unless the firm blocks R1 too).
  if (!s.level || s.assessment_expired) {
    out.reasons.push_back(!s.level ? "NO_ASSESSMENT" : "ASSESSMENT_EXPIRED");
    if (product_risk <= 1 && !settings.block_r1_without_assessment) {
      out.verdict = Verdict::kAllow;
    } else {
      out.verdict = Verdict::kDeny;
      out.required_steps.push_back("ASSESSMENT");
    }
    return out;
  }
  const Level level = *s.level;
  if (level == Level::kC1Lowest && product_risk > 1) {
    // C1-lowest can never take the mismatch path, whatever the intent.
    out.verdict = Verdict::kDeny;
    out.mismatch = true;
    out.reasons = {"LOWEST_CATEGORY", "RISK_MISMATCH"};
    return out;
  }
  // C1-lowest, like C1, may hold R1 ("allowed when R <= C").
  out.mismatch = product_risk > std::max(1, static_cast<int>(level));
  if (out.mismatch) {
    out.reasons.push_back("RISK_MISMATCH");
    if (intent != Intent::kClientRequest) {
      // The firm never recommends (or campaigns) above the client's level.
      out.verdict = Verdict::kDeny;
      out.reasons.push_back(intent == Intent::kRecommend ? "RECOMMENDATION_ABOVE_LEVEL" : "CAMPAIGN_ABOVE_LEVEL");
      return out;
    }
    out.verdict = Verdict::kRequireAcknowledgement;
    out.required_steps.push_back("ACKNOWLEDGEMENT");
  } else {
    out.verdict = Verdict::kAllow;
  }
  // Any sale of R4/R5 to an ordinary investor: special care, with dual
  // recording in a branch or an electronic confirmation trail online.
  if (product_risk >= 4) {
    out.special_care = true;
    out.reasons.push_back("SPECIAL_CARE");
    if (channel == Channel::kBranch) {
      out.reasons.push_back("DUAL_RECORDING_REQUIRED");
      out.required_steps.push_back("DUAL_RECORDING");
    } else {
      out.reasons.push_back("ELECTRONIC_CONFIRMATION_REQUIRED");
      out.required_steps.push_back("ELECTRONIC_CONFIRMATION");
    }
  }
  return out;
}

}  // namespace crm::domain::suitability

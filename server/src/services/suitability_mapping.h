// proto <-> suitability's domain types (domain/suitability.h).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/clock.h"
#include "crm/v1/suitability.pb.h"
#include "domain/suitability_rules.h"
#include "domain/product.h"
#include "domain/suitability.h"

namespace crm::services::suitability {

namespace sr = crm::domain::suitability;

crm::v1::RiskLevel LevelToProto(const std::string& level);  // "" -> unspecified
std::string LevelFromProto(crm::v1::RiskLevel level);       // unspecified -> ""
crm::v1::InvestorClass ClassToProto(const std::string& c);
crm::v1::SalesChannel ChannelToProto(const std::string& c);
sr::Channel ChannelFromProto(crm::v1::SalesChannel c);

// A questionnaire <-> proto (BandsOf: an unknown level makes its band invalid).
void QuestionnaireToProto(const domain::Questionnaire& q, crm::v1::Questionnaire* out);
domain::Questionnaire QuestionnaireOf(const crm::v1::Questionnaire& q);
std::vector<sr::Band> BandsOf(const crm::v1::Questionnaire& q);

void AssessmentToProto(const domain::Assessment& row, TimePoint now, crm::v1::Assessment* out);
void ClassificationToProto(const domain::Classification& row, crm::v1::InvestorClassification* out);
void ProductToProto(const domain::Product& row, crm::v1::Product* out);
std::string ProductEtag(const domain::Product& row);
void EvidenceToProto(const domain::Evidence& row, crm::v1::Evidence* out);
// The check with its evidence and the steps still missing.
void CheckToProto(const domain::SuitabilityCheck& row, const std::vector<domain::Evidence>& evidence,
                  int check_valid_minutes, crm::v1::SuitabilityCheck* out);
void SaleToProto(const domain::Sale& row, crm::v1::Sale* out);
void SettingsToProto(const domain::SuitabilitySettings& row, crm::v1::SuitabilitySettings* out);

// Lowercase 64-hex SHA-256?
bool IsSha256Hex(const std::string& s);

inline int64_t MicrosOf(TimePoint t) {
  return std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count();
}
inline TimePoint FromMicros(int64_t us) { return TimePoint(std::chrono::microseconds(us)); }
inline bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace crm::services::suitability

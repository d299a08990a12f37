// proto <-> stored suitability rows, and the questionnaire's JSON form.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/clock.h"
#include "crm/v1/suitability.pb.h"
#include "domain/suitability_rules.h"
#include "storage/suitability_repository.h"

namespace crm::services::suitability {

namespace sr = crm::domain::suitability;

crm::v1::RiskLevel LevelToProto(const std::string& level);  // "" -> unspecified
std::string LevelFromProto(crm::v1::RiskLevel level);       // unspecified -> ""
crm::v1::InvestorClass ClassToProto(const std::string& c);
crm::v1::SalesChannel ChannelToProto(const std::string& c);
sr::Channel ChannelFromProto(crm::v1::SalesChannel c);

// Questionnaire content (the jsonb column) <-> proto.
void QuestionnaireToProto(const storage::QuestionnaireRow& row, crm::v1::Questionnaire* out);
std::vector<sr::Band> BandsOf(const crm::v1::Questionnaire& q);
nlohmann::json QuestionnaireContent(const crm::v1::Questionnaire& q);

void AssessmentToProto(const storage::AssessmentRow& row, TimePoint now, crm::v1::Assessment* out);
void ClassificationToProto(const storage::ClassificationRow& row, crm::v1::InvestorClassification* out);
nlohmann::json EvidenceJson(const crm::v1::ClassificationEvidence& e);
void ProductToProto(const storage::ProductRow& row, crm::v1::Product* out);
std::string ProductEtag(const storage::ProductRow& row);
void EvidenceToProto(const storage::EvidenceRow& row, crm::v1::Evidence* out);
// The check with its evidence and the steps still missing.
void CheckToProto(const storage::CheckRow& row, const std::vector<storage::EvidenceRow>& evidence,
                  int check_valid_minutes, crm::v1::SuitabilityCheck* out);
std::vector<std::string> MissingSteps(const storage::CheckRow& row, const std::vector<storage::EvidenceRow>& evidence);
void SaleToProto(const storage::SaleRow& row, crm::v1::Sale* out);
void SettingsToProto(const storage::SuitabilitySettingsRow& row, crm::v1::SuitabilitySettings* out);

// Lowercase 64-hex SHA-256?
bool IsSha256Hex(const std::string& s);

inline int64_t MicrosOf(TimePoint t) {
  return std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count();
}
inline TimePoint FromMicros(int64_t us) { return TimePoint(std::chrono::microseconds(us)); }
inline bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace crm::services::suitability

// Use cases of suitability (regulatory.md section 1): questionnaires,
// assessments, investor classification, a client's suitability profile and
// the configurable settings; the check, its evidence and the sale it allows,
// and the compliance exceptions are usecases/suitability_sales.h. Over domain
// types (ADR 0015); services/suitability_service.cc turns protos into these
// and back. The rules are domain/suitability_rules.h. Times come from the
// caller (the server's clock).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "common/clock.h"
#include "domain/customer.h"
#include "domain/suitability.h"
#include "usecases/request_tx.h"

namespace crm::usecases::suitability {

// version 0: the newest. NOT_FOUND when there is none.
domain::Questionnaire GetQuestionnaire(Caller& caller, int version);
// Publishes a new version (the service checks its structure first).
domain::Questionnaire PublishQuestionnaire(Caller& caller, const domain::Questionnaire& questionnaire);

// Scores the client's answers against a questionnaire version (0: newest),
// records the assessment with its expiry (the settings' validity) and keeps
// the client's level; each bad answer named (answers[i].question_id, ...).
struct AssessmentInput {
  std::string customer_id;
  int questionnaire_version = 0;
  std::vector<std::pair<std::string, std::string>> answers;  // question id, option id
  std::string channel;                                       // BRANCH, ONLINE
};
domain::Assessment SubmitAssessment(Caller& caller, const AssessmentInput& input, TimePoint now);

// Classifies the investor on the evidence: QUALIFICATION (professional when
// the facts qualify), APPLICATION (APPLICATION_THRESHOLDS_NOT_MET naming each
// unmet criterion) or OPT_DOWN (ordinary).
struct ClassificationInput {
  std::string customer_id;
  std::string basis;                                           // QUALIFICATION, APPLICATION, OPT_DOWN
  domain::suitability::ClassificationFacts facts;              // institution is the client's kind
  std::vector<std::pair<std::string, std::string>> documents;  // reference, sha256
};
domain::Classification Classify(Caller& caller, const ClassificationInput& input, TimePoint now);

// A client's suitability standing and history (the latest 50 of each).
struct CheckWithEvidence {
  domain::SuitabilityCheck check;
  std::vector<domain::Evidence> evidence;
};
struct Profile {
  std::string customer_id, investor_class;
  domain::SuitabilitySettings settings;
  std::vector<domain::Assessment> assessments;  // newest first
  std::vector<domain::Classification> classifications;
  std::vector<CheckWithEvidence> checks;
  std::vector<domain::Sale> sales;
};
Profile GetProfile(Caller& caller, const std::string& customer_id);

domain::SuitabilitySettings GetSettings(Caller& caller);
// ETAG_MISMATCH when the settings changed since expected_version was read.
domain::SuitabilitySettings UpdateSettings(Caller& caller, const domain::SuitabilitySettings& settings,
                                           int expected_version, const std::string& reason);

}  // namespace crm::usecases::suitability

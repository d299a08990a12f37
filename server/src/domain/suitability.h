// Suitability records as the use cases see them (regulatory.md section 1):
// settings, questionnaires (and their content), assessments, investor
// classifications, checks, evidence, sales, and the compliance exceptions.
// Times are microseconds since the epoch. The rules that decide are
// domain/suitability_rules.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/error.h"
#include "domain/suitability_rules.h"

namespace crm::domain {

struct SuitabilitySettings {
  int validity_days = 730;
  bool block_r1_without_assessment = false;
  int check_valid_minutes = 1440;
  int version = 1;
};

// A published questionnaire as stored: its content is JSON (QuestionnaireContent).
struct QuestionnaireRecord {
  int version = 0;
  std::string title;
  std::string content_json;
  int64_t publish_time_us = 0;
};

// A questionnaire's content: questions with scored options, and the score
// bands that give a level.
struct QuestionOption {
  std::string id, text, text_en;
  int score = 0;
  bool forces_lowest = false;
};
struct Question {
  std::string id, text, text_en;
  std::vector<QuestionOption> options;
};
struct Questionnaire {
  int version = 0;
  std::string title, title_en;
  std::vector<Question> questions;
  std::vector<suitability::Band> bands;
  int64_t publish_time_us = 0;
};
// The content as stored and back (throws std::exception on malformed JSON).
std::string QuestionnaireContent(const Questionnaire& q);
Questionnaire ParseQuestionnaire(const QuestionnaireRecord& record);

// Scores answers (question id, option id) against the questionnaire: every
// question exactly once with one of its options, else each problem goes to v
// under answers[i].question_id / .option_id or answers. The JSON of the
// answers as recorded is returned with the score.
struct ScoredAnswers {
  int score = 0;
  bool forced_lowest = false;
  std::string answers_json;
};
ScoredAnswers ScoreAnswers(const Questionnaire& q, const std::vector<std::pair<std::string, std::string>>& answers,
                           Validation& v);

struct Assessment {
  std::string id, customer_id;
  int questionnaire_version = 0;
  std::string answers_json;
  int score = 0;
  std::string level;
  bool forced_lowest = false;
  std::string channel;
  int64_t assess_time_us = 0, expire_time_us = 0;
  std::string assessed_by;
};

struct Classification {
  std::string id, customer_id, investor_class, basis, evidence_json;
  std::vector<std::string> unmet;
  int64_t decide_time_us = 0;
  std::string decided_by;
};

struct SuitabilityCheck {
  std::string id, customer_id, product_id, intent, channel, decision;
  std::vector<std::string> reasons, required_steps;
  std::string client_level, investor_class;
  int product_risk = 1;
  std::string assessment_id;
  bool special_care = false, mismatch = false;
  int64_t check_time_us = 0;
  std::string checked_by;
  std::string product_code, product_name;  // joined on read
};

struct Evidence {
  std::string id, check_id, kind, reference, sha256;
  std::optional<int64_t> confirm_time_us;
  int duration_seconds = 0;
  std::string recorded_by_name;
  int64_t create_time_us = 0;
  std::string created_by;
};

// The steps a check requires that its evidence does not show yet.
std::vector<std::string> MissingSteps(const SuitabilityCheck& check, const std::vector<Evidence>& evidence);

struct Sale {
  std::string id, request_id, check_id, customer_id, product_id;
  int64_t amount_minor = 0;
  std::string currency;
  bool special_care = false, mismatch = false;
  int64_t sale_time_us = 0;
  std::string sold_by;
};

struct Holder {
  std::string customer_id, customer_name, risk_level, investor_class;
  std::optional<int64_t> risk_expire_time_us;
};

struct SuitabilityException {
  std::string kind, customer_id, customer_name, risk_level, product_code, sale_id, currency;
  std::string owner_user_id, team_id, branch_id;  // for the scope check
  int product_risk = 0;
  int64_t time_us = 0, amount_minor = 0;
  std::string owner_name;
  // "<customer id>|sale|<sale id>", "<customer id>|expiring|<expiry us>", "<customer id>|holding|<code>"
  std::string key;
  std::optional<std::string> review_note;  // the latest review, if any
  std::string reviewer_user_id, reviewer_name;
  int64_t review_time_us = 0;
};

}  // namespace crm::domain

#include "domain/suitability.h"

#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

namespace crm::domain {

std::string QuestionnaireContent(const Questionnaire& q) {
  nlohmann::json questions = nlohmann::json::array();
  for (const auto& pq : q.questions) {
    nlohmann::json options = nlohmann::json::array();
    for (const auto& o : pq.options) {
      nlohmann::json jo{{"id", o.id}, {"text", o.text}, {"text_en", o.text_en}, {"score", o.score}};
      if (o.forces_lowest) jo["forces_lowest"] = true;
      options.push_back(jo);
    }
    questions.push_back({{"id", pq.id}, {"text", pq.text}, {"text_en", pq.text_en}, {"options", options}});
  }
  nlohmann::json bands = nlohmann::json::array();
  for (const auto& b : q.bands)
    bands.push_back({{"level", std::string(suitability::LevelName(b.level))}, {"min", b.min}, {"max", b.max}});
  return nlohmann::json{{"title_en", q.title_en}, {"questions", questions}, {"bands", bands}}.dump();
}

Questionnaire ParseQuestionnaire(const QuestionnaireRecord& record) {
  const auto content = nlohmann::json::parse(record.content_json);
  Questionnaire q;
  q.version = record.version;
  q.title = record.title;
  q.title_en = content.value("title_en", "");
  q.publish_time_us = record.publish_time_us;
  for (const auto& jq : content.at("questions")) {
    Question pq;
    pq.id = jq.at("id").get<std::string>();
    pq.text = jq.value("text", "");
    pq.text_en = jq.value("text_en", "");
    for (const auto& o : jq.at("options"))
      pq.options.push_back({o.at("id").get<std::string>(), o.value("text", ""), o.value("text_en", ""),
                            o.value("score", 0), o.value("forces_lowest", false)});
    q.questions.push_back(std::move(pq));
  }
  for (const auto& b : content.at("bands")) {
    auto level = suitability::ParseLevel(b.at("level").get<std::string>());
    q.bands.push_back({level.value_or(suitability::Level::kC1Lowest), b.at("min").get<int>(), b.at("max").get<int>()});
  }
  return q;
}

ScoredAnswers ScoreAnswers(const Questionnaire& q, const std::vector<std::pair<std::string, std::string>>& answers,
                           Validation& v) {
  ScoredAnswers out;
  std::map<std::string, const Question*> questions;
  for (const auto& pq : q.questions) questions[pq.id] = &pq;
  std::set<std::string> answered;
  nlohmann::json recorded = nlohmann::json::array();
  for (size_t i = 0; i < answers.size(); ++i) {
    const auto& [question_id, option_id] = answers[i];
    const std::string f = "answers[" + std::to_string(i) + "]";
    auto it = questions.find(question_id);
    if (it == questions.end()) {
      v.Fail(f + ".question_id", "is not a question of this questionnaire");
      continue;
    }
    if (!answered.insert(question_id).second) {
      v.Fail(f + ".question_id", "is answered twice");
      continue;
    }
    const QuestionOption* chosen = nullptr;
    for (const auto& o : it->second->options)
      if (o.id == option_id) chosen = &o;
    if (!chosen) {
      v.Fail(f + ".option_id", "is not an option of question " + question_id);
      continue;
    }
    out.score += chosen->score;
    out.forced_lowest = out.forced_lowest || chosen->forces_lowest;
    recorded.push_back({{"question_id", question_id}, {"option_id", option_id}});
  }
  for (const auto& pq : q.questions)
    if (!answered.count(pq.id)) v.Fail("answers", "question " + pq.id + " is not answered");
  out.answers_json = recorded.dump();
  return out;
}

std::vector<std::string> MissingSteps(const SuitabilityCheck& check, const std::vector<Evidence>& evidence) {
  std::vector<std::string> missing;
  for (const auto& step : check.required_steps) {
    // ASSESSMENT is met by a new assessment and a new check, never by evidence.
    const bool present = std::any_of(evidence.begin(), evidence.end(), [&](const auto& e) { return e.kind == step; });
    if (!present) missing.push_back(step);
  }
  return missing;
}

}  // namespace crm::domain

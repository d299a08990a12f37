#include "usecases/aml.h"

#include <fstream>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "common/clock.h"
#include "common/utf8.h"
#include "common/error.h"
#include "domain/calendar.h"
#include "domain/money.h"
#include "domain/policy.h"
#include "storage/ingest_repository.h"
#include "storage/transaction.h"
#include "usecases/domain_events.h"

namespace crm::usecases::aml {

using domain::Action;
using storage::AmlRepository;
using storage::AuditOutcome;

namespace {

std::string Today() { return domain::BusinessDateOf(std::chrono::system_clock::now()); }

ReportView ViewOf(const storage::AmlReport& r, const std::string& today) {
  ReportView v;
  v.report = r;
  v.overdue = r.status == "OPEN" && r.due_date < today;
  return v;
}

storage::AmlReport Load(WorkTx& tx, int64_t id) {
  auto r = AmlRepository::Get(tx.work(), id);
  if (!r) throw Error::NotFound("large-value report");
  return *r;
}

}  // namespace

ScreenResult ScreenDay(pqxx::work& tx, const std::vector<std::string>& customer_ids, const std::string& day) {
  ScreenResult out;
  if (customer_ids.empty()) return out;
  const auto rules = AmlRepository::ActiveRules(tx);
  if (rules.empty()) return out;
  const int day_number = *domain::DayNumberOf(day);
  const int year = domain::YearOf(day_number);
  const domain::Calendar calendar = AmlRepository::LoadCalendar(tx, "WORKING", year, year + 1);
  std::set<std::string> ruled;
  for (const auto& r : rules) ruled.insert(r.currency);
  std::map<std::string, std::vector<storage::FlowRow>> by_client;
  for (auto& f : storage::IngestRepository::ScreenedFlows(tx, customer_ids, day)) {
    if (!ruled.count(f.currency)) out.unscreened_currencies.insert(f.currency);
    by_client[f.customer_id].push_back(std::move(f));
  }
  const auto keys = AmlRepository::KeyStates(tx, customer_ids, day);
  std::vector<AmlRepository::NewReport> fresh;
  for (const auto& [customer, flows] : by_client) {
    std::vector<domain::FlowFacts> facts;
    for (const auto& f : flows)
      facts.push_back({f.type, f.counterparty, f.cross_border, f.client_is_natural, f.currency, f.amount_minor});
    for (const auto& hit : domain::DetectLargeValue(rules, facts)) {
      const domain::AmlRule* rule = nullptr;
      for (const auto& r : rules)
        if (r.code == hit.rule_code) rule = &r;
      // Flows already in a report of this rule and direction count toward
      // the day's total but are not reported twice: new ones join the open
      // report, or a supplementary one once it was filed or dismissed.
      const auto it = keys.find(hit.rule_code + "|" + customer + (hit.inflow ? "|IN" : "|OUT"));
      const storage::AmlKeyState none;
      const auto& key = it == keys.end() ? none : it->second;
      std::vector<int64_t> ids;
      int64_t added = 0;
      for (size_t i : hit.flows)
        if (!key.reported_flows.count(flows[i].id)) {
          ids.push_back(flows[i].id);
          added = domain::AddMoney(added, flows[i].amount_minor).value_or(domain::kMaxMoneyMinor);
        }
      if (ids.empty()) continue;
      if (key.open_id) {
        AmlRepository::AddToReport(tx, key.open_id, added, static_cast<int>(ids.size()));
        AmlRepository::LinkFlows(tx, key.open_id, ids);
      } else {
        const auto due = calendar.AddOpenDays(day_number, rule->due_working_days);
        if (due.estimated && !out.estimated_year) out.estimated_year = due.unknown_year;
        fresh.push_back({hit.rule_code, customer, rule->currency, domain::IsoDateOf(due.day_number), hit.inflow,
                         due.estimated, added, key.max_seq + 1, std::move(ids)});
      }
      ++out.reports;
    }
  }
  const auto ids = AmlRepository::InsertReports(tx, day, fresh);
  // A large-value report raised is a domain event for the task engine (a
  // task for compliance, never a message to the client: no tipping off).
  std::vector<events::NewEvent> raised;
  for (size_t i = 0; i < fresh.size(); ++i) {
    const auto& r = fresh[i];
    raised.push_back({r.customer_id, events::kLargeValue, "aml_report:" + std::to_string(ids[i]), day,
                      nlohmann::json{{"report_id", ids[i]},
                                     {"rule", r.rule_code},
                                     {"direction", r.inflow ? "IN" : "OUT"},
                                     {"currency", r.currency},
                                     {"total_minor", r.total_minor},
                                     {"due_date", r.due_date}}
                          .dump()});
  }
  events::Emit(tx, raised);
  return out;
}

std::vector<ReportView> ListReports(Caller& caller, const ListRequest& request) {
  std::vector<ReportView> out;
  const std::string today = Today();
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kAmlReview);
    out.clear();
    storage::AmlReportFilter f{request.status, request.overdue_only, today, request.after_id, request.limit};
    for (const auto& r : AmlRepository::List(tx.work(), f)) out.push_back(ViewOf(r, today));
    tx.Audit({"aml.report.list",
              "aml_report",
              "",
              "",
              AuditOutcome::kOk,
              {{"status", request.status}, {"overdue_only", request.overdue_only}, {"count", out.size()}}});
  });
  return out;
}

ReportView GetReport(Caller& caller, int64_t id) {
  ReportView out;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kAmlReview);
    out = ViewOf(Load(tx, id), Today());
    out.flow_refs = AmlRepository::FlowRefs(tx.work(), id);
    tx.Audit({"aml.report.view",
              "aml_report",
              std::to_string(id),
              "",
              AuditOutcome::kOk,
              {{"customer_id", out.report.customer_id}}});
  });
  return out;
}

ReportView AssignReport(Caller& caller, int64_t id, int version, const std::string& user_id) {
  ReportView out;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kAmlReview);
    const std::string assignee = user_id.empty() ? tx.actor().user_id : user_id;
    if (assignee != tx.actor().user_id) {
      // Only someone who may review large-value reports can be given one.
      auto role = AmlRepository::UserRole(tx.work(), assignee);
      domain::Actor other;
      other.role = role.value_or(domain::Role::kAdmin);
      if (!role || !domain::Authorize(other, Action::kAmlReview).allowed)
        throw Error::InvalidField("assignee_id", "must be a compliance officer");
    }
    auto before = Load(tx, id);
    if (before.status != "OPEN")
      throw Error(crm::v1::ErrorReason::REPORT_CLOSED, "the report is already filed or dismissed");
    if (!AmlRepository::Assign(tx.work(), id, version, assignee))
      throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the report changed since it was read")
          .AddMetadata("current_etag", std::to_string(before.version));
    out = ViewOf(Load(tx, id), Today());
    tx.Audit({"aml.report.assign",
              "aml_report",
              std::to_string(id),
              "",
              AuditOutcome::kOk,
              {{"assignee", assignee}, {"previous", before.assignee_id}}});
  });
  return out;
}

ReportView CloseReport(Caller& caller, int64_t id, int version, const std::string& status, const std::string& reason) {
  if (status != "FILED" && status != "DISMISSED")
    throw Error::InvalidField("status", crm::v1::FieldProblem::NOT_ONE_OF, "must be FILED or DISMISSED");
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
    throw Error::InvalidField("reason", crm::v1::FieldProblem::REQUIRED, "is required");
  if (Utf8Length(reason) > 500)
    throw Error::InvalidField("reason", crm::v1::FieldProblem::TOO_LONG, "is too long", 500);
  ReportView out;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kAmlReview);
    auto before = Load(tx, id);
    if (before.status != "OPEN")
      throw Error(crm::v1::ErrorReason::REPORT_CLOSED, "the report is already filed or dismissed");
    if (!AmlRepository::Close(tx.work(), id, version, status, reason, tx.actor().user_id))
      throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the report changed since it was read")
          .AddMetadata("current_etag", std::to_string(before.version));
    out = ViewOf(Load(tx, id), Today());
    tx.Audit({"aml.report.close",
              "aml_report",
              std::to_string(id),
              reason,
              AuditOutcome::kOk,
              {{"status", status}, {"customer_id", before.customer_id}, {"rule", before.rule_code}}});
  });
  return out;
}

std::vector<storage::AmlReport> AdminListReports(storage::ConnectionPool& pool, const storage::AuditWho& who,
                                                 const ListRequest& request) {
  std::vector<storage::AmlReport> out;
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    storage::AmlReportFilter f{request.status, request.overdue_only, Today(), request.after_id, request.limit};
    out = AmlRepository::List(tx, f);
    storage::AuditRepository::Record(tx, who,
                                     {"aml.report.list",
                                      "aml_report",
                                      "",
                                      "",
                                      AuditOutcome::kOk,
                                      {{"status", request.status}, {"count", out.size()}}});
  });
  return out;
}

std::vector<std::pair<domain::AmlRule, std::string>> Rules(storage::ConnectionPool& pool) {
  std::vector<std::pair<domain::AmlRule, std::string>> out;
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) { out = AmlRepository::AllRules(tx); });
  return out;
}

CalendarLoadResult LoadCalendar(storage::ConnectionPool& pool, const storage::AuditWho& who,
                                const std::string& calendar, int year, const std::string& file) {
  CalendarLoadResult out;
  if (calendar != "WORKING" && calendar != "TRADING")
    throw Error::InvalidField("calendar", crm::v1::FieldProblem::NOT_ONE_OF, "must be working or trading");
  if (year < 2000 || year > 2100) throw Error::InvalidField("year", "must be from 2000 to 2100");
  std::ifstream in(file);
  if (!in) throw Error::InvalidField("file", "cannot be read");
  std::vector<domain::CalendarLine> days;
  std::set<int> seen;
  std::string line;
  int64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (n == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line = line.substr(3);
    if (line.find_first_not_of(" \t\r") == std::string::npos || line[0] == '#') continue;
    if (n == 1 && line.rfind("day", 0) == 0) continue;  // a header row
    std::string field, problem;
    auto parsed = domain::ParseCalendarLine(line, &field, &problem);
    if (!parsed) {
      out.problems.push_back({n, field + ": " + problem});
      continue;
    }
    if (domain::YearOf(parsed->day_number) != year) {
      out.problems.push_back({n, "day: is not in " + std::to_string(year)});
      continue;
    }
    const int wd = domain::WeekdayOf(parsed->day_number);
    if (parsed->open && wd <= 5)
      out.problems.push_back({n, "kind: a WORKDAY must be a Saturday or Sunday"});
    else if (!parsed->open && wd > 5)
      out.problems.push_back({n, "kind: a weekend day is already off"});
    else if (!seen.insert(parsed->day_number).second)
      out.problems.push_back({n, "day: appears twice"});
    else
      days.push_back(*parsed);
  }
  if (!out.problems.empty()) return out;
  for (const auto& d : days) (d.open ? out.workdays : out.holidays)++;
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    out.version = AmlRepository::ReplaceCalendarYear(
        tx, calendar, year, std::filesystem::path(file).filename().string(), who.username, days);
    if (calendar == "WORKING") {
      // Open reports counted without this year (or by its previous version)
      // get their due dates again.
      const auto cal = AmlRepository::LoadCalendar(tx, "WORKING", year - 1, year + 1);
      for (const auto& r : AmlRepository::OpenReportDays(tx, year - 1, year)) {
        const auto due = cal.AddOpenDays(r.day_number, r.due_working_days);
        if (AmlRepository::SetDueDate(tx, r.id, domain::IsoDateOf(due.day_number), due.estimated))
          ++out.reports_redated;
      }
    }
    storage::AuditRepository::Record(tx, who,
                                     {"calendar.load",
                                      "calendar",
                                      calendar + ":" + std::to_string(year),
                                      "",
                                      AuditOutcome::kOk,
                                      {{"version", out.version},
                                       {"holidays", out.holidays},
                                       {"workdays", out.workdays},
                                       {"reports_redated", out.reports_redated}}});
  });
  return out;
}

std::vector<storage::CalendarYearInfo> CalendarYears(storage::ConnectionPool& pool) {
  std::vector<storage::CalendarYearInfo> out;
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) { out = AmlRepository::CalendarYears(tx); });
  return out;
}

}  // namespace crm::usecases::aml

// Anti-money-laundering (regulatory.md section 2; issue 26, ADR 0017):
// large-value screening of a client's day as the ingest lands it, the
// reports compliance works (list, assign, file or dismiss with a reason,
// each audited), and the calendars deadlines are counted by.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "storage/aml_repository.h"
#include "storage/connection_pool.h"
#include "usecases/request_tx.h"

namespace crm::usecases::aml {

// In the ingest's transaction (actor SYSTEM): screens each client's flows of
// `day` against the active rules, raising a report per rule and direction
// that reaches its threshold (or bringing one up to date), due
// due_working_days working days after the day.
struct ScreenResult {
  int64_t reports = 0;                          // raised or updated
  int estimated_year = 0;                       // a due date ran through this unloaded year
  std::set<std::string> unscreened_currencies;  // flows in a currency no active rule names
};
ScreenResult ScreenDay(pqxx::work& tx, const std::vector<std::string>& customer_ids, const std::string& day);

struct ListRequest {
  std::string status;  // "" any
  bool overdue_only = false;
  int64_t after_id = 0;
  int limit = 50;
};
struct ReportView {
  storage::AmlReport report;
  bool overdue = false;
  std::vector<std::string> flow_refs;  // Get only
};
std::vector<ReportView> ListReports(Caller& caller, const ListRequest& request);
ReportView GetReport(Caller& caller, int64_t id);
// Assign to the caller (empty user_id) or to another compliance officer.
ReportView AssignReport(Caller& caller, int64_t id, int version, const std::string& user_id);
// status FILED (reported to the regulator, reason: the filing reference) or
// DISMISSED (reason required).
ReportView CloseReport(Caller& caller, int64_t id, int version, const std::string& status, const std::string& reason);

// `crm-admin aml reports` (audited as the admin) and `crm-admin aml rules`
// (each rule and its description).
std::vector<storage::AmlReport> AdminListReports(storage::ConnectionPool& pool, const storage::AuditWho& who,
                                                 const ListRequest& request);
std::vector<std::pair<domain::AmlRule, std::string>> Rules(storage::ConnectionPool& pool);

// Calendars (`crm-admin calendar load|show`). Lines "YYYY-MM-DD,HOLIDAY|WORKDAY[,note]";
// every day must fall in `year`; all or nothing.
struct CalendarLoadResult {
  int version = 0;
  int reports_redated = 0;  // open large-value reports whose due date the new calendar moved
  int holidays = 0, workdays = 0;
  std::vector<std::pair<int64_t, std::string>> problems;  // (line, "field: problem")
};
CalendarLoadResult LoadCalendar(storage::ConnectionPool& pool, const storage::AuditWho& who,
                                const std::string& calendar, int year, const std::string& file);
std::vector<storage::CalendarYearInfo> CalendarYears(storage::ConnectionPool& pool);

}  // namespace crm::usecases::aml

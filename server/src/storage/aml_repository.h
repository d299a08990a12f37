// Anti-money-laundering data (V0028, ADR 0017): large-value rules as data,
// the reports the ingest raises (one per rule, client, day and direction)
// and the flows in each; compliance lists, assigns and closes them.
// Calendars for deadlines live here too (calendar_year, calendar_day).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "domain/aml.h"
#include "domain/calendar.h"
#include "domain/role.h"
#include "storage/statements.h"

namespace crm::storage {

struct AmlReport {
  int64_t id = 0;
  std::string rule_code, rule_description, customer_id, customer_name, day, direction, currency, due_date, status,
      assignee_id, assignee_name, close_reason;
  int64_t total_minor = 0;
  int flow_count = 0;
  bool due_estimated = false;
  int version = 0;
  int64_t create_time_us = 0, close_time_us = 0;
};

struct AmlKeyState {
  int64_t open_id = 0;
  int max_seq = 0;
  std::set<int64_t> reported_flows;
};

struct AmlReportFilter {
  std::string status;  // "" any; OPEN, FILED, DISMISSED
  bool overdue_only = false;
  std::string today;  // for overdue_only
  int64_t after_id = 0;
  int limit = 50;
};

struct CalendarYearInfo {
  std::string calendar, source, loaded_by;
  int year = 0, version = 0, holidays = 0, workdays = 0;
  int64_t load_time_us = 0;
};

class AmlRepository {
 public:
  static const std::vector<Statement>& Statements();

  static std::vector<domain::AmlRule> ActiveRules(pqxx::transaction_base& tx);
  static std::vector<std::pair<domain::AmlRule, std::string>> AllRules(
      pqxx::transaction_base& tx);  // rule, description

  // The reports of each rule, client and direction of these clients on
  // `day` (two statements): key "rule|customer|IN/OUT" -> the open one (0:
  // none), the highest sequence number, and every flow already in one.
  static std::map<std::string, AmlKeyState> KeyStates(pqxx::transaction_base& tx,
                                                      const std::vector<std::string>& customer_ids,
                                                      const std::string& day);
  struct NewReport {
    std::string rule_code, customer_id, currency, due_date;
    bool inflow = true, due_estimated = false;
    int64_t total_minor = 0;
    int seq = 1;
    std::vector<int64_t> flow_ids;
  };
  // Inserts the reports and links their flows, set-based (two statements);
  // returns the reports' ids in order.
  static std::vector<int64_t> InsertReports(pqxx::transaction_base& tx, const std::string& day,
                                            const std::vector<NewReport>& reports);
  // Adds flows to an open report's total and count.
  static void AddToReport(pqxx::transaction_base& tx, int64_t id, int64_t total_minor, int flow_count);
  static void LinkFlows(pqxx::transaction_base& tx, int64_t report_id, const std::vector<int64_t>& flow_ids);

  // Ordered by due date, then id; keyset by (due_date, id) through after_id's row.
  static std::vector<AmlReport> List(pqxx::transaction_base& tx, const AmlReportFilter& filter);
  static std::optional<AmlReport> Get(pqxx::transaction_base& tx, int64_t id);
  // Each returns false when the version moved on (someone else changed it).
  static bool Assign(pqxx::transaction_base& tx, int64_t id, int version, const std::string& user_id);
  static bool Close(pqxx::transaction_base& tx, int64_t id, int version, const std::string& status,
                    const std::string& reason, const std::string& user_id);
  // Flow references in a report (source:ref), for the evidence.
  static std::vector<std::string> FlowRefs(pqxx::transaction_base& tx, int64_t report_id);

  // A user's role (nullopt: no such user).
  static std::optional<domain::Role> UserRole(pqxx::transaction_base& tx, const std::string& user_id);

  // Open reports whose day falls in [from_year, to_year] (for new due dates).
  struct OpenReportDay {
    int64_t id = 0;
    int day_number = 0, due_working_days = 5;
  };
  static std::vector<OpenReportDay> OpenReportDays(pqxx::transaction_base& tx, int from_year, int to_year);
  // Returns whether it changed.
  static bool SetDueDate(pqxx::transaction_base& tx, int64_t id, const std::string& due_date, bool estimated);

  // Calendars.
  static domain::Calendar LoadCalendar(pqxx::transaction_base& tx, const std::string& calendar, int from_year,
                                       int to_year);
  // Replaces a year of a calendar; returns the new version.
  static int ReplaceCalendarYear(pqxx::transaction_base& tx, const std::string& calendar, int year,
                                 const std::string& source, const std::string& by,
                                 const std::vector<domain::CalendarLine>& days);
  static std::vector<CalendarYearInfo> CalendarYears(pqxx::transaction_base& tx);
};

}  // namespace crm::storage

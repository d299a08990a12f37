#include "storage/aml_repository.h"

#include <algorithm>

namespace crm::storage {
namespace {

#define CRM_RULE_COLUMNS                                                                                 \
  "code, channel = 'CASH', CASE client_kind WHEN 'INDIVIDUAL' THEN 1 WHEN 'INSTITUTION' THEN 0 ELSE -1 " \
  "END, COALESCE(cross_border::int, -1), COALESCE(natural_party::int, -1), currency, threshold_minor, "  \
  "due_working_days, description"
constexpr Statement kActiveRules{"aml_active_rules",
                                 "SELECT " CRM_RULE_COLUMNS " FROM aml_rule WHERE active ORDER BY code"};
constexpr Statement kAllRules{"aml_all_rules", "SELECT " CRM_RULE_COLUMNS ", active FROM aml_rule ORDER BY code"};
constexpr Statement kDayReports{
    "aml_day_reports",
    "SELECT rule_code || '|' || customer_id::text || '|' || direction, id, status, seq FROM aml_report WHERE "
    "customer_id = ANY($1::uuid[]) AND day = $2::date"};
constexpr Statement kDayReportFlows{
    "aml_day_report_flows",
    "SELECT r.rule_code || '|' || r.customer_id::text || '|' || r.direction, rf.flow_id FROM aml_report_flow rf JOIN "
    "aml_report r ON r.id = rf.report_id WHERE r.customer_id = ANY($1::uuid[]) AND r.day = $2::date"};
constexpr Statement kInsertReports{
    "aml_insert_reports",
    "WITH input AS (SELECT * FROM unnest($2::text[], $3::uuid[], $4::text[], $5::text[], $6::bigint[], $7::int[], "
    "$8::date[], $9::boolean[], $10::int[]) WITH ORDINALITY AS u(rule, customer, direction, currency, total, cnt, "
    "due, est, seq, n)), ins AS (INSERT INTO aml_report (rule_code, customer_id, day, direction, currency, "
    "total_minor, flow_count, due_date, due_estimated, seq) SELECT rule, customer, $1::date, direction, currency, "
    "LEAST(total, 1000000000000000), cnt, due, est, seq FROM input ORDER BY n RETURNING id, rule_code, customer_id, "
    "direction, seq) SELECT input.n, ins.id FROM ins JOIN input ON ins.rule_code = input.rule AND ins.customer_id = "
    "input.customer AND ins.direction = input.direction AND ins.seq = input.seq"};
constexpr Statement kLinkMany{"aml_link_many",
                              "INSERT INTO aml_report_flow (report_id, flow_id) SELECT r, f FROM unnest($1::bigint[], "
                              "$2::bigint[]) AS u(r, f) ON CONFLICT DO NOTHING"};
constexpr Statement kAddToReport{
    "aml_add_to_report",
    "UPDATE aml_report SET total_minor = LEAST(total_minor + $2::bigint, 1000000000000000), flow_count = flow_count + "
    "$3, version = version + 1, update_time = now() WHERE id = $1 AND status = 'OPEN'"};
constexpr Statement kLink{"aml_link_flows",
                          "INSERT INTO aml_report_flow (report_id, flow_id) SELECT $1, unnest($2::bigint[]) "
                          "ON CONFLICT DO NOTHING"};

#define CRM_REPORT_COLUMNS                                                                                           \
  "r.id, r.rule_code, ru.description, r.customer_id::text, c.name, r.day::text, r.direction, r.currency, "           \
  "r.due_date::text, r.status, COALESCE(r.assignee::text, ''), COALESCE(u.display_name, ''), r.close_reason, "       \
  "r.total_minor, r.flow_count, r.due_estimated, r.version, (EXTRACT(EPOCH FROM r.create_time) * 1000000)::bigint, " \
  "COALESCE((EXTRACT(EPOCH FROM r.close_time) * 1000000)::bigint, 0) "                                               \
  "FROM aml_report r JOIN aml_rule ru ON ru.code = r.rule_code JOIN customer c ON c.id = r.customer_id "             \
  "LEFT JOIN app_user u ON u.id = r.assignee "
constexpr Statement kList{
    "aml_list_reports",
    "SELECT " CRM_REPORT_COLUMNS
    "WHERE ($1 = '' OR r.status = $1) AND (NOT $2 OR (r.status = 'OPEN' AND r.due_date < $3::date)) "
    "AND ($4::bigint = 0 OR (r.due_date, r.id) > (SELECT due_date, id FROM aml_report WHERE id = $4)) "
    "ORDER BY r.due_date, r.id LIMIT $5"};
constexpr Statement kGet{"aml_get_report", "SELECT " CRM_REPORT_COLUMNS "WHERE r.id = $1"};
constexpr Statement kAssign{"aml_assign_report",
                            "UPDATE aml_report SET assignee = $3::uuid, version = version + 1, update_time = now() "
                            "WHERE id = $1 AND version = $2 AND status = 'OPEN' RETURNING id"};
constexpr Statement kClose{"aml_close_report",
                           "UPDATE aml_report SET status = $3, close_reason = $4, closed_by = $5::uuid, close_time = "
                           "now(), version = version + 1, update_time = now() WHERE id = $1 AND version = $2 AND "
                           "status = 'OPEN' RETURNING id"};
constexpr Statement kFlowRefs{"aml_report_flow_refs",
                              "SELECT f.source || ':' || f.flow_ref FROM aml_report_flow rf JOIN cash_flow f ON "
                              "f.id = rf.flow_id WHERE rf.report_id = $1 ORDER BY f.id"};

constexpr Statement kUserRole{"aml_user_role", "SELECT role FROM app_user WHERE id = $1::uuid"};
constexpr Statement kOpenReportDays{
    "aml_open_report_days",
    "SELECT r.id, r.day - date '1970-01-01', ru.due_working_days FROM aml_report r JOIN aml_rule ru ON ru.code = "
    "r.rule_code WHERE r.status = 'OPEN' AND r.day BETWEEN make_date($1, 1, 1) AND make_date($2, 12, 31)"};
constexpr Statement kSetDueDate{
    "aml_set_due_date",
    "UPDATE aml_report SET due_date = $2::date, due_estimated = $3, version = version + 1, update_time = now() WHERE "
    "id = $1 AND status = 'OPEN' AND (due_date, due_estimated) IS DISTINCT FROM ($2::date, $3) RETURNING id"};
constexpr Statement kCalendarYears{"calendar_known_years",
                                   "SELECT year FROM calendar_year WHERE calendar = $1 AND year BETWEEN $2 AND $3"};
constexpr Statement kCalendarDays{"calendar_days",
                                  "SELECT (day - date '1970-01-01'), is_open FROM calendar_day WHERE calendar = $1 "
                                  "AND year BETWEEN $2 AND $3"};
constexpr Statement kCalendarUpsertYear{
    "calendar_upsert_year",
    "INSERT INTO calendar_year (calendar, year, source, loaded_by) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT (calendar, year) DO UPDATE SET version = calendar_year.version + 1, source = EXCLUDED.source, "
    "loaded_by = EXCLUDED.loaded_by, load_time = now() RETURNING version"};
constexpr Statement kCalendarClear{"calendar_clear_year", "DELETE FROM calendar_day WHERE calendar = $1 AND year = $2"};
constexpr Statement kCalendarInsert{
    "calendar_insert_days",
    "INSERT INTO calendar_day (calendar, day, is_open, note) SELECT $1, date '1970-01-01' + d, o, n FROM "
    "unnest($2::int[], $3::boolean[], $4::text[]) AS u(d, o, n)"};
constexpr Statement kCalendarInfo{
    "calendar_info",
    "SELECT y.calendar, y.year, y.version, y.source, y.loaded_by, (EXTRACT(EPOCH FROM y.load_time) * "
    "1000000)::bigint, count(*) FILTER (WHERE NOT d.is_open), count(*) FILTER (WHERE d.is_open) FROM calendar_year y "
    "LEFT JOIN calendar_day d ON d.calendar = y.calendar AND d.year = y.year GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2"};

std::optional<bool> Tri(int v) { return v < 0 ? std::nullopt : std::optional<bool>(v == 1); }

domain::AmlRule RuleOf(const pqxx::row& r) {
  domain::AmlRule rule;
  rule.code = r[0].as<std::string>();
  rule.cash = r[1].as<bool>();
  rule.client_natural = Tri(r[2].as<int>());
  rule.cross_border = Tri(r[3].as<int>());
  rule.natural_party = Tri(r[4].as<int>());
  rule.currency = r[5].as<std::string>();
  rule.threshold_minor = r[6].as<int64_t>();
  rule.due_working_days = r[7].as<int>();
  return rule;
}

AmlReport ReportOf(const pqxx::row& r) {
  AmlReport a;
  a.id = r[0].as<int64_t>();
  a.rule_code = r[1].as<std::string>();
  a.rule_description = r[2].as<std::string>();
  a.customer_id = r[3].as<std::string>();
  a.customer_name = r[4].as<std::string>();
  a.day = r[5].as<std::string>();
  a.direction = r[6].as<std::string>();
  a.currency = r[7].as<std::string>();
  a.due_date = r[8].as<std::string>();
  a.status = r[9].as<std::string>();
  a.assignee_id = r[10].as<std::string>();
  a.assignee_name = r[11].as<std::string>();
  a.close_reason = r[12].as<std::string>();
  a.total_minor = r[13].as<int64_t>();
  a.flow_count = r[14].as<int>();
  a.due_estimated = r[15].as<bool>();
  a.version = r[16].as<int>();
  a.create_time_us = r[17].as<int64_t>();
  a.close_time_us = r[18].as<int64_t>();
  return a;
}

template <typename T>
std::string NumArray(const std::vector<T>& items) {
  std::string out = "{";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + std::to_string(items[i]);
  return out + "}";
}

}  // namespace

const std::vector<Statement>& AmlRepository::Statements() {
  static const std::vector<Statement> k{
      kActiveRules,   kAllRules,       kAddToReport,   kLink,          kList,           kGet,
      kAssign,        kClose,          kFlowRefs,      kCalendarYears, kCalendarDays,   kCalendarUpsertYear,
      kCalendarClear, kCalendarInsert, kCalendarInfo,  kUserRole,      kOpenReportDays, kSetDueDate,
      kDayReports,    kDayReportFlows, kInsertReports, kLinkMany};
  return k;
}

std::vector<domain::AmlRule> AmlRepository::ActiveRules(pqxx::transaction_base& tx) {
  std::vector<domain::AmlRule> out;
  for (const auto& r : tx.exec_prepared(kActiveRules.name)) out.push_back(RuleOf(r));
  return out;
}

std::vector<std::pair<domain::AmlRule, std::string>> AmlRepository::AllRules(pqxx::transaction_base& tx) {
  std::vector<std::pair<domain::AmlRule, std::string>> out;
  for (const auto& r : tx.exec_prepared(kAllRules.name))
    out.emplace_back(RuleOf(r), r[8].as<std::string>() + (r[9].as<bool>() ? "" : " (inactive)"));
  return out;
}

std::map<std::string, AmlKeyState> AmlRepository::KeyStates(pqxx::transaction_base& tx,
                                                            const std::vector<std::string>& customer_ids,
                                                            const std::string& day) {
  std::map<std::string, AmlKeyState> out;
  if (customer_ids.empty()) return out;
  const std::string ids = TextArray(customer_ids);
  for (const auto& r : tx.exec_prepared(kDayReports.name, ids, day)) {
    auto& k = out[r[0].as<std::string>()];
    if (r[2].as<std::string>() == "OPEN") k.open_id = r[1].as<int64_t>();
    k.max_seq = std::max(k.max_seq, r[3].as<int>());
  }
  if (out.empty()) return out;
  for (const auto& r : tx.exec_prepared(kDayReportFlows.name, ids, day))
    out[r[0].as<std::string>()].reported_flows.insert(r[1].as<int64_t>());
  return out;
}

std::vector<int64_t> AmlRepository::InsertReports(pqxx::transaction_base& tx, const std::string& day,
                                                  const std::vector<NewReport>& reports) {
  std::vector<int64_t> ids(reports.size());
  if (reports.empty()) return ids;
  std::vector<std::string> rules, customers, directions, currencies, dues;
  std::vector<int64_t> totals;
  std::vector<int> counts, seqs;
  std::string est = "{";
  for (size_t i = 0; i < reports.size(); ++i) {
    const auto& r = reports[i];
    rules.push_back(r.rule_code);
    customers.push_back(r.customer_id);
    directions.push_back(r.inflow ? "IN" : "OUT");
    currencies.push_back(r.currency);
    dues.push_back(r.due_date);
    totals.push_back(r.total_minor);
    counts.push_back(static_cast<int>(r.flow_ids.size()));
    seqs.push_back(r.seq);
    est += (i ? "," : "") + std::string(r.due_estimated ? "t" : "f");
  }
  est += "}";
  std::vector<int64_t> link_reports, link_flows;
  for (const auto& row : tx.exec_prepared(kInsertReports.name, day, TextArray(rules), TextArray(customers),
                                          TextArray(directions), TextArray(currencies), NumArray(totals),
                                          NumArray(counts), TextArray(dues), est, NumArray(seqs))) {
    const auto& r = reports[static_cast<size_t>(row[0].as<int64_t>() - 1)];
    const int64_t id = row[1].as<int64_t>();
    ids[static_cast<size_t>(row[0].as<int64_t>() - 1)] = id;
    for (int64_t f : r.flow_ids) {
      link_reports.push_back(id);
      link_flows.push_back(f);
    }
  }
  tx.exec_prepared0(kLinkMany.name, NumArray(link_reports), NumArray(link_flows));
  return ids;
}

void AmlRepository::AddToReport(pqxx::transaction_base& tx, int64_t id, int64_t total_minor, int flow_count) {
  tx.exec_prepared0(kAddToReport.name, id, total_minor, flow_count);
}

void AmlRepository::LinkFlows(pqxx::transaction_base& tx, int64_t report_id, const std::vector<int64_t>& flow_ids) {
  if (!flow_ids.empty()) tx.exec_prepared0(kLink.name, report_id, NumArray(flow_ids));
}

std::vector<AmlReport> AmlRepository::List(pqxx::transaction_base& tx, const AmlReportFilter& f) {
  std::vector<AmlReport> out;
  for (const auto& r : tx.exec_prepared(kList.name, f.status, f.overdue_only, f.today.empty() ? "1970-01-01" : f.today,
                                        f.after_id, f.limit))
    out.push_back(ReportOf(r));
  return out;
}

std::optional<AmlReport> AmlRepository::Get(pqxx::transaction_base& tx, int64_t id) {
  auto rows = tx.exec_prepared(kGet.name, id);
  if (rows.empty()) return std::nullopt;
  return ReportOf(rows[0]);
}

bool AmlRepository::Assign(pqxx::transaction_base& tx, int64_t id, int version, const std::string& user_id) {
  return !tx.exec_prepared(kAssign.name, id, version, user_id).empty();
}

bool AmlRepository::Close(pqxx::transaction_base& tx, int64_t id, int version, const std::string& status,
                          const std::string& reason, const std::string& user_id) {
  return !tx.exec_prepared(kClose.name, id, version, status, reason, user_id).empty();
}

std::vector<std::string> AmlRepository::FlowRefs(pqxx::transaction_base& tx, int64_t report_id) {
  std::vector<std::string> out;
  for (const auto& r : tx.exec_prepared(kFlowRefs.name, report_id)) out.push_back(r[0].as<std::string>());
  return out;
}

std::optional<domain::Role> AmlRepository::UserRole(pqxx::transaction_base& tx, const std::string& user_id) {
  auto rows = tx.exec_prepared(kUserRole.name, user_id);
  if (rows.empty()) return std::nullopt;
  return domain::ParseRole(rows[0][0].as<std::string>());
}

std::vector<AmlRepository::OpenReportDay> AmlRepository::OpenReportDays(pqxx::transaction_base& tx, int from_year,
                                                                        int to_year) {
  std::vector<OpenReportDay> out;
  for (const auto& r : tx.exec_prepared(kOpenReportDays.name, from_year, to_year))
    out.push_back({r[0].as<int64_t>(), r[1].as<int>(), r[2].as<int>()});
  return out;
}

bool AmlRepository::SetDueDate(pqxx::transaction_base& tx, int64_t id, const std::string& due_date, bool estimated) {
  return !tx.exec_prepared(kSetDueDate.name, id, due_date, estimated).empty();
}

domain::Calendar AmlRepository::LoadCalendar(pqxx::transaction_base& tx, const std::string& calendar, int from_year,
                                             int to_year) {
  std::set<int> years;
  std::map<int, bool> days;
  for (const auto& r : tx.exec_prepared(kCalendarYears.name, calendar, from_year, to_year))
    years.insert(r[0].as<int>());
  for (const auto& r : tx.exec_prepared(kCalendarDays.name, calendar, from_year, to_year))
    days[r[0].as<int>()] = r[1].as<bool>();
  return domain::Calendar(std::move(years), std::move(days));
}

int AmlRepository::ReplaceCalendarYear(pqxx::transaction_base& tx, const std::string& calendar, int year,
                                       const std::string& source, const std::string& by,
                                       const std::vector<domain::CalendarLine>& lines) {
  int version = tx.exec_prepared1(kCalendarUpsertYear.name, calendar, year, source, by)[0].as<int>();
  tx.exec_prepared0(kCalendarClear.name, calendar, year);
  std::vector<int> days;
  std::vector<std::string> notes;
  std::string open_arr = "{";
  for (size_t i = 0; i < lines.size(); ++i) {
    days.push_back(lines[i].day_number);
    open_arr += (i ? "," : "") + std::string(lines[i].open ? "t" : "f");
    notes.push_back(lines[i].note);
  }
  open_arr += "}";
  if (!lines.empty()) tx.exec_prepared0(kCalendarInsert.name, calendar, NumArray(days), open_arr, TextArray(notes));
  return version;
}

std::vector<CalendarYearInfo> AmlRepository::CalendarYears(pqxx::transaction_base& tx) {
  std::vector<CalendarYearInfo> out;
  for (const auto& r : tx.exec_prepared(kCalendarInfo.name)) {
    CalendarYearInfo i;
    i.calendar = r[0].as<std::string>();
    i.year = r[1].as<int>();
    i.version = r[2].as<int>();
    i.source = r[3].as<std::string>();
    i.loaded_by = r[4].as<std::string>();
    i.load_time_us = r[5].as<int64_t>();
    i.holidays = r[6].as<int>();
    i.workdays = r[7].as<int>();
    out.push_back(i);
  }
  return out;
}

}  // namespace crm::storage

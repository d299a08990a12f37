#include "cli/admin_ingest.h"

#include <iomanip>
#include <iostream>

#include "cli/cli_text.h"
#include "common/error.h"
#include "security/tls_files.h"
#include "usecases/aml.h"
#include "usecases/aml_watchlist.h"
#include "usecases/domain_events.h"
#include "usecases/ingest.h"
#include "usecases/integrations.h"

namespace crm::cli {
namespace {

std::string Yuan(int64_t minor) {
  std::string sign = minor < 0 ? "-" : "";
  uint64_t v = minor < 0 ? static_cast<uint64_t>(-minor) : static_cast<uint64_t>(minor);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s%llu.%02llu", sign.c_str(), static_cast<unsigned long long>(v / 100),
                static_cast<unsigned long long>(v % 100));
  return buf;
}

}  // namespace

void IngestCommands::Add(CLI::App& app, CLI::App* import) {
  auto* integration =
      app.add_subcommand("integration", "Integration accounts: systems that call the ingest API (mTLS)");
  integration->require_subcommand(1);
  create_ = integration->add_subcommand(
      "create", "Issue a client certificate (NAME.crt, NAME.key) from the server's CA for a new integration account");
  create_->add_option("name", name_, "Account name: a-z, 0-9, '-', '_'")->required();
  create_->add_option("--scopes", scopes_, "What it may call (ingest)")->capture_default_str();
  create_->add_option("--csr", csr_file_, "Sign this certificate request (PEM) instead of making a key pair")
      ->check(CLI::ExistingFile);
  create_->add_option("--out", out_dir_, "Directory for NAME.crt and NAME.key")->capture_default_str();
  create_->add_option("--days", valid_days_, "Days the certificate is valid")
      ->check(CLI::Range(1, 825))
      ->capture_default_str();
  create_->add_option("--tls-dir", tls_dir_, "The CA's directory (ca.crt, ca.key); default <data-dir>/tls");
  list_ = integration->add_subcommand("list", "Integration accounts and their certificates");
  revoke_ = integration->add_subcommand("revoke", "Refuse an account's certificate from its next call on");
  revoke_->add_option("name", name_, "Account name")->required();

  auto* calendar = app.add_subcommand("calendar", "Working-day and trading calendars (deadlines, SLAs)");
  calendar->require_subcommand(1);
  cal_load_ = calendar->add_subcommand(
      "load", "Replace a year of a calendar from a file of lines YYYY-MM-DD,HOLIDAY|WORKDAY[,note]");
  cal_load_->add_option("file", file_, "Calendar file (UTF-8)")->required()->check(CLI::ExistingFile);
  cal_load_->add_option("--calendar", calendar_, "working or trading")
      ->check(CLI::IsMember({"working", "trading"}))
      ->capture_default_str();
  cal_load_->add_option("--year", year_, "The year the file holds")->required()->check(CLI::Range(2000, 2100));
  cal_show_ = calendar->add_subcommand("show", "The years loaded for each calendar");

  flows_ = import->add_subcommand(
      "flows", "Cash flows of a business day (as the ingest API takes them; large-value screening included)");
  flows_
      ->add_option("file", file_,
                   "CSV: flow_ref, client or account, flow_type, counterparty, cross_border (Y/N), currency, "
                   "amount (yuan)")
      ->required()
      ->check(CLI::ExistingFile);
  flows_->add_option("--source", source_, "The sending system (part of each flow's natural key)")->required();
  flows_->add_option("--date", business_date_, "The business date YYYY-MM-DD")->required();
  flows_->add_option("--encoding", encoding_, "auto, utf-8 or gbk")
      ->check(CLI::IsMember({"auto", "utf-8", "gbk"}))
      ->capture_default_str();

  trades_ = import->add_subcommand("trades", "Trades of a trading day (as the ingest API takes them)");
  trades_
      ->add_option("file", file_,
                   "CSV: trade_ref, exchange, client or account, product_code, side (BUY/SELL), quantity, amount "
                   "(yuan), commission, currency, trade_time (HH:MM:SS)")
      ->required()
      ->check(CLI::ExistingFile);
  margin_ = import->add_subcommand("margin", "Futures margin snapshots of a trading day (margin calls raised)");
  margin_
      ->add_option("file", file_,
                   "CSV: client or account, snapshot_time, currency, pre_balance, balance, available, curr_margin, "
                   "frozen_margin, close_profit, position_profit, commission (yuan)")
      ->required()
      ->check(CLI::ExistingFile);
  for (auto* c : {trades_, margin_}) {
    c->add_option("--source", source_, "The sending system")->required();
    c->add_option("--date", business_date_, "The trading day YYYY-MM-DD")->required();
    c->add_option("--encoding", encoding_, "auto, utf-8 or gbk")
        ->check(CLI::IsMember({"auto", "utf-8", "gbk"}))
        ->capture_default_str();
  }

  auto* events = app.add_subcommand("events", "Domain events ingest raised for the task engine");
  events->require_subcommand(1);
  events_ = events->add_subcommand("list", "Newest first: kind, client, business date, handled or pending");
  events_->add_flag("--pending", pending_, "Only events not handled yet");
  events_->add_option("--limit", limit_, "At most this many")->check(CLI::Range(1, 10000))->capture_default_str();

  auto* aml = app.add_subcommand("aml", "Anti-money-laundering: large-value reports, PEP and sanctions screening");
  aml->require_subcommand(1);
  rules_ = aml->add_subcommand("rules", "The large-value rules in force (data; PBoC defaults)");
  reports_ = aml->add_subcommand("reports", "Large-value reports by due date (audited)");
  reports_->add_option("--status", status_, "OPEN, FILED or DISMISSED")
      ->check(CLI::IsMember({"OPEN", "FILED", "DISMISSED"}));
  reports_->add_flag("--overdue", overdue_, "Only open reports past their due date");
  reports_->add_option("--limit", limit_, "At most this many")->check(CLI::Range(1, 10000))->capture_default_str();

  auto* wl = aml->add_subcommand("list", "PEP and sanctions lists: every client is screened against the newest");
  wl->require_subcommand(1);
  wl_load_ = wl->add_subcommand(
      "load", "Load a list as its next version (CSV: ref,name[,aliases,category,country]) and screen every client");
  wl_load_->add_option("file", file_, "List file (CSV with a header row; UTF-8 or GBK)")
      ->required()
      ->check(CLI::ExistingFile);
  wl_load_->add_option("--list", list_kind_, "pep or sanctions")
      ->required()
      ->check(CLI::IsMember({"pep", "sanctions"}));
  wl_load_->add_option("--source", source_, "Where the list came from (default: the file's name)");
  wl_load_->add_option("--encoding", encoding_, "auto, utf-8 or gbk")
      ->check(CLI::IsMember({"auto", "utf-8", "gbk"}))
      ->capture_default_str();
  wl_show_ = wl->add_subcommand("show", "The lists in force, the name variants and the open cases");
  auto* variants = aml->add_subcommand("variants", "Name variants screening reads as one (traditional/simplified)");
  variants->require_subcommand(1);
  variants_ = variants->add_subcommand(
      "load", "Replace the mapping (lines FROM,TO: one character each) and screen every client again");
  variants_->add_option("file", file_, "Mapping file (UTF-8)")->required()->check(CLI::ExistingFile);
  cases_ =
      aml->add_subcommand("cases", "Watch-list cases: --status OPEN oldest first, otherwise newest first (audited)");
  cases_->add_option("--status", status_, "OPEN, CONFIRMED or CLEARED")
      ->check(CLI::IsMember({"OPEN", "CONFIRMED", "CLEARED"}));
  cases_->add_option("--limit", limit_, "At most this many")->check(CLI::Range(1, 10000))->capture_default_str();
}

std::optional<int> IngestCommands::Run(storage::ConnectionPool& pool, const storage::AuditWho& who,
                                       const std::filesystem::path& data_dir) {
  if (*create_) {
    usecases::integrations::CreateRequest r;
    r.name = name_;
    r.scopes = {scopes_};
    r.valid_days = valid_days_;
    if (!csr_file_.empty()) r.csr_pem = security::ReadFile(csr_file_);
    r.tls_dir = tls_dir_.empty() ? data_dir / "tls" : std::filesystem::path(tls_dir_);
    r.out_dir = out_dir_;
    auto c = usecases::integrations::Create(pool, who, r);
    std::cout << "created integration " << c.account.name << " (scopes " << scopes_ << ")\n"
              << "  certificate: " << c.cert_file.string() << "\n";
    if (!c.key_file.empty())
      std::cout << "  private key: " << c.key_file.string() << " (mode 600; hand it over securely)\n";
    std::cout << "  sha256: " << c.account.cert_sha256 << "\n  valid until: " << Time(c.account.not_after_us) << "\n"
              << "  trust the server with: " << (r.tls_dir / "ca.crt").string() << "\n";
    return 0;
  }
  if (*list_) {
    std::cout << std::left << std::setw(20) << "NAME" << std::setw(10) << "SCOPES" << std::setw(10) << "STATE"
              << std::setw(22) << "VALID UNTIL"
              << "SHA-256\n";
    for (const auto& a : usecases::integrations::List(pool)) {
      std::string scopes;
      for (const auto& s : a.scopes) scopes += (scopes.empty() ? "" : ",") + s;
      std::cout << std::setw(20) << a.name << std::setw(10) << scopes << std::setw(10)
                << (a.revoke_time_us ? "revoked" : "active") << std::setw(22) << Time(a.not_after_us)
                << a.cert_sha256.substr(0, 16) << "...\n";
    }
    return 0;
  }
  if (*revoke_) {
    usecases::integrations::Revoke(pool, who, name_);
    std::cout << "revoked " << name_ << ": its certificate is refused from its next call\n";
    return 0;
  }
  if (*cal_load_) {
    std::string cal = calendar_ == "working" ? "WORKING" : "TRADING";
    auto r = usecases::aml::LoadCalendar(pool, who, cal, year_, file_);
    if (!r.problems.empty()) {
      for (const auto& [line, problem] : r.problems) std::cerr << file_ << ":" << line << ": " << problem << "\n";
      std::cerr << r.problems.size() << " problem(s); nothing was loaded\n";
      return 1;
    }
    std::cout << "loaded the " << calendar_ << " calendar for " << year_ << " (version " << r.version
              << "): " << r.holidays << " holiday(s), " << r.workdays << " make-up working day(s); "
              << r.reports_redated << " open large-value report(s) got a new due date\n";
    return 0;
  }
  if (*cal_show_) {
    std::cout << std::left << std::setw(10) << "CALENDAR" << std::setw(6) << "YEAR" << std::setw(9) << "VERSION"
              << std::setw(10) << "HOLIDAYS" << std::setw(10) << "WORKDAYS" << std::setw(22) << "LOADED"
              << "SOURCE\n";
    auto years = usecases::aml::CalendarYears(pool);
    for (const auto& y : years)
      std::cout << std::setw(10) << y.calendar << std::setw(6) << y.year << std::setw(9) << y.version << std::setw(10)
                << y.holidays << std::setw(10) << y.workdays << std::setw(22) << Time(y.load_time_us) << y.source
                << " (" << y.loaded_by << ")\n";
    if (years.empty()) std::cout << "no calendar loaded: deadlines count weekends only and are marked estimated\n";
    return 0;
  }
  if (*flows_) {
    usecases::ingest::BatchHeader h{source_, business_date_, -1};
    auto r = usecases::ingest::ImportCashFlowsCsv(pool, who, file_, h, encoding_);
    if (!r.rejections.empty()) {
      for (const auto& j : r.rejections)
        std::cerr << file_ << ":" << j.line << ": " << j.field << " " << j.problem << "\n";
      std::cerr << r.rejections.size() << " problem(s) in " << r.rows << " rows; nothing was imported\n";
      return 1;
    }
    std::cout << r.rows << " rows: " << r.accepted << " new, " << r.unchanged << " already received (unchanged); "
              << r.large_value_reports << " large-value report(s) raised or updated\n";
    for (const auto& w : r.warnings) std::cout << "warning: " << w << "\n";
    if (!r.calendar_warning.empty()) std::cout << "warning: " << r.calendar_warning << "\n";
    return 0;
  }
  if (*trades_ || *margin_) {
    usecases::ingest::BatchHeader h{source_, business_date_, -1};
    auto r = *trades_ ? usecases::ingest::ImportTradesCsv(pool, who, file_, h, encoding_)
                      : usecases::ingest::ImportMarginCsv(pool, who, file_, h, encoding_);
    if (!r.rejections.empty()) {
      for (const auto& j : r.rejections)
        std::cerr << file_ << ":" << j.line << ": " << j.field << " " << j.problem << "\n";
      std::cerr << r.rejections.size() << " problem(s) in " << r.rows << " rows; nothing was imported\n";
      return 1;
    }
    std::cout << r.rows << " rows: " << r.accepted << " new, " << r.unchanged << " already received (unchanged)";
    if (*margin_) std::cout << "; " << r.events << " margin call(s) raised";
    std::cout << "\n";
    return 0;
  }
  if (*events_) {
    const auto rows = usecases::events::AdminList(pool, pending_, limit_);
    std::cout << std::left << std::setw(10) << "ID" << std::setw(20) << "KIND" << std::setw(38) << "CLIENT"
              << std::setw(6) << "SEQ" << std::setw(12) << "DAY" << std::setw(22) << "RAISED"
              << "HANDLED\n";
    for (const auto& e : rows)
      std::cout << std::setw(10) << e.id << std::setw(20) << e.kind << std::setw(38) << e.customer_id << std::setw(6)
                << e.client_seq << std::setw(12) << e.business_date << std::setw(22) << Time(e.create_time_us)
                << (e.handled_time_us ? Time(e.handled_time_us) + " by " + e.handled_by : "pending") << "\n";
    std::cout << std::right << rows.size() << " event(s)\n";
    return 0;
  }
  if (*rules_) {
    const auto rules = usecases::aml::Rules(pool);
    std::cout << std::left << std::setw(26) << "CODE" << std::setw(20) << "THRESHOLD" << std::setw(6) << "DUE"
              << "DESCRIPTION\n";
    for (const auto& [r, d] : rules)
      std::cout << std::setw(26) << r.code << std::setw(20) << (r.currency + " " + Yuan(r.threshold_minor))
                << std::setw(6) << (std::to_string(r.due_working_days) + "wd") << d << "\n";
    return 0;
  }
  if (*reports_) {
    // As the compliance officer sees them, but from the CLI (audited as the admin).
    usecases::aml::ListRequest request;
    request.status = status_;
    request.overdue_only = overdue_;
    request.limit = limit_;
    const auto rows = usecases::aml::AdminListReports(pool, who, request);
    std::cout << std::left << std::setw(8) << "ID" << std::setw(26) << "RULE" << std::setw(12) << "DAY" << std::setw(5)
              << "DIR" << std::setw(22) << "TOTAL" << std::setw(12) << "DUE"
              << "STATUS\n";
    for (const auto& r : rows)
      std::cout << std::setw(8) << r.id << std::setw(26) << r.rule_code << std::setw(12) << r.day << std::setw(5)
                << r.direction << std::setw(22) << (r.currency + " " + Yuan(r.total_minor)) << std::setw(12)
                << (r.due_date + (r.due_estimated ? "*" : "")) << r.status << "\n";
    std::cout << std::right << rows.size() << " report(s)"
              << "\n";
    return 0;
  }
  if (*wl_load_) {
    const std::string kind = list_kind_ == "pep" ? "PEP" : "SANCTIONS";
    auto r = usecases::aml::LoadWatchlist(pool, who, kind, file_, source_, encoding_);
    if (!r.problems.empty()) {
      for (const auto& [line, problem] : r.problems) std::cerr << "line " << line << ": " << problem << "\n";
      std::cerr << "nothing loaded: " << r.problems.size() << " problem(s)\n";
      return 2;
    }
    if (r.unchanged)
      std::cout << kind << " list unchanged: version " << r.version << " holds the same file (" << r.entries
                << " entries)\n";
    else
      std::cout << kind << " list version " << r.version << " loaded: " << r.entries << " entries; every client "
                << "screened, " << r.cases_opened << " new case(s) for compliance\n";
    return 0;
  }
  if (*wl_show_) {
    const auto s = usecases::aml::AdminStatus(pool);
    if (s.lists.empty()) std::cout << "no list loaded: clients are not screened (crm-admin aml list load)\n";
    for (const auto& l : s.lists)
      std::cout << std::left << std::setw(10) << l.list_kind << "version " << std::setw(5) << l.version << std::setw(8)
                << l.entries << "entries  " << Time(l.load_time_us) << " by " << l.loaded_by << "  " << l.source
                << "\n";
    std::cout << "name variants: " << s.variants.pairs << " pair(s)"
              << (s.variants.version ? ", version " + std::to_string(s.variants.version) + " from " + s.variants.source
                                     : std::string())
              << "\nopen cases: " << s.open_cases << "\n";
    return 0;
  }
  if (*variants_) {
    auto r = usecases::aml::LoadNameVariants(pool, who, file_);
    if (!r.problems.empty()) {
      for (const auto& [line, problem] : r.problems) std::cerr << "line " << line << ": " << problem << "\n";
      std::cerr << "nothing loaded: " << r.problems.size() << " problem(s)\n";
      return 2;
    }
    std::cout << "name variants version " << r.version << ": " << r.pairs << " pair(s); every client screened again, "
              << r.cases_opened << " new case(s)\n";
    return 0;
  }
  if (*cases_) {
    usecases::aml::CaseListRequest request;
    request.status = status_;
    request.limit = limit_;
    const auto rows = usecases::aml::AdminListCases(pool, who, request);
    std::cout << std::left << std::setw(8) << "ID" << std::setw(11) << "LIST" << std::setw(16) << "ENTRY"
              << std::setw(38) << "CLIENT" << std::setw(13) << "TRIGGER" << std::setw(11) << "STATUS"
              << "RAISED\n";
    for (const auto& c : rows)
      std::cout << std::setw(8) << c.id << std::setw(11) << c.list_kind << std::setw(16) << c.entry_ref << std::setw(38)
                << c.customer_id << std::setw(13) << c.trigger << std::setw(11) << c.status << Time(c.create_time_us)
                << "\n";
    std::cout << std::right << rows.size() << " case(s)\n";
    return 0;
  }
  return std::nullopt;
}

}  // namespace crm::cli

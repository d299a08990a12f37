#include "usecases/ingest.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>

#include "common/error.h"
#include "domain/aml.h"
#include "domain/calendar.h"
#include "domain/customer_rules.h"
#include "domain/dates.h"
#include "domain/money.h"
#include "domain/tier_rules.h"
#include "security/field_cipher.h"
#include "storage/aml_repository.h"
#include "storage/customer_repository.h"
#include "storage/ingest_repository.h"
#include "storage/transaction.h"
#include "usecases/aml.h"
#include "usecases/customer_import.h"

namespace crm::usecases::ingest {

using storage::AmlRepository;
using storage::AuditOutcome;
using storage::AuditRepository;
using storage::FlowRow;
using storage::IngestRepository;

namespace {

bool IsUuidText(const std::string& s) {
  static const std::regex k("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  return std::regex_match(s, k);
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool SameFlow(const FlowRow& a, const FlowRow& b) {
  return a.customer_id == b.customer_id && a.type == b.type && a.counterparty == b.counterparty &&
         a.cross_border == b.cross_border && a.currency == b.currency && a.amount_minor == b.amount_minor;
}

// The batch on its own: header and each row.
std::vector<Rejection> CheckShape(const BatchHeader& h, const std::vector<CashFlowInput>& rows,
                                  std::vector<FlowRow>* flows) {
  std::vector<Rejection> out;
  static const std::regex kSource("[A-Za-z0-9._-]{1,40}");
  static const std::regex kRef("[A-Za-z0-9._:/-]{1,64}");
  static const std::regex kCurrency("[A-Z]{3}");
  if (!std::regex_match(h.source, kSource))
    out.push_back({0, "source", "must be 1-40 letters, digits, '.', '_' or '-'"});
  if (!domain::ParseIsoDate(h.business_date)) out.push_back({0, "business_date", "must be a real date YYYY-MM-DD"});
  if (h.count >= 0 && h.count != static_cast<int64_t>(rows.size()))
    out.push_back(
        {0, "count", "says " + std::to_string(h.count) + " rows but " + std::to_string(rows.size()) + " arrived"});
  if (rows.empty()) out.push_back({0, "rows", "a batch needs at least one row"});
  std::set<std::string> refs;
  for (const auto& r : rows) {
    const size_t before = out.size();
    auto fail = [&](const char* field, const std::string& problem) { out.push_back({r.line, field, problem}); };
    FlowRow f;
    if (!std::regex_match(r.flow_ref, kRef))
      fail("flow_ref", "must be 1-64 letters, digits or . _ : / -");
    else if (!refs.insert(r.flow_ref).second)
      fail("flow_ref", "appears twice in the batch");
    f.flow_ref = r.flow_ref;
    if (r.client.empty() == r.account.empty())
      fail(r.client.empty() ? "client" : "account", "give either a client or an account, not both");
    else if (!r.account.empty() && !domain::NormalizeAccountNumber(r.account))
      fail("account", "must be an account number of 6-20 digits (spaces and '-' allowed)");
    auto type = domain::FlowTypeFromName(r.flow_type);
    if (!type)
      fail("flow_type", "must be CASH_DEPOSIT, CASH_WITHDRAWAL, TRANSFER_IN or TRANSFER_OUT");
    else
      f.type = *type;
    auto party = domain::CounterpartyFromName(r.counterparty);
    if (!party)
      fail("counterparty", "must be NONE, NATURAL or NON_NATURAL");
    else if (type && !domain::IsCash(*type) && *party == domain::Counterparty::kNone)
      fail("counterparty", "a transfer needs NATURAL or NON_NATURAL");
    else if (type && domain::IsCash(*type) && r.cross_border)
      fail("cross_border", "cash is not cross-border");
    else
      f.counterparty = *party;
    f.cross_border = r.cross_border;
    f.currency = r.currency.empty() ? "CNY" : r.currency;
    if (!std::regex_match(f.currency, kCurrency)) fail("currency", "must be an ISO 4217 code such as CNY");
    if (r.amount_minor <= 0 || r.amount_minor > domain::kMaxMoneyMinor)
      fail("amount_minor", "must be more than 0 and at most " + domain::MoneyRangeText(1, domain::kMaxMoneyMinor));
    f.amount_minor = r.amount_minor;
    if (out.size() == before)
      flows->push_back(f);
    else
      flows->push_back(FlowRow{});
  }
  return out;
}

}  // namespace

Result IngestCashFlows(storage::ConnectionPool& pool, const storage::AuditWho& who, const BatchHeader& header,
                       const std::vector<CashFlowInput>& rows) {
  Result result;
  result.rows = static_cast<int64_t>(rows.size());
  std::vector<FlowRow> flows;
  result.rejections = CheckShape(header, rows, &flows);
  const bool shape_ok = result.rejections.empty();
  auto audit_refusal = [&](pqxx::work& tx) {
    AuditRepository::Record(tx, who,
                            {"ingest.cash_flows",
                             "ingest_batch",
                             "",
                             "",
                             AuditOutcome::kError,
                             {{"source", header.source},
                              {"business_date", header.business_date},
                              {"rows", result.rows},
                              {"rejected", result.rejections.size()}}});
  };
  if (!shape_ok) {
    storage::InTransaction(pool, {}, audit_refusal);
    return result;
  }
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    result.rejections.clear();
    result.accepted = result.unchanged = result.large_value_reports = 0;
    result.warnings.clear();
    result.calendar_warning.clear();
    storage::CustomerRepository::ActAs(tx, domain::Actor::System("ingest"));
    // One ingest of cash flows per business day at a time: the day's totals
    // are then screened over every committed flow (ADR 0017).
    if (!IngestRepository::TryLockDay(tx, "flows", header.business_date))
      throw Error::Unavailable("another batch of " + header.business_date +
                               " is being ingested; send this one again shortly (it is idempotent)")
          .SetRetryAfter(std::chrono::seconds(2));
    // Clients: by id, by an import's external_ref, or by account number.
    std::vector<std::string> ids, refs, bidx;
    std::map<size_t, std::string> bidx_of;
    auto cipher = security::FieldCipher::Process();
    for (size_t i = 0; i < rows.size(); ++i) {
      if (!rows[i].account.empty()) {
        bidx_of[i] = cipher->BlindIndex("account_number", *domain::NormalizeAccountNumber(rows[i].account));
        bidx.push_back(bidx_of[i]);
      } else if (IsUuidText(rows[i].client)) {
        ids.push_back(Lower(rows[i].client));
      } else {
        refs.push_back("import:" + rows[i].client);
      }
    }
    std::map<std::string, std::string> client_id;
    for (const auto& [id, ref] : storage::CustomerRepository::FindByIdOrImportRef(tx, ids, refs)) {
      client_id[id] = id;
      if (!ref.empty()) client_id[ref] = id;
    }
    auto by_account = IngestRepository::ClientsByAccountIndex(tx, bidx);
    std::vector<std::string> all_refs;
    for (const auto& r : rows) all_refs.push_back(r.flow_ref);
    auto existing = IngestRepository::FlowsByRef(tx, header.source, header.business_date, all_refs);
    for (size_t i = 0; i < rows.size(); ++i) {
      const bool received = existing.count(rows[i].flow_ref) > 0;
      if (!rows[i].account.empty()) {
        auto it = by_account.find(bidx_of[i]);
        if (it == by_account.end() || (!it->second.open && !received))
          result.rejections.push_back({rows[i].line, "account", "no open account with this number"});
        else if (it->second.customer_ids.size() > 1)
          result.rejections.push_back(
              {rows[i].line, "account", "accounts of more than one client have this number; give client_id"});
        else
          flows[i].customer_id = *it->second.customer_ids.begin();
      } else {
        const std::string key = IsUuidText(rows[i].client) ? Lower(rows[i].client) : rows[i].client;
        auto it = client_id.find(key);
        if (it == client_id.end())
          result.rejections.push_back(
              {rows[i].line, "client", "no such client (give its id or the external_ref it was imported with)"});
        else
          flows[i].customer_id = it->second;
      }
    }
    // Already received: the same values are unchanged; other values refused.
    std::vector<FlowRow> fresh;
    for (size_t i = 0; i < rows.size(); ++i) {
      auto it = existing.find(rows[i].flow_ref);
      if (it == existing.end()) {
        fresh.push_back(flows[i]);
        continue;
      }
      if (flows[i].customer_id.empty()) continue;  // already rejected
      if (SameFlow(it->second, flows[i]))
        ++result.unchanged;
      else
        result.rejections.push_back(
            {rows[i].line, "flow_ref", "was received before with other values; a correction needs a new flow_ref"});
    }
    std::sort(result.rejections.begin(), result.rejections.end(),
              [](const Rejection& a, const Rejection& b) { return a.line < b.line; });
    if (!result.rejections.empty()) return;  // rolled back below
    result.accepted = static_cast<int64_t>(fresh.size());
    result.batch_id = IngestRepository::InsertBatch(tx, "CASH_FLOWS", header.source, header.business_date, who.username,
                                                    result.rows, result.accepted, result.unchanged);
    IngestRepository::InsertFlows(tx, result.batch_id, header.source, header.business_date, fresh);
    // Large-value screening of the day of every client with a new flow.
    std::set<std::string> touched;
    for (const auto& f : fresh) touched.insert(f.customer_id);
    auto screened = aml::ScreenDay(tx, std::vector<std::string>(touched.begin(), touched.end()), header.business_date);
    result.large_value_reports = screened.reports;
    if (screened.estimated_year)
      result.calendar_warning = "no working-day calendar for " + std::to_string(screened.estimated_year) +
                                ": large-value report due dates counted over weekends only (crm-admin calendar load)";
    for (const auto& c : screened.unscreened_currencies)
      result.warnings.push_back("flows in " + c + " are not screened for large values (no rule for the currency)");
    AuditRepository::Record(tx, who,
                            {"ingest.cash_flows",
                             "ingest_batch",
                             std::to_string(result.batch_id),
                             "",
                             AuditOutcome::kOk,
                             {{"source", header.source},
                              {"business_date", header.business_date},
                              {"rows", result.rows},
                              {"accepted", result.accepted},
                              {"unchanged", result.unchanged},
                              {"large_value_reports", result.large_value_reports},
                              {"calendar_warning", result.calendar_warning}}});
  });
  if (!result.rejections.empty()) {
    result.accepted = result.unchanged = result.large_value_reports = 0;
    result.batch_id = 0;
    storage::InTransaction(pool, {}, audit_refusal);
  }
  return result;
}

Result ImportCashFlowsCsv(storage::ConnectionPool& pool, const storage::AuditWho& who, const std::string& file,
                          const BatchHeader& header, const std::string& encoding) {
  ImportOptions options;
  options.file = file;
  options.encoding = encoding;
  const CsvTable table = ReadCsvTable(options, {"flow_ref", "flow_type", "amount"});
  auto cell = [&](const std::vector<std::string>& r, const char* name) -> std::string {
    auto it = table.column.find(name);
    return it == table.column.end() || it->second >= r.size() ? "" : r[it->second];
  };
  std::vector<CashFlowInput> rows;
  std::vector<Rejection> early;
  for (size_t i = 1; i < table.rows.size(); ++i) {
    const auto& r = table.rows[i];
    CashFlowInput in;
    in.line = table.lines[i];
    in.flow_ref = cell(r, "flow_ref");
    in.client = cell(r, "client");
    in.account = cell(r, "account");
    in.flow_type = cell(r, "flow_type");
    in.counterparty = cell(r, "counterparty");
    const std::string cross = cell(r, "cross_border");
    if (cross == "Y" || cross == "y" || cross == "true" || cross == "1")
      in.cross_border = true;
    else if (!(cross.empty() || cross == "N" || cross == "n" || cross == "false" || cross == "0"))
      early.push_back({in.line, "cross_border", "must be Y or N"});
    in.currency = cell(r, "currency");
    if (!domain::tiering::ParseYuan(cell(r, "amount"), &in.amount_minor))
      early.push_back({in.line, "amount", "must be an amount with at most 2 decimals"});
    rows.push_back(in);
  }
  BatchHeader h = header;
  if (h.count < 0) h.count = static_cast<int64_t>(rows.size());
  if (!early.empty()) {
    Result r;
    r.rows = static_cast<int64_t>(rows.size());
    r.rejections = early;
    return r;
  }
  return IngestCashFlows(pool, who, h, rows);
}

}  // namespace crm::usecases::ingest

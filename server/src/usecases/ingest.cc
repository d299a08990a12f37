#include "usecases/ingest.h"

#include <algorithm>
#include <cctype>
#include <map>
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
#include "usecases/ingest_batchkit.h"

namespace crm::usecases::ingest {

using storage::AmlRepository;
using storage::AuditOutcome;
using storage::AuditRepository;
using storage::FlowRow;
using storage::IngestRepository;

namespace {

bool SameFlow(const FlowRow& a, const FlowRow& b) {
  return a.customer_id == b.customer_id && a.type == b.type && a.counterparty == b.counterparty &&
         a.cross_border == b.cross_border && a.currency == b.currency && a.amount_minor == b.amount_minor;
}

// The batch on its own: header and each row.
std::vector<Rejection> CheckShape(const BatchHeader& h, const std::vector<CashFlowInput>& rows,
                                  std::vector<FlowRow>* flows) {
  std::vector<Rejection> out;
  batchkit::CheckHeader(h, rows.size(), &out);
  std::set<std::string> refs;
  for (const auto& r : rows) {
    const size_t before = out.size();
    auto fail = [&](const char* field, const std::string& problem) { out.push_back({r.line, field, problem}); };
    FlowRow f;
    if (!batchkit::IsRef(r.flow_ref))
      fail("flow_ref", "must be 1-64 letters, digits or . _ : / -");
    else if (!refs.insert(r.flow_ref).second)
      fail("flow_ref", "appears twice in the batch");
    f.flow_ref = r.flow_ref;
    batchkit::CheckClientFields({r.line, r.client, r.account, false}, &out);
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
    if (!batchkit::IsCurrency(f.currency)) fail("currency", "must be an ISO 4217 code such as CNY");
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
    std::vector<std::string> all_refs;
    for (const auto& r : rows) all_refs.push_back(r.flow_ref);
    auto existing = IngestRepository::FlowsByRef(tx, header.source, header.business_date, all_refs);
    std::vector<batchkit::ClientRef> refs;
    for (const auto& r : rows) refs.push_back({r.line, r.client, r.account, existing.count(r.flow_ref) > 0});
    const auto clients = batchkit::ResolveClients(tx, refs, &result.rejections);
    for (size_t i = 0; i < rows.size(); ++i) flows[i].customer_id = clients[i].customer_id;
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
    batchkit::SortRejections(&result.rejections);
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
  auto cell = [&](const std::vector<std::string>& r, const char* name) { return batchkit::Cell(table, r, name); };
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
  return batchkit::FinishCsv(header, rows, early, [&](const BatchHeader& h, const auto& batch) {
    return IngestCashFlows(pool, who, h, batch);
  });
}

}  // namespace crm::usecases::ingest

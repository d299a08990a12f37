#include "usecases/position_import.h"

#include <map>
#include <pqxx/pqxx>
#include <regex>
#include <set>

#include "common/error.h"
#include "domain/dates.h"
#include "domain/money.h"
#include "domain/tier_rules.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/holdings_repository.h"
#include "storage/statements.h"

namespace crm::usecases {
namespace {

struct Row {
  int64_t line = 0;
  std::string client, as_of, product, currency;
  int64_t minor = 0;
};

}  // namespace

PositionImportReport ImportPositions(const std::string& owner_conninfo, const ImportOptions& options,
                                     const std::function<void(int64_t, int64_t)>& progress) {
  PositionImportReport report;
  const CsvTable table = ReadCsvTable(options, {"client", "as_of", "product_code", "market_value"});
  const auto& rows = table.rows;
  const auto& lines = table.lines;
  const auto& col = table.column;
  auto cell = [&](const std::vector<std::string>& r, const char* name) -> std::string {
    auto it = col.find(name);
    return it == col.end() || it->second >= r.size() ? "" : r[it->second];
  };

  // 1. Every row on its own.
  static const std::regex kCode("[A-Za-z0-9._-]{1,32}");
  static const std::regex kCurrency("[A-Z]{3}");
  std::vector<Row> good;
  report.rows = static_cast<int64_t>(rows.size()) - 1;
  std::set<std::pair<std::string, std::string>> seen;  // (client, product)
  for (size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];
    Row row;
    row.line = lines[i];
    auto fail = [&](const char* field, const std::string& problem) {
      report.errors.push_back({row.line, field, problem});
    };
    const size_t before = report.errors.size();
    row.client = cell(r, "client");
    if (row.client.empty()) fail("client", "is required (a client id or external_ref)");
    row.as_of = cell(r, "as_of");
    if (!domain::ParseIsoDate(row.as_of)) fail("as_of", "must be a real date YYYY-MM-DD");
    row.product = cell(r, "product_code");
    if (!std::regex_match(row.product, kCode)) fail("product_code", "must be a product code or CASH");
    if (!domain::tiering::ParseYuan(cell(r, "market_value"), &row.minor))
      fail("market_value", "must be an amount in yuan with at most 2 decimals");
    else if (row.minor < 0 && row.product != "CASH")
      fail("market_value", "must not be negative for a holding");
    row.currency = cell(r, "currency").empty() ? "CNY" : cell(r, "currency");
    if (!std::regex_match(row.currency, kCurrency)) fail("currency", "must be an ISO 4217 code such as CNY");
    if (!seen.insert({row.client, row.product}).second) fail("product_code", "appears twice for this client");
    if (report.errors.size() == before) good.push_back(row);
  }

  pqxx::connection conn(owner_conninfo);
  storage::PrepareAll(conn);
  pqxx::work tx(conn);
  // 2. The clients: by id or by the external reference of an import; one
  // snapshot date per client.
  std::vector<std::string> ids, refs;
  for (const auto& g : good)
    (IsUuid(g.client) ? ids : refs).push_back(IsUuid(g.client) ? g.client : "import:" + g.client);
  std::map<std::string, std::string> client_id;  // as written in the file -> id
  for (const auto& [id, ref] : storage::CustomerRepository::FindByIdOrImportRef(tx, ids, refs)) {
    client_id[id] = id;
    if (!ref.empty()) client_id[ref] = id;
  }
  std::map<std::string, std::string> day_of;  // client id -> as_of
  for (const auto& g : good) {
    auto it = client_id.find(g.client);
    if (it == client_id.end()) {
      report.errors.push_back(
          {g.line, "client", "no such client (give its id or the external_ref it was imported with)"});
      continue;
    }
    auto [d, inserted] = day_of.emplace(it->second, g.as_of);
    if (!inserted && d->second != g.as_of)
      report.errors.push_back({g.line, "as_of", "differs from the client's other rows (one snapshot date per client)"});
  }
  // The client's AUM (its holdings and cash together) stays within the range
  // of an amount; the first line of a client beyond it is named.
  std::map<std::string, std::pair<int64_t, std::vector<int64_t>>> amounts;  // client id -> (first line, amounts)
  for (const auto& g : good) {
    auto it = client_id.find(g.client);
    if (it == client_id.end()) continue;
    auto& a = amounts.try_emplace(it->second, g.line, std::vector<int64_t>{}).first->second;
    a.second.push_back(g.minor);
  }
  for (const auto& [id, a] : amounts)
    if (!domain::SumMoney(a.second))
      report.errors.push_back(
          {a.first, "market_value", "the client's holdings and cash add up to more than 10,000,000,000,000 yuan"});
  std::sort(report.errors.begin(), report.errors.end(),
            [](const ImportError& a, const ImportError& b) { return a.line < b.line; });
  if (!report.errors.empty()) return report;  // all or nothing
  report.clients = static_cast<int64_t>(day_of.size());
  for (const auto& g : good) (g.product == "CASH" ? report.cash_rows : report.holdings)++;
  if (options.dry_run) return report;

  // 3. Write, client by client.
  std::map<std::string, std::vector<const Row*>> by_client;
  for (const auto& g : good) by_client[client_id[g.client]].push_back(&g);
  int64_t done = 0;
  for (const auto& [id, items] : by_client) {
    std::vector<domain::Holding> holdings;
    std::optional<domain::Cash> cash;
    for (const Row* g : items) {
      if (g->product == "CASH")
        cash = domain::Cash{g->minor, g->currency, ""};
      else
        holdings.push_back({g->product, "", g->currency, "", g->minor});
    }
    storage::HoldingsRepository::ReplaceSnapshot(tx, id, day_of[id], holdings, cash);
    if (progress && ++done % 1000 == 0) progress(done, report.clients);
  }
  storage::AuditRepository::Record(tx, {"", options.operator_name, "ADMIN_CLI", "", "local", ""},
                                   {"positions.import",
                                    "customer",
                                    "",
                                    "",
                                    storage::AuditOutcome::kOk,
                                    {{"file", options.file.filename().string()},
                                     {"rows", report.rows},
                                     {"clients", report.clients},
                                     {"holdings", report.holdings},
                                     {"cash_rows", report.cash_rows}}});
  tx.commit();
  if (progress) progress(report.clients, report.clients);
  return report;
}

}  // namespace crm::usecases

#include "usecases/aml_watchlist.h"
#include "usecases/customer_import.h"

#include <iconv.h>

#include <map>
#include <pqxx/pqxx>
#include <set>
#include <stdexcept>

#include "common/error.h"
#include "common/ids.h"
#include "security/tls_files.h"
#include "usecases/customer_input.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/statements.h"

namespace crm::usecases {

bool IsValidUtf8(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

std::string GbkToUtf8(const std::string& gbk) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");  // a superset of GBK
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("GBK conversion is not available");
  std::string out(gbk.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(gbk.data());
  size_t in_left = gbk.size();
  char* dst = out.data();
  size_t out_left = out.size();
  size_t rc = iconv(cd, &in, &in_left, &dst, &out_left);
  iconv_close(cd);
  if (rc == static_cast<size_t>(-1)) throw std::runtime_error("the file is neither UTF-8 nor GBK");
  out.resize(out.size() - out_left);
  return out;
}

std::vector<std::vector<std::string>> ParseCsv(const std::string& text, std::vector<int64_t>* lines) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, field_started = false;
  int64_t line = 1, row_line = 1;
  size_t i = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;  // byte-order mark
  auto end_row = [&]() {
    row.push_back(field);
    field.clear();
    field_started = false;
    if (!(row.size() == 1 && row[0].empty())) {
      rows.push_back(row);
      if (lines) lines->push_back(row_line);
    }
    row.clear();
  };
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
      field_started = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_row();
      ++line;
      row_line = line;
    } else {
      field += c;
      field_started = true;
    }
  }
  if (quoted) throw std::runtime_error("line " + std::to_string(row_line) + ": a quoted field is not closed");
  if (field_started || !row.empty()) end_row();
  return rows;
}

std::string ReadCsvText(const ImportOptions& options) {
  std::string raw = security::ReadFile(options.file);
  if (options.encoding == "utf-8") {
    if (!IsValidUtf8(raw)) throw Error::InvalidField("encoding", "the file is not valid UTF-8");
    return raw;
  }
  if (options.encoding == "gbk") return GbkToUtf8(raw);
  return IsValidUtf8(raw) ? raw : GbkToUtf8(raw);
}

CsvTable ReadCsvTable(const ImportOptions& options, std::initializer_list<const char*> required) {
  CsvTable t;
  t.rows = ParseCsv(ReadCsvText(options), &t.lines);
  if (t.rows.empty()) throw Error::InvalidField("file", "is empty");
  for (size_t i = 0; i < t.rows[0].size(); ++i) t.column[t.rows[0][i]] = i;
  for (const char* name : required)
    if (!t.column.count(name)) throw Error::InvalidField("file", std::string("the header has no column ") + name);
  return t;
}

ImportReport ImportCustomers(const std::string& owner_conninfo, const ImportOptions& options,
                             const std::function<void(int64_t, int64_t)>& progress) {
  ImportReport report;
  const CsvTable table = ReadCsvTable(options, {"external_ref", "name", "owner_username"});
  const auto& rows = table.rows;
  const auto& lines = table.lines;
  const auto& col = table.column;
  auto cell = [&](const std::vector<std::string>& r, const char* name) -> std::string {
    auto it = col.find(name);
    return it == col.end() || it->second >= r.size() ? "" : r[it->second];
  };

  pqxx::connection conn(owner_conninfo);
  storage::PrepareAll(conn);
  pqxx::work tx(conn);
  const auto owners = storage::CustomerRepository::ActiveManagersByUsername(tx);
  const auto existing = storage::CustomerRepository::ImportedRequestIds(tx);

  std::vector<domain::Customer> good;
  std::set<std::string> refs_in_file;
  report.rows = static_cast<int64_t>(rows.size()) - 1;
  for (size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const int64_t line = lines[i];
    auto fail = [&](const std::string& field, const std::string& problem) {
      report.errors.push_back({line, field, problem});
    };
    const std::string ref = cell(r, "external_ref");
    if (ref.empty() || ref.size() > 56) {
      fail("external_ref", "is required (at most 56 characters)");
      continue;
    }
    if (!refs_in_file.insert(ref).second) {
      fail("external_ref", "appears twice in the file");
      continue;
    }
    if (existing.count("import:" + ref)) {
      ++report.skipped_existing;
      continue;
    }
    domain::CustomerInput in;
    const std::string kind = cell(r, "kind");
    in.kind = kind == "INSTITUTION" ? "INSTITUTION" : "INDIVIDUAL";
    if (!kind.empty() && kind != "INDIVIDUAL" && kind != "INSTITUTION")
      fail("kind", "must be INDIVIDUAL or INSTITUTION");
    in.name = cell(r, "name");
    in.gender = cell(r, "gender");
    const std::string birth = cell(r, "birth_date");
    if (!birth.empty()) {
      if (birth.size() != 10 || birth[4] != '-' || birth[7] != '-') {
        fail("birth_date", "must look like 1985-03-17");
      } else {
        in.birth_year = std::atoi(birth.substr(0, 4).c_str());
        in.birth_month = std::atoi(birth.substr(5, 2).c_str());
        in.birth_day = std::atoi(birth.substr(8, 2).c_str());
      }
    }
    static const std::set<std::string> kIdTypes{"PRC_ID_CARD", "PASSPORT", "HK_MACAO_PERMIT", "TAIWAN_PERMIT",
                                                "BUSINESS_LICENSE"};
    if (!cell(r, "id_type").empty() && !kIdTypes.count(cell(r, "id_type")))
      fail("id_type", "is not a known document type");
    else
      in.id_type = cell(r, "id_type");
    in.id_number = cell(r, "id_number");
    in.phone = cell(r, "phone");
    in.email = cell(r, "email");
    in.address = cell(r, "address");
    in.district = cell(r, "district");
    in.occupation = cell(r, "occupation");
    in.employer = cell(r, "employer");
    in.source = cell(r, "source");
    domain::Customer row;
    row.id = NewUuid();
    row.request_id = "import:" + ref;
    row.status = "PROSPECT";
    Validation v;
    std::set<std::string> paths{"kind",  "name",  "gender",   "birth_date", "id_type",  "id_number",
                                "phone", "email", "district", "occupation", "employer", "source"};
    if (!in.address.empty()) paths.insert("address");
    ApplyCustomerInput(in, paths, row, v, "");
    try {
      v.ThrowIfFailed();
    } catch (const Error& e) {
      for (const auto& fv : e.violations()) fail(fv.field, fv.description);
    }
    auto owner = owners.find(cell(r, "owner_username"));
    if (owner == owners.end()) {
      fail("owner_username", "is not an active account manager");
    } else {
      row.owner_user_id = owner->second.user_id;
      row.team_id = owner->second.team_id;
      row.branch_id = owner->second.branch_id;
    }
    if (report.errors.empty() || report.errors.back().line != line) good.push_back(std::move(row));
    if (progress && i % 10000 == 0) progress(static_cast<int64_t>(i), report.rows);
  }
  if (!report.errors.empty() || options.dry_run) {
    tx.abort();  // all or nothing
    return report;
  }
  {
    storage::CustomerRepository::CopyWriter out(tx);
    for (const auto& c : good) out.Write(c);
    out.Complete();
  }
  report.imported = static_cast<int64_t>(good.size());
  // Screened against the watch lists like a client created one at a time.
  std::vector<std::string> ids;
  for (const auto& c : good) ids.push_back(c.id);
  const int64_t cases = aml::ScreenClients(tx, ids, "CREATE");
  storage::AuditRepository::Record(tx, {"", options.operator_name, "ADMIN_CLI", "", "local", ""},
                                   {"customer.import",
                                    "customer",
                                    "",
                                    "",
                                    storage::AuditOutcome::kOk,
                                    {{"file", options.file.filename().string()},
                                     {"rows", report.rows},
                                     {"imported", report.imported},
                                     {"skipped_existing", report.skipped_existing},
                                     {"watchlist_cases", cases}}});
  tx.commit();
  if (progress) progress(report.rows, report.rows);
  return report;
}

}  // namespace crm::usecases

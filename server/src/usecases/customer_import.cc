#include "usecases/customer_import.h"

#include <iconv.h>

#include <map>
#include <pqxx/pqxx>
#include <set>
#include <stdexcept>

#include "common/error.h"
#include "crm/v1/customer.pb.h"
#include "security/tls_files.h"
#include "services/customer_mapping.h"
#include "storage/audit_repository.h"
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
  std::map<std::string, std::array<std::string, 3>> owners;  // username -> id, team, branch
  for (const auto& r : tx.exec("SELECT u.username, u.id::text, COALESCE(u.team_id::text,''), "
                               "COALESCE(t.branch_id::text,'') FROM app_user u LEFT JOIN team t ON t.id = u.team_id "
                               "WHERE u.role = 'ACCOUNT_MANAGER' AND NOT u.disabled"))
    owners[r[0].as<std::string>()] = {r[1].as<std::string>(), r[2].as<std::string>(), r[3].as<std::string>()};
  std::set<std::string> existing;
  for (const auto& r : tx.exec("SELECT request_id FROM customer WHERE request_id LIKE 'import:%'"))
    existing.insert(r[0].as<std::string>());

  std::vector<storage::CustomerRow> good;
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
    crm::v1::Customer in;
    const std::string kind = cell(r, "kind");
    in.set_kind(kind == "INSTITUTION" ? crm::v1::INSTITUTION : crm::v1::INDIVIDUAL);
    if (!kind.empty() && kind != "INDIVIDUAL" && kind != "INSTITUTION")
      fail("kind", "must be INDIVIDUAL or INSTITUTION");
    in.set_name(cell(r, "name"));
    in.set_gender(cell(r, "gender"));
    const std::string birth = cell(r, "birth_date");
    if (!birth.empty()) {
      if (birth.size() != 10 || birth[4] != '-' || birth[7] != '-') {
        fail("birth_date", "must look like 1985-03-17");
      } else {
        in.mutable_birth_date()->set_year(std::atoi(birth.substr(0, 4).c_str()));
        in.mutable_birth_date()->set_month(std::atoi(birth.substr(5, 2).c_str()));
        in.mutable_birth_date()->set_day(std::atoi(birth.substr(8, 2).c_str()));
      }
    }
    crm::v1::IdType id_type = crm::v1::ID_TYPE_UNSPECIFIED;
    if (!cell(r, "id_type").empty() && !crm::v1::IdType_Parse(cell(r, "id_type"), &id_type))
      fail("id_type", "is not a known document type");
    in.set_id_type(id_type);
    in.set_id_number(cell(r, "id_number"));
    in.set_phone(cell(r, "phone"));
    in.set_email(cell(r, "email"));
    in.set_address(cell(r, "address"));
    in.set_district(cell(r, "district"));
    in.set_occupation(cell(r, "occupation"));
    in.set_employer(cell(r, "employer"));
    in.set_source(cell(r, "source"));
    storage::CustomerRow row;
    row.id = services::NewUuid();
    row.request_id = "import:" + ref;
    row.status = "PROSPECT";
    Validation v;
    std::set<std::string> paths{"kind",  "name",  "gender",   "birth_date", "id_type",  "id_number",
                                "phone", "email", "district", "occupation", "employer", "source"};
    if (!in.address().empty()) paths.insert("address");
    services::ApplyCustomerInput(in, paths, row, v);
    try {
      v.ThrowIfFailed();
    } catch (const Error& e) {
      for (const auto& fv : e.violations()) {
        std::string field = fv.field.rfind("customer.", 0) == 0 ? fv.field.substr(9) : fv.field;
        fail(field, fv.description);
      }
    }
    auto owner = owners.find(cell(r, "owner_username"));
    if (owner == owners.end()) {
      fail("owner_username", "is not an active account manager");
    } else {
      row.owner_user_id = owner->second[0];
      row.team_id = owner->second[1];
      row.branch_id = owner->second[2];
    }
    if (report.errors.empty() || report.errors.back().line != line) good.push_back(std::move(row));
    if (progress && i % 10000 == 0) progress(static_cast<int64_t>(i), report.rows);
  }
  if (!report.errors.empty() || options.dry_run) {
    tx.abort();  // all or nothing
    return report;
  }
  {
    pqxx::stream_to out(
        tx, "customer",
        std::vector<std::string>{"id",          "request_id",    "kind",          "name",           "gender",
                                 "birth_date",  "id_type",       "id_number_enc", "id_number_bidx", "id_number_mask",
                                 "phone_enc",   "phone_bidx",    "phone_mask",    "email_enc",      "email_mask",
                                 "address_enc", "district",      "occupation",    "employer",       "source",
                                 "status",      "owner_user_id", "team_id",       "branch_id"});
    auto orNull = [](const std::string& s) -> const char* { return s.empty() ? nullptr : s.c_str(); };
    auto bytea = [](const std::string& hex) { return hex.empty() ? std::string() : "\\x" + hex; };
    for (const auto& c : good) {
      std::string enc_id = bytea(c.id_number_enc_hex), enc_phone = bytea(c.phone_enc_hex),
                  enc_email = bytea(c.email_enc_hex), enc_addr = bytea(c.address_enc_hex);
      out << std::make_tuple(c.id, c.request_id, c.kind, c.name, c.gender, orNull(c.birth_date), orNull(c.id_type),
                             orNull(enc_id), orNull(c.id_number_bidx), c.id_number_mask, orNull(enc_phone),
                             orNull(c.phone_bidx), c.phone_mask, orNull(enc_email), c.email_mask, orNull(enc_addr),
                             c.district, c.occupation, c.employer, c.source, c.status, c.owner_user_id,
                             orNull(c.team_id), orNull(c.branch_id));
    }
    out.complete();
  }
  report.imported = static_cast<int64_t>(good.size());
  storage::AuditRepository::Record(tx, {"", options.operator_name, "ADMIN_CLI", "", "local", ""},
                                   {"customer.import",
                                    "customer",
                                    "",
                                    "",
                                    storage::AuditOutcome::kOk,
                                    {{"file", options.file.filename().string()},
                                     {"rows", report.rows},
                                     {"imported", report.imported},
                                     {"skipped_existing", report.skipped_existing}}});
  tx.commit();
  if (progress) progress(report.rows, report.rows);
  return report;
}

}  // namespace crm::usecases

// `crm-admin import customers FILE.csv`: UTF-8 or GBK, every row validated
// with the same rules as CreateCustomer, each error reported with its line
// and field, all-or-nothing by default, idempotent by external reference, and
// written with COPY.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <map>
#include <string>
#include <vector>

namespace crm::usecases {

struct ImportError {
  int64_t line = 0;
  std::string field;
  std::string problem;
};

struct ImportOptions {
  std::filesystem::path file;
  std::string encoding = "auto";  // auto, utf-8, gbk
  bool dry_run = false;
  std::string operator_name;
};

struct ImportReport {
  int64_t rows = 0;
  int64_t imported = 0;
  int64_t skipped_existing = 0;  // external reference already imported
  std::vector<ImportError> errors;
};

// Columns (header row required, any order): external_ref, name, owner_username;
// optional: kind, gender, birth_date (YYYY-MM-DD), id_type, id_number, phone,
// email, address, district, occupation, employer, source.
ImportReport ImportCustomers(const std::string& owner_conninfo, const ImportOptions& options,
                             const std::function<void(int64_t, int64_t)>& progress = nullptr);

// The file as UTF-8 text: options.encoding "utf-8" (must be valid), "gbk", or
// "auto" (UTF-8 when valid, else GBK). Shared by every CSV import.
std::string ReadCsvText(const ImportOptions& options);
// The file read and parsed, with its header row: rows[0] is the header,
// lines[i] the file line of rows[i], column[name] its index. Throws
// InvalidField("file") when the file is empty or a required column is missing.
struct CsvTable {
  std::vector<std::vector<std::string>> rows;
  std::vector<int64_t> lines;
  std::map<std::string, size_t> column;
};
CsvTable ReadCsvTable(const ImportOptions& options, std::initializer_list<const char*> required);

// Exposed for tests.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text, std::vector<int64_t>* line_numbers = nullptr);
std::string GbkToUtf8(const std::string& gbk);
bool IsValidUtf8(const std::string& s);

}  // namespace crm::usecases

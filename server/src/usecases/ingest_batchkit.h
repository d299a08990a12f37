// What the ingest use cases share (usecases/ingest*.cc; not for callers):
// the shapes of identifiers, the batch header's checks, each row's client
// found by id, import reference or account number, the batch's audit event.
#pragma once

#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "usecases/customer_import.h"
#include "usecases/ingest.h"

namespace crm::usecases::ingest::batchkit {

bool IsSource(const std::string& s);    // 1-40 of A-Z a-z 0-9 . _ -
bool IsRef(const std::string& s);       // 1-64 of A-Z a-z 0-9 . _ : / -
bool IsCode(const std::string& s);      // 1-32 of A-Z a-z 0-9 . _ -  (a product code)
bool IsExchange(const std::string& s);  // 2-8 of A-Z 0-9 (SSE, SZSE, SHFE, CFFEX, ...)
bool IsCurrency(const std::string& s);  // 3 of A-Z
// HH:MM:SS (24 h); "" -> fallback.
bool IsClockTime(const std::string& s);

// Header problems (line 0) and the row count.
void CheckHeader(const BatchHeader& h, size_t rows, std::vector<Rejection>* out);

struct ClientRef {
  int64_t line = 0;
  std::string client, account;
  bool received = false;  // its key was received before (a closed account still matches)
};
struct ClientOf {
  std::string customer_id;   // "" when the row was rejected
  std::string account_key;   // the account number's blind index ("" when the row named a client)
  std::string account_mask;  // e.g. 123456******7890
};
// Checks that each row names a client or an account (not both) and finds it.
// Unknown ones, closed accounts (unless received) and numbers shared by
// several clients are rejections.
std::vector<ClientOf> ResolveClients(pqxx::transaction_base& tx, const std::vector<ClientRef>& refs,
                                     std::vector<Rejection>* out);
// Row shape checks of the client/account fields alone (before the database).
void CheckClientFields(const ClientRef& r, std::vector<Rejection>* out);

void SortRejections(std::vector<Rejection>* r);

// `crm-admin import ...`: a CSV cell by column name ("" when absent).
std::string Cell(const CsvTable& table, const std::vector<std::string>& row, const char* name);
// The end of a CSV import: the header's count defaults to the rows read;
// cells that could not be read refuse the file (nothing written); else the
// rows go to the stream's use case.
template <typename Row, typename Ingest>
Result FinishCsv(const BatchHeader& header, const std::vector<Row>& rows, const std::vector<Rejection>& early,
                 Ingest ingest) {
  BatchHeader h = header;
  if (h.count < 0) h.count = static_cast<int64_t>(rows.size());
  if (!early.empty()) {
    Result r;
    r.rows = static_cast<int64_t>(rows.size());
    r.rejections = early;
    return r;
  }
  return ingest(h, rows);
}

// The batch's audit event: kOk with the counts when batch_id is set, else kError.
void AuditBatch(pqxx::work& tx, const storage::AuditWho& who, const std::string& action, const BatchHeader& h,
                const Result& r, const nlohmann::json& extra = nlohmann::json::object());

}  // namespace crm::usecases::ingest::batchkit

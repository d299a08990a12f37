#include "usecases/ingest_batchkit.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "common/ids.h"
#include "domain/customer_rules.h"
#include "domain/dates.h"
#include "security/field_cipher.h"
#include "storage/customer_repository.h"
#include "storage/ingest_repository.h"

namespace crm::usecases::ingest::batchkit {
namespace {

bool AllOf(const std::string& s, size_t min, size_t max, const char* extra, bool lower = true) {
  if (s.size() < min || s.size() > max) return false;
  for (unsigned char c : s) {
    const bool ok = std::isdigit(c) || std::isupper(c) || (lower && std::islower(c)) || std::strchr(extra, c);
    if (!ok || c == 0) return false;
  }
  return true;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

bool IsSource(const std::string& s) { return AllOf(s, 1, 40, "._-"); }
bool IsRef(const std::string& s) { return AllOf(s, 1, 64, "._:/-"); }
bool IsCode(const std::string& s) { return AllOf(s, 1, 32, "._-"); }
bool IsExchange(const std::string& s) { return AllOf(s, 2, 8, "", false); }
bool IsCurrency(const std::string& s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](unsigned char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsClockTime(const std::string& s) {
  if (s.size() != 8 || s[2] != ':' || s[5] != ':') return false;
  for (size_t i : {0, 1, 3, 4, 6, 7})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  const int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0'),
            sec = (s[6] - '0') * 10 + (s[7] - '0');
  return h < 24 && m < 60 && sec < 60;
}

void CheckHeader(const BatchHeader& h, size_t rows, std::vector<Rejection>* out) {
  if (!IsSource(h.source)) out->push_back({0, "source", "must be 1-40 letters, digits, '.', '_' or '-'"});
  if (!domain::ParseIsoDate(h.business_date)) out->push_back({0, "business_date", "must be a real date YYYY-MM-DD"});
  if (h.count >= 0 && h.count != static_cast<int64_t>(rows))
    out->push_back({0, "count", "says " + std::to_string(h.count) + " rows but " + std::to_string(rows) + " arrived"});
  if (rows == 0) out->push_back({0, "rows", "a batch needs at least one row"});
}

void CheckClientFields(const ClientRef& r, std::vector<Rejection>* out) {
  if (r.client.empty() == r.account.empty())
    out->push_back({r.line, r.client.empty() ? "client" : "account", "give either a client or an account, not both"});
  else if (!r.account.empty() && !domain::NormalizeAccountNumber(r.account))
    out->push_back({r.line, "account", "must be an account number of 6-20 digits (spaces and '-' allowed)"});
}

std::vector<ClientOf> ResolveClients(pqxx::transaction_base& tx, const std::vector<ClientRef>& refs,
                                     std::vector<Rejection>* out) {
  std::vector<ClientOf> result(refs.size());
  std::vector<std::string> ids, imports, bidx;
  auto cipher = security::FieldCipher::Process();
  for (size_t i = 0; i < refs.size(); ++i) {
    const auto& r = refs[i];
    if (!r.account.empty()) {
      const auto number = domain::NormalizeAccountNumber(r.account);
      if (!number) continue;
      result[i].account_key = cipher->BlindIndex("account_number", *number);
      result[i].account_mask = domain::MaskAccount(*number);
      bidx.push_back(result[i].account_key);
    } else if (IsUuid(r.client)) {
      ids.push_back(Lower(r.client));
    } else if (!r.client.empty()) {
      imports.push_back("import:" + r.client);
    }
  }
  std::map<std::string, std::string> client_id;
  for (const auto& [id, ref] : storage::CustomerRepository::FindByIdOrImportRef(tx, ids, imports)) {
    client_id[id] = id;
    if (!ref.empty()) client_id[ref] = id;
  }
  auto by_account = storage::IngestRepository::ClientsByAccountIndex(tx, bidx);
  for (size_t i = 0; i < refs.size(); ++i) {
    const auto& r = refs[i];
    if (r.client.empty() == r.account.empty()) continue;  // CheckClientFields said so
    if (!r.account.empty()) {
      if (result[i].account_key.empty()) continue;
      auto it = by_account.find(result[i].account_key);
      if (it == by_account.end() || (!it->second.open && !r.received))
        out->push_back({r.line, "account", "no open account with this number"});
      else if (it->second.customer_ids.size() > 1)
        out->push_back({r.line, "account", "accounts of more than one client have this number; give client_id"});
      else
        result[i].customer_id = *it->second.customer_ids.begin();
    } else {
      const std::string key = IsUuid(r.client) ? Lower(r.client) : r.client;
      auto it = client_id.find(key);
      if (it == client_id.end())
        out->push_back({r.line, "client", "no such client (give its id or the external_ref it was imported with)"});
      else
        result[i].customer_id = it->second;
    }
  }
  return result;
}

std::string Cell(const CsvTable& table, const std::vector<std::string>& row, const char* name) {
  auto it = table.column.find(name);
  return it == table.column.end() || it->second >= row.size() ? "" : row[it->second];
}

void SortRejections(std::vector<Rejection>* r) {
  std::stable_sort(r->begin(), r->end(), [](const Rejection& a, const Rejection& b) { return a.line < b.line; });
}

void AuditBatch(pqxx::work& tx, const storage::AuditWho& who, const std::string& action, const BatchHeader& h,
                const Result& r, const nlohmann::json& extra) {
  nlohmann::json details = {{"source", h.source}, {"business_date", h.business_date}, {"rows", r.rows}};
  if (r.batch_id) {
    details["accepted"] = r.accepted;
    details["unchanged"] = r.unchanged;
  } else {
    details["rejected"] = r.rejections.size();
  }
  for (auto it = extra.begin(); it != extra.end(); ++it) details[it.key()] = it.value();
  storage::AuditRepository::Record(tx, who,
                                   {action, "ingest_batch", r.batch_id ? std::to_string(r.batch_id) : "", "",
                                    r.batch_id ? storage::AuditOutcome::kOk : storage::AuditOutcome::kError, details});
}

}  // namespace crm::usecases::ingest::batchkit

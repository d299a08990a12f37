#include "usecases/audit_export.h"

#include <openssl/evp.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "common/clock.h"
#include "security/crypto.h"

namespace crm::usecases {
namespace {

std::string Csv(const std::string& v) {
  bool quote = v.find_first_of(",\"\n\r") != std::string::npos;
  // Cells starting with = + - @ are neutralised against spreadsheet formula injection.
  bool formula = !v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@');
  std::string out = formula ? "'" + v : v;
  if (!quote) return out;
  std::string q = "\"";
  for (char c : out) {
    if (c == '"')
      q += "\"\"";
    else
      q += c;
  }
  return q + "\"";
}

std::string Iso(int64_t us) {
  std::string s = ToPgTimestamp(TimePoint(std::chrono::microseconds(us)));  // "YYYY-MM-DD HH:MM:SS.ffffff+00"
  s[10] = 'T';
  return s.substr(0, 26) + "Z";
}

struct DigestFree {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

}  // namespace

std::string CsvHeader() {
  return "sequence,event_time,actor_user_id,actor_username,actor_role,session_id,client_address,request_id,action,"
         "target_type,target_id,reason,outcome,details,prev_hash,hash\n";
}

std::string ToCsvLine(const domain::AuditRecord& r) {
  std::string line;
  for (const std::string& v :
       {std::to_string(r.seq), Iso(r.event_time_us), r.actor_user_id, r.actor_username, r.actor_role, r.session_id,
        r.client_address, r.request_id, r.action, r.target_type, r.target_id, r.reason, r.outcome, r.details_json,
        security::HexEncode(r.prev_hash), security::HexEncode(r.hash)}) {
    if (!line.empty()) line += ',';
    line += Csv(v);
  }
  return line + "\n";
}

std::string ToJsonLine(const domain::AuditRecord& r) {
  nlohmann::ordered_json j;
  j["sequence"] = r.seq;
  j["event_time"] = Iso(r.event_time_us);
  j["actor_user_id"] = r.actor_user_id;
  j["actor_username"] = r.actor_username;
  j["actor_role"] = r.actor_role;
  j["session_id"] = r.session_id;
  j["client_address"] = r.client_address;
  j["request_id"] = r.request_id;
  j["action"] = r.action;
  j["target_type"] = r.target_type;
  j["target_id"] = r.target_id;
  j["reason"] = r.reason;
  j["outcome"] = r.outcome;
  j["details"] = nlohmann::json::parse(r.details_json);
  j["prev_hash"] = security::HexEncode(r.prev_hash);
  j["hash"] = security::HexEncode(r.hash);
  return j.dump() + "\n";
}

ExportStats ExportAudit(pqxx::transaction_base& tx, const storage::AuditFilter& filter, ExportFormat format,
                        const std::function<bool(const std::string&)>& sink,
                        const std::function<void(int64_t, int64_t)>& progress, size_t chunk_bytes) {
  ExportStats stats;
  stats.total = storage::AuditRepository::Count(tx, filter);
  std::unique_ptr<EVP_MD_CTX, DigestFree> digest(EVP_MD_CTX_new());
  EVP_DigestInit_ex(digest.get(), EVP_sha256(), nullptr);
  std::string buffer;
  auto flush = [&]() {
    if (buffer.empty()) return true;
    EVP_DigestUpdate(digest.get(), buffer.data(), buffer.size());
    bool more = sink(buffer);
    buffer.clear();
    if (progress) progress(stats.exported, stats.total);
    return more;
  };
  if (format == ExportFormat::kCsv) buffer += CsvHeader();
  int64_t cursor = 0;
  for (;;) {
    auto page = storage::AuditRepository::List(tx, filter, cursor, /*descending=*/false, 2000);
    for (const auto& r : page) {
      buffer += format == ExportFormat::kCsv ? ToCsvLine(r) : ToJsonLine(r);
      ++stats.exported;
      if (stats.first_seq == 0) stats.first_seq = r.seq;
      stats.last_seq = r.seq;
      stats.last_hash_hex = security::HexEncode(r.hash);
      if (buffer.size() >= chunk_bytes && !flush()) return stats;
    }
    if (page.size() < 2000) break;
    cursor = page.back().seq;
  }
  flush();
  std::vector<uint8_t> out(32);
  unsigned int len = 0;
  EVP_DigestFinal_ex(digest.get(), out.data(), &len);
  stats.sha256 = security::HexEncode(out);
  return stats;
}

}  // namespace crm::usecases

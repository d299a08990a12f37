#include "usecases/customer_search.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "common/error.h"
#include "common/utf8.h"
#include "domain/customer_rules.h"
#include "security/field_cipher.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/holdings_repository.h"
#include "storage/pipelined_tx.h"

namespace crm::usecases::customers {

using domain::Action;
using storage::AuditOutcome;
using storage::CustomerRepository;

namespace {

// The rows found, each checked by the policy module too, into the result,
// the search's event (the count and the ids shown) and COMMIT, with the
// list's metrics when asked (queued with the event: no extra round trip).
// The check must agree with row-level security: a row it refuses is a
// defect in one of the two layers, so the call fails and rolls back (no
// data, no event) instead of answering in part.
void Answer(ConfirmedTx& tx, domain::DataScope scope, std::vector<domain::Customer> rows, nlohmann::json details,
            bool include_metrics, SearchResult& out) {
  nlohmann::json ids = nlohmann::json::array();
  std::vector<std::string> listed;
  for (const auto& r : rows) {
    if (!tx.InScope(scope, domain::Placement(r))) {
      spdlog::error("SearchCustomers request_id={}: a row past row-level security is outside the policy's scope",
                    tx.actor().request_id);
      throw Error::Internal();
    }
    ids.push_back(r.id);
    listed.push_back(r.id);
  }
  out.customers = std::move(rows);
  std::optional<size_t> metrics;
  if (include_metrics) metrics = storage::HoldingsRepository::QueueListMetricsOf(tx.queue(), listed);
  details["count"] = ids.size();
  details["ids"] = ids;
  tx.QueueAudit({"customer.search", "customer", "", "", AuditOutcome::kOk, std::move(details)});
  const auto results = tx.Commit();
  if (metrics) out.metrics = storage::HoldingsRepository::ReadListMetrics(results.at(*metrics));
}

}  // namespace

SearchResult Search(Caller& caller, std::string q, int page_size, bool include_metrics) {
  while (!q.empty() && std::isspace(static_cast<unsigned char>(q.back()))) q.pop_back();
  while (!q.empty() && std::isspace(static_cast<unsigned char>(q.front()))) q.erase(0, 1);
  Validation v;
  if (q.size() < 2) v.Fail("query", crm::v1::FieldProblem::TOO_SHORT, "must be at least 2 characters", 2);
  if (q.size() > 100) v.Fail("query", crm::v1::FieldProblem::TOO_LONG, "must be at most 100 characters", 100);
  if (page_size < 0 || page_size > 100) v.Fail("page_size", "must be between 0 and 100");
  v.ThrowIfFailed();
  const int size = page_size == 0 ? 20 : page_size;
  SearchResult out;
  auto cipher = security::FieldCipher::Process();
  const std::string id_norm = domain::NormalizeIdNumber(q);
  // An exact document number: a valid resident ID, or an 8+ character
  // code with digits that is not a mobile number (passports, permits).
  const bool looks_like_id =
      domain::IsValidPrcId(id_norm) ||
      (domain::CheckIdNumber(domain::IdType::kPassport, id_norm).empty() && id_norm.size() >= 8 &&
       std::any_of(id_norm.begin(), id_norm.end(), ::isdigit) && !domain::IsValidMobile(q));
  const bool looks_like_phone = domain::IsValidMobile(q);
  const std::string digits = domain::NormalizeAccountNumber(q).value_or("");
  // An account or card number: 10-20 digits that are neither a mobile nor a resident ID.
  const bool looks_like_account =
      !looks_like_phone && !domain::IsValidPrcId(id_norm) && digits.size() >= 10 && digits.size() <= 20;
  // The last four digits of a mobile, as a client reads them out on the
  // phone: matched on the masked number within the caller's own book.
  const bool last_four = q.size() == 4 && std::all_of(q.begin(), q.end(), ::isdigit);
  if (last_four) {
    // [BEGIN, the acting user], then the search narrowed to the caller's
    // book by index, the policy check, then [the event, COMMIT].
    caller.Transact([&](RequestTx& request) {
      out = SearchResult{};
      out.matched_by = "phone_last_four";
      auto& tx = request.Send().tx;
      const auto scope = tx.Require(Action::kCustomerRead);
      const auto narrow = domain::NarrowToScope(tx.actor(), scope);
      const auto lookup = CustomerRepository::QueueFindByPhoneSuffix(tx.queue(), q, narrow.owner_user_id,
                                                                     narrow.team_id, narrow.branch_id, size);
      // Never the digits typed (part of a client's number).
      Answer(tx, scope, CustomerRepository::Rows(tx.Send(), lookup), {{"query", {{"by", "phone_last_four"}}}},
             include_metrics, out);
    });
    return out;
  }
  if (looks_like_phone || looks_like_account || looks_like_id) {
    // Exact lookups in two round trips (storage/pipelined_tx.h): [BEGIN, the
    // session and its user as the acting user, the lookup], then the
    // row-by-row policy check, then [the search's event, COMMIT].
    using Key = CustomerRepository::ExactKey;
    Key key = Key::kIdNumber;
    std::string bidx, matched_by;
    if (looks_like_phone) {
      matched_by = "phone";
      key = Key::kPhone;
      bidx = cipher->BlindIndex("phone", domain::NormalizePhone(q));
    } else if (looks_like_account) {
      matched_by = "account_number";
      key = Key::kAccountNumber;
      bidx = cipher->BlindIndex("account_number", digits);
    } else {
      matched_by = "id_number";
      key = Key::kIdNumber;
      bidx = cipher->BlindIndex("id_number", id_norm);
    }
    caller.Transact([&](RequestTx& request) {
      out = SearchResult{};
      out.matched_by = matched_by;
      const size_t lookup = CustomerRepository::QueueFindByIndex(request.queue(), key, bidx, size);
      auto [tx, results] = request.Send();
      const auto scope = tx.Require(Action::kCustomerRead);
      // The query as recorded: which index and a prefix of the blind index, never the number.
      Answer(tx, scope, CustomerRepository::Rows(results[lookup]),
             {{"query", {{"by", matched_by}, {"blind_index", bidx.substr(0, 16)}}}}, include_metrics, out);
    });
    return out;
  }
  // The name search in two round trips as well: [BEGIN, the session and its
  // user as the acting user, the search in that user's scope], the policy
  // check, then [the event, COMMIT].
  caller.Transact([&](RequestTx& request) {
    out = SearchResult{};
    out.matched_by = "name";
    // Letters only may also be the pinyin of a name or its initials (V0024).
    const domain::PinyinQuery pinyin = domain::ParsePinyinQuery(q);
    const auto search = CustomerRepository::QueueSearchByName(request.queue(), q, pinyin, size);
    auto [tx, results] = request.Send();
    const auto scope = tx.Require(Action::kCustomerRead);
    auto rows = CustomerRepository::Rows(results, search);
    out.partial = CustomerRepository::Partial(results, search);
    // Who searched, when, how many and which clients were shown; never the
    // typed text, which is part of a client's name (ADR 0006).
    Answer(tx, scope, std::move(rows),
           {{"query", {{"by", pinyin.empty() ? "name" : "name_or_pinyin"}, {"characters", Utf8Length(q)}}},
            {"partial", out.partial}},
           include_metrics, out);
  });
  return out;
}

}  // namespace crm::usecases::customers

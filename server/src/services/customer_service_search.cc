// CustomerService: SearchCustomers, by name, by an exact ID number, mobile or
// account number (blind indexes), or by the last four digits of a mobile.
#include <algorithm>
#include <optional>

#include <spdlog/spdlog.h>

#include "common/error.h"
#include "domain/customer_rules.h"
#include "domain/policy.h"
#include "security/field_cipher.h"
#include "usecases/client_access.h"
#include "services/customer_mapping.h"
#include "services/customer_service.h"
#include "services/proto_convert.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/holdings_repository.h"
#include "storage/pipelined_tx.h"

namespace crm::services {

using domain::Action;
using storage::AuditOutcome;
using storage::AuditRepository;
using storage::AuditWho;
using storage::CustomerRepository;

namespace {
// The rows found, each checked by the policy module too, into the answer;
// answers their ids for the search's audit event. The check must agree with
// row-level security: a row it refuses is a defect in one of the two layers,
// so the call fails and rolls back (no data, no event) instead of answering
// in part.
nlohmann::json AddInScope(const usecases::ConfirmedTx& tx, domain::DataScope scope,
                          const std::vector<storage::CustomerRow>& rows, crm::v1::SearchCustomersResponse* resp) {
  nlohmann::json ids = nlohmann::json::array();
  for (const auto& r : rows) {
    if (!InScope(tx.actor(), scope, r)) {
      spdlog::error("SearchCustomers request_id={}: a row past row-level security is outside the policy's scope",
                    tx.actor().request_id);
      throw Error::Internal();
    }
    CustomerToProto(r, resp->add_customers());
    ids.push_back(r.id);
  }
  return ids;
}

// The list's AUM and last contact for the rows found, when the caller asks
// (queued with the event and COMMIT: no extra round trip); applied after.
std::optional<size_t> QueueMetrics(storage::StatementQueue& tx, const crm::v1::SearchCustomersRequest& req,
                                   const crm::v1::SearchCustomersResponse& resp) {
  if (!req.include_metrics()) return std::nullopt;
  std::vector<std::string> ids;
  for (const auto& c : resp.customers()) ids.push_back(c.id());
  return storage::HoldingsRepository::QueueListMetricsOf(tx, ids);
}

void ApplyMetrics(const std::vector<storage::PipelinedResult>& results, std::optional<size_t> metrics,
                  crm::v1::SearchCustomersResponse* resp) {
  if (!metrics) return;
  const auto rows = storage::HoldingsRepository::ReadListMetrics(results.at(*metrics));
  for (auto& c : *resp->mutable_customers()) SetListMetrics(rows, &c);
}
// The rows found into the answer (each checked against the scope), the
// search's event (how it searched, never what was typed; the count and the
// ids shown) and COMMIT, with the list's metrics when asked.
void Answer(usecases::ConfirmedTx& tx, domain::DataScope scope, const std::vector<storage::CustomerRow>& rows,
            nlohmann::json details, const crm::v1::SearchCustomersRequest& req,
            crm::v1::SearchCustomersResponse* resp) {
  const nlohmann::json ids = AddInScope(tx, scope, rows, resp);
  const auto metrics = QueueMetrics(tx.queue(), req, *resp);
  details["count"] = ids.size();
  details["ids"] = ids;
  tx.QueueAudit({"customer.search", "customer", "", "", AuditOutcome::kOk, std::move(details)});
  ApplyMetrics(tx.Commit(), metrics, resp);
}
}  // namespace

grpc::ServerUnaryReactor* CustomerService::SearchCustomers(grpc::CallbackServerContext* ctx,
                                                           const crm::v1::SearchCustomersRequest* req,
                                                           crm::v1::SearchCustomersResponse* resp) {
  return pipeline_.UnaryInBatch(ctx, "/crm.v1.CustomerService/SearchCustomers", [req, resp](usecases::Caller& caller) {
    Validation v;
    std::string q = req->query();
    while (!q.empty() && std::isspace(static_cast<unsigned char>(q.back()))) q.pop_back();
    while (!q.empty() && std::isspace(static_cast<unsigned char>(q.front()))) q.erase(0, 1);
    if (q.size() < 2) v.Fail("query", crm::v1::FieldProblem::TOO_SHORT, "must be at least 2 characters", 2);
    if (q.size() > 100) v.Fail("query", crm::v1::FieldProblem::TOO_LONG, "must be at most 100 characters", 100);
    if (req->page_size() < 0 || req->page_size() > 100) v.Fail("page_size", "must be between 0 and 100");
    v.ThrowIfFailed();
    const int size = req->page_size() == 0 ? 20 : req->page_size();
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
      caller.Transact([&](usecases::RequestTx& request) {
        resp->Clear();
        resp->set_matched_by("phone_last_four");
        auto& tx = request.Send().tx;
        const auto scope = tx.Require(Action::kCustomerRead);
        const auto narrow = domain::NarrowToScope(tx.actor(), scope);
        const auto lookup = CustomerRepository::QueueFindByPhoneSuffix(tx.queue(), q, narrow.owner_user_id,
                                                                       narrow.team_id, narrow.branch_id, size);
        // Never the digits typed (part of a client's number).
        Answer(tx, scope, CustomerRepository::Rows(tx.Send(), lookup), {{"query", {{"by", "phone_last_four"}}}}, *req,
               resp);
      });
      return;
    }
    if (looks_like_phone || looks_like_account || looks_like_id) {
      // Exact lookups in two round trips (storage/pipelined_tx.h): [BEGIN,
      // the session and its user as the acting user, the lookup], then the
      // row-by-row policy check, then [the search's event with the count and
      // ids returned, COMMIT]. The check must agree with row-level security:
      // a row it refuses is a defect in one of the two layers, so the call
      // fails and rolls back (no data, no event) instead of answering in part.
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
      caller.Transact([&](usecases::RequestTx& request) {
        resp->Clear();
        resp->set_matched_by(matched_by);
        const size_t lookup = CustomerRepository::QueueFindByIndex(request.queue(), key, bidx, size);
        auto [tx, results] = request.Send();
        const auto scope = tx.Require(Action::kCustomerRead);
        // The query as recorded: which index and a prefix of the blind index, never the number.
        Answer(tx, scope, CustomerRepository::Rows(results[lookup]),
               {{"query", {{"by", matched_by}, {"blind_index", bidx.substr(0, 16)}}}}, *req, resp);
      });
      return;
    }
    // The name search in two round trips as well: [BEGIN, the session and its
    // user as the acting user, the search in that user's scope], the policy
    // check, then [the event, COMMIT].
    caller.Transact([&](usecases::RequestTx& request) {
      resp->Clear();
      resp->set_matched_by("name");
      // Letters only may also be the pinyin of a name or its initials (V0024).
      const domain::PinyinQuery pinyin = domain::ParsePinyinQuery(q);
      const auto search = CustomerRepository::QueueSearchByName(request.queue(), q, pinyin, size);
      auto [tx, results] = request.Send();
      const auto scope = tx.Require(Action::kCustomerRead);
      const auto rows = CustomerRepository::Rows(results, search);
      resp->set_partial(CustomerRepository::Partial(results, search));
      // Who searched, when, how many and which clients were shown; never the
      // typed text, which is part of a client's name (ADR 0006).
      Answer(tx, scope, rows,
             {{"query", {{"by", pinyin.empty() ? "name" : "name_or_pinyin"}, {"characters", Utf8Length(q)}}},
              {"partial", resp->partial()}},
             *req, resp);
    });
  });
}

}  // namespace crm::services

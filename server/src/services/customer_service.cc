#include "services/customer_service.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <sstream>

#include <spdlog/spdlog.h>

#include "common/error.h"
#include "domain/customer_rules.h"
#include "domain/money.h"
#include "domain/policy.h"
#include "security/crypto.h"
#include "security/field_cipher.h"
#include "usecases/client_access.h"
#include "services/customer_mapping.h"
#include "services/proto_convert.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/request_key_repository.h"
#include "storage/holdings_repository.h"
#include "storage/pipelined_tx.h"
#include "storage/user_repository.h"

namespace crm::services {

using domain::Action;
using storage::AuditOutcome;
using storage::AuditRepository;
using storage::AuditWho;
using storage::CustomerRepository;
using storage::CustomerRow;

namespace {

Error NotFound() { return Error::NotFound("customer"); }

// A list's or count's filter as its audit event records it.
nlohmann::json FilterDetails(const storage::CustomerFilter& f) {
  return {{"status", f.status},
          {"owner", f.owner_user_id},
          {"team", f.team_id},
          {"branch", f.branch_id},
          {"tier", f.tier},
          {"risk_level", f.risk_level},
          {"tag", f.tag},
          {"aum_min_minor", f.aum_min_minor},
          {"aum_max_minor", f.aum_max_minor},
          {"last_trade_after", f.last_trade_after},
          {"last_trade_before", f.last_trade_before},
          {"include_archived", f.include_archived}};
}

// Keyed hashes of old and new values for the audit record, never the values.
nlohmann::json ChangeHashes(const CustomerRow& before, const CustomerRow& after,
                            const std::vector<std::string>& fields) {
  auto cipher = security::FieldCipher::Process();
  auto value = [](const CustomerRow& r, const std::string& f) -> std::string {
    if (f == "name") return r.name;
    if (f == "gender") return r.gender;
    if (f == "birth_date") return r.birth_date;
    if (f == "id_number") return r.id_number_bidx;
    if (f == "phone") return r.phone_bidx;
    if (f == "email") return r.email_enc_hex;
    if (f == "address") return r.address_enc_hex;
    if (f == "district") return r.district;
    if (f == "occupation") return r.occupation;
    if (f == "employer") return r.employer;
    if (f == "source") return r.source;
    if (f == "status") return r.status;
    if (f == "kind") return r.kind;
    return "";
  };
  nlohmann::json out = nlohmann::json::object();
  for (const auto& f : fields)
    out[f] = {{"old_hmac", cipher->BlindIndex("audit:" + f, value(before, f)).substr(0, 32)},
              {"new_hmac", cipher->BlindIndex("audit:" + f, value(after, f)).substr(0, 32)}};
  return out;
}

// A ListCustomers page token: the order it continues and where the page
// ended, joined by unit separators and base64-encoded.
std::string EncodeCursor(const std::string& order_by, const storage::ListCursor& c) {
  std::string raw = "o:" + order_by + '\x1f' + c.key + '\x1f' + c.name + '\x1f' + c.id;
  return security::Base64Encode(std::vector<uint8_t>(raw.begin(), raw.end()));
}

// "name", "tier desc", ... -> the order; nullopt when not one of ours.
std::optional<storage::ListOrder> ParseOrderBy(std::string text) {
  using Key = storage::ListOrder::Key;
  static const std::pair<const char*, Key> kKeys[] = {{"name", Key::kName},
                                                      {"status", Key::kStatus},
                                                      {"tier", Key::kTier},
                                                      {"risk_level", Key::kRiskLevel},
                                                      {"create_time", Key::kCreateTime},
                                                      {"update_time", Key::kUpdateTime}};
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char ch) { return std::tolower(ch); });
  std::istringstream in(text);
  std::string field, dir, extra;
  in >> field >> dir >> extra;
  storage::ListOrder order;
  if (field.empty()) return order;
  if (!extra.empty() || (!dir.empty() && dir != "desc" && dir != "asc")) return std::nullopt;
  order.descending = dir == "desc";
  for (const auto& [name, key] : kKeys)
    if (field == name) {
      order.key = key;
      return order;
    }
  return std::nullopt;
}

// The filters of ListCustomers and CountCustomers, narrowed to the caller's
// scope (row-level security would anyway; this keeps the plan on an index).
storage::CustomerFilter FilterOf(const rpc::Call& call, domain::DataScope scope,
                                 const crm::v1::ListCustomersRequest& req, Validation& v) {
  storage::CustomerFilter f;
  if (req.status() != crm::v1::CUSTOMER_STATUS_UNSPECIFIED) f.status = crm::v1::CustomerStatus_Name(req.status());
  f.owner_user_id = req.owner_user_id();
  f.team_id = req.team_id();
  f.branch_id = req.branch_id();
  f.tier = req.tier();
  f.risk_level = req.risk_level();
  f.tag = req.tag();
  f.include_archived = req.include_archived();
  if (req.has_aum_min_minor()) {
    domain::CheckMoney(v, "aum_min_minor", req.aum_min_minor());
    f.aum_min_minor = std::to_string(req.aum_min_minor());
  }
  if (req.has_aum_max_minor()) {
    const bool in_range = domain::CheckMoney(v, "aum_max_minor", req.aum_max_minor());
    if (in_range && req.has_aum_min_minor() && req.aum_max_minor() < req.aum_min_minor())
      v.Fail("aum_max_minor", crm::v1::FieldProblem::RANGE_REVERSED, "must not be below aum_min_minor");
    f.aum_max_minor = std::to_string(req.aum_max_minor());
  }
  if (!ValidDate(req.last_trade_after(), f.last_trade_after))
    v.Fail("last_trade_after", crm::v1::FieldProblem::INVALID_DATE, "is not a valid date");
  if (!ValidDate(req.last_trade_before(), f.last_trade_before))
    v.Fail("last_trade_before", crm::v1::FieldProblem::INVALID_DATE, "is not a valid date");
  if (!f.last_trade_after.empty() && !f.last_trade_before.empty() && f.last_trade_before <= f.last_trade_after)
    v.Fail("last_trade_before", crm::v1::FieldProblem::RANGE_REVERSED, "must be after last_trade_after");
  for (auto [field, value] : {std::pair{"owner_user_id", &f.owner_user_id}, std::pair{"team_id", &f.team_id},
                              std::pair{"branch_id", &f.branch_id}})
    if (!value->empty() && !storage::IsUuid(*value)) v.Fail(field, "is not an id");
  // Narrow to the caller's scope (RLS would anyway; this keeps the plan on an index).
  const auto narrow = domain::NarrowToScope(call.actor, scope);
  if (f.owner_user_id.empty()) f.owner_user_id = narrow.owner_user_id;
  if (f.team_id.empty()) f.team_id = narrow.team_id;
  if (f.branch_id.empty()) f.branch_id = narrow.branch_id;
  return f;
}

}  // namespace

grpc::ServerUnaryReactor* CustomerService::CreateCustomer(grpc::CallbackServerContext* ctx,
                                                          const crm::v1::CreateCustomerRequest* req,
                                                          crm::v1::Customer* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/CreateCustomer", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kCustomerWrite);
        Validation v;
        if (req->request_id().empty() || req->request_id().size() > 64)
          v.Fail("request_id", crm::v1::FieldProblem::REQUIRED, "is required (at most 64 characters)");
        const auto& in = req->customer();
        CustomerRow row;
        row.id = NewUuid();
        row.request_id = req->request_id();
        row.status = "PROSPECT";
        std::set<std::string> paths{"kind",  "name",  "gender",   "birth_date", "id_type",  "id_number",
                                    "phone", "email", "district", "occupation", "employer", "source"};
        if (!in.address().empty()) paths.insert("address");
        if (in.status() != crm::v1::CUSTOMER_STATUS_UNSPECIFIED) paths.insert("status");
        ApplyCustomerInput(in, paths, row, v);
        row.owner_user_id = in.owner_user_id().empty() ? call.actor.user_id : in.owner_user_id();
        if (!storage::IsUuid(row.owner_user_id)) v.Fail("customer.owner_user_id", "is not a user id");
        v.ThrowIfFailed();

        const auto key = KeyOf("CreateCustomer", row.request_id, *req, call.actor.user_id);
        call.caller().TransactWork([&](usecases::WorkTx& work) {
          auto& tx = work.work();
          // A repeat, also one sent while the first is still running (the claim
          // waits for it), answers with the client first created.
          if (auto first = storage::RequestKeyRepository::Claim(tx, key)) {
            auto existing = CustomerRepository::Get(tx, *first);
            if (!existing) throw NotFound();  // moved out of the caller's scope since
            CustomerToProto(*existing, resp);
            return;
          }
          auto owner = storage::UserRepository::FindById(tx, row.owner_user_id);
          if (!owner || owner->role != "ACCOUNT_MANAGER" || owner->disabled)
            throw Error::InvalidField("customer.owner_user_id", crm::v1::FieldProblem::NOT_ACTIVE_MANAGER,
                                      "must be an active account manager");
          row.team_id = owner->team_id;
          row.branch_id = owner->branch_id;
          if (!InScope(call.actor, scope, row))
            throw Error::InvalidField("customer.owner_user_id", crm::v1::FieldProblem::OUTSIDE_TEAM_OR_BRANCH,
                                      "is outside your team or branch");
          CustomerRepository::Insert(tx, row);
          storage::RequestKeyRepository::Complete(tx, key, row.id);
          auto stored = CustomerRepository::Get(tx, row.id);
          if (!stored) throw Error::Internal();
          CustomerToProto(*stored, resp);
          work.Audit({"customer.create",
                      "customer",
                      row.id,
                      "",
                      AuditOutcome::kOk,
                      {{"request_id", row.request_id}, {"owner_user_id", row.owner_user_id}}});
        });
      });
}

grpc::ServerUnaryReactor* CustomerService::GetCustomer(grpc::CallbackServerContext* ctx,
                                                       const crm::v1::GetCustomerRequest* req,
                                                       crm::v1::Customer* resp) {
  return pipeline_.UnaryInBatch(ctx, "/crm.v1.CustomerService/GetCustomer", [req, resp](usecases::Caller& caller) {
    if (!storage::IsUuid(req->id())) throw Error::InvalidField("id", "is not a client id");
    bool found = false;
    // Two round trips (storage/pipelined_tx.h): [BEGIN, the session and its
    // user as the acting user, the client and every part of the 360 view] and
    // [the view's event, COMMIT]. The parts are read before the policy check;
    // row-level security already limits them to the caller's scope, and
    // nothing is returned unless the check passes.
    caller.Transact([&](usecases::RequestTx& request) {
      resp->Clear();
      const auto view_batch = CustomerRepository::QueueView360(request.queue(), req->id());
      const auto holdings_batch = storage::HoldingsRepository::QueueView(request.queue(), req->id());
      auto [tx, results] = request.Send();
      const auto scope = tx.Require(Action::kCustomerRead);
      auto view = CustomerRepository::ReadView360(results, view_batch);
      found = view.row && InScope(tx.actor(), scope, *view.row);
      if (found) {
        CustomerToProto(*view.row, resp);
        resp->set_owner_name(view.owner_name);
        for (const auto& c : view.consents) ConsentToProto(c, resp->add_consents());
        for (const auto& a : view.accounts) AccountToProto(a, resp->add_accounts());
        for (const auto& r : view.relations) RelationToProto(r, resp->add_relations());
        for (const auto& t : view.tags.first) resp->add_manual_tags(t);
        for (const auto& t : view.tags.second) resp->add_rule_tags(t);
        auto holdings = storage::HoldingsRepository::ReadView(results, holdings_batch);
        HoldingsToProto(holdings.holdings, holdings.aum, holdings.cash, resp);
        for (const auto& i : view.interactions) InteractionToProto(i, resp->add_recent_interactions());
        if (holdings.activity) ActivityToProto(*holdings.activity, resp->mutable_activity());
        for (auto [action, capability] : {std::pair{Action::kCustomerWrite, crm::v1::CAPABILITY_EDIT},
                                          {Action::kCustomerRevealSensitive, crm::v1::CAPABILITY_REVEAL_SENSITIVE},
                                          {Action::kCustomerTransfer, crm::v1::CAPABILITY_TRANSFER}}) {
          const auto d = domain::Authorize(tx.actor(), action);
          if (d.allowed && InScope(tx.actor(), d.scope, *view.row)) resp->add_capabilities(capability);
        }
      }
      tx.QueueAudit({"customer.view", "customer", req->id(), "", found ? AuditOutcome::kOk : AuditOutcome::kDenied,
                     found ? nlohmann::json::object() : nlohmann::json{{"result", "not found or out of scope"}}});
      tx.Commit();
    });
    if (!found) throw NotFound();
  });
}

grpc::ServerUnaryReactor* CustomerService::UpdateCustomer(grpc::CallbackServerContext* ctx,
                                                          const crm::v1::UpdateCustomerRequest* req,
                                                          crm::v1::Customer* resp) {
  return pipeline_.UnaryInBatch(ctx, "/crm.v1.CustomerService/UpdateCustomer", [req, resp](usecases::Caller& caller) {
    Validation v;
    const auto& in = req->customer();
    if (!storage::IsUuid(in.id())) v.Fail("customer.id", "is not a client id");
    if (req->etag().empty()) v.Fail("etag", crm::v1::FieldProblem::REQUIRED, "is required (from the client you read)");
    std::set<std::string> paths;
    for (const auto& p : req->update_mask().paths()) {
      if (!UpdatablePaths().count(p)) v.Fail("update_mask", "cannot update \"" + p + "\"");
      paths.insert(p);
    }
    if (paths.empty()) v.Fail("update_mask", "name at least one field");
    v.ThrowIfFailed();
    enum class Outcome { kOk, kNotFound, kStale } outcome = Outcome::kOk;
    std::string current_etag;
    // The hot write path goes in two round trips (storage/pipelined_tx.h):
    // [BEGIN, the session and its user as the acting user, the row before]
    // and [the change with its event, COMMIT].
    caller.Transact([&](usecases::RequestTx& request) {
      outcome = Outcome::kOk;
      const size_t get = CustomerRepository::QueueGet(request.queue(), in.id());
      auto [tx, results] = request.Send();
      const auto scope = tx.Require(Action::kCustomerWrite);
      auto before = CustomerRepository::Row(results[get]);
      if (!before || !InScope(tx.actor(), scope, *before)) {
        outcome = Outcome::kNotFound;
        tx.QueueAudit({"customer.update",
                       "customer",
                       in.id(),
                       "",
                       AuditOutcome::kDenied,
                       {{"result", "not found or out of scope"}}});
        tx.Commit();
        return;
      }
      if (Etag(*before) != req->etag()) {
        outcome = Outcome::kStale;
        current_etag = Etag(*before);
        return;  // rolled back: nothing was written
      }
      CustomerRow after = *before;
      Validation fv;
      auto changed = ApplyCustomerInput(in, paths, after, fv);
      fv.ThrowIfFailed();
      // The change and its event go in one statement, which returns the stored row.
      const size_t update = CustomerRepository::QueueUpdateAudited(
          tx.queue(), after, before->version, tx.who(),
          {"customer.update",
           "customer",
           in.id(),
           "",
           AuditOutcome::kOk,
           {{"fields", changed}, {"changes", ChangeHashes(*before, after, changed)}}});
      auto stored = CustomerRepository::Row(tx.Commit()[update]);
      if (!stored) {
        outcome = Outcome::kStale;
        return;
      }
      CustomerToProto(*stored, resp);
    });
    if (outcome == Outcome::kNotFound) throw NotFound();
    if (outcome == Outcome::kStale) {
      Error e(crm::v1::ErrorReason::ETAG_MISMATCH, "the client was changed by someone else; reload and try again");
      if (!current_etag.empty()) e.AddMetadata("current_etag", current_etag);
      throw e;
    }
  });
}

grpc::ServerUnaryReactor* CustomerService::SetArchived(grpc::CallbackServerContext* ctx, const char* method,
                                                       const std::string& id, const std::string& reason, bool archived,
                                                       crm::v1::Customer* resp) {
  return pipeline_.Unary(ctx, method, rpc::AuthMode::kSession, [this, id, reason, archived, resp](rpc::Call& call) {
    const auto scope = domain::Require(call.actor, Action::kCustomerWrite);
    Validation v;
    if (!storage::IsUuid(id)) v.Fail("id", "is not a client id");
    if (reason.find_first_not_of(" \t") == std::string::npos)
      v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required");
    v.ThrowIfFailed();
    usecases::WithClientInScope(call.caller(), scope, id, {archived ? "customer.archive" : "customer.restore", reason},
                                [&](pqxx::work& tx, const storage::CustomerRow&) {
                                  CustomerRepository::SetArchived(tx, id, archived);  // no-op when already so
                                  CustomerToProto(*CustomerRepository::Get(tx, id), resp);
                                  return nlohmann::json::object();
                                });
  });
}

grpc::ServerUnaryReactor* CustomerService::ArchiveCustomer(grpc::CallbackServerContext* ctx,
                                                           const crm::v1::ArchiveCustomerRequest* req,
                                                           crm::v1::Customer* resp) {
  return SetArchived(ctx, "/crm.v1.CustomerService/ArchiveCustomer", req->id(), req->reason(), true, resp);
}

grpc::ServerUnaryReactor* CustomerService::RestoreCustomer(grpc::CallbackServerContext* ctx,
                                                           const crm::v1::RestoreCustomerRequest* req,
                                                           crm::v1::Customer* resp) {
  return SetArchived(ctx, "/crm.v1.CustomerService/RestoreCustomer", req->id(), req->reason(), false, resp);
}

grpc::ServerUnaryReactor* CustomerService::ListCustomers(grpc::CallbackServerContext* ctx,
                                                         const crm::v1::ListCustomersRequest* req,
                                                         crm::v1::ListCustomersResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/ListCustomers", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kCustomerRead);
        Validation v;
        if (req->page_size() < 0 || req->page_size() > 500) v.Fail("page_size", "must be between 0 and 500");
        storage::CustomerFilter f = FilterOf(call, scope, *req, v);
        const auto order = ParseOrderBy(req->order_by());
        if (!order)
          v.Fail("order_by",
                 "sort by name, status, tier, risk_level, create_time or update_time, optionally with \" desc\"");
        // The canonical form of the order, which the page token must carry.
        std::string order_text = req->order_by();
        if (order) {
          std::ostringstream canon;
          canon << static_cast<int>(order->key) << (order->descending ? "d" : "a");
          order_text = canon.str();
        }
        std::optional<storage::ListCursor> after;
        if (!req->page_token().empty() && order) {
          try {
            auto bytes = security::Base64Decode(req->page_token());
            std::string raw(bytes.begin(), bytes.end());
            std::vector<std::string> parts;
            for (size_t at = 0;;) {
              auto sep = raw.find('\x1f', at);
              parts.push_back(raw.substr(at, sep == std::string::npos ? std::string::npos : sep - at));
              if (sep == std::string::npos) break;
              at = sep + 1;
            }
            if (parts.size() != 4 || parts[0] != "o:" + order_text || !storage::IsUuid(parts[3]))
              throw std::invalid_argument("token");
            const bool time_key = order->key == storage::ListOrder::Key::kCreateTime ||
                                  order->key == storage::ListOrder::Key::kUpdateTime;
            if (time_key && (parts[1].empty() || parts[1].find_first_not_of("-0123456789") != std::string::npos))
              throw std::invalid_argument("token");
            after = storage::ListCursor{parts[1], parts[2], parts[3]};
          } catch (const std::exception&) {
            v.Fail("page_token", "is not a token this server issued for this order");
          }
        }
        v.ThrowIfFailed();
        const int size = req->page_size() == 0 ? 50 : req->page_size();
        call.caller().TransactWork([&](usecases::WorkTx& work) {
          auto& tx = work.work();
          resp->Clear();
          auto rows = CustomerRepository::List(tx, f, *order, after ? &*after : nullptr, size + 1);
          nlohmann::json ids = nlohmann::json::array();
          for (int i = 0; i < static_cast<int>(rows.size()) && i < size; ++i) {
            if (!InScope(call.actor, scope, rows[i])) continue;  // never expected: RLS filtered already
            CustomerToProto(rows[i], resp->add_customers());
            ids.push_back(rows[i].id);
          }
          if (req->include_metrics()) {
            std::vector<std::string> listed;
            for (const auto& c : resp->customers()) listed.push_back(c.id());
            const auto metrics = storage::HoldingsRepository::ListMetricsOf(tx, listed);
            for (auto& c : *resp->mutable_customers()) SetListMetrics(metrics, &c);
          }
          if (static_cast<int>(rows.size()) > size) {
            const auto& last = rows[size - 1];
            resp->set_next_page_token(
                EncodeCursor(order_text, {CustomerRepository::SortKey(last, order->key), last.name, last.id}));
          }
          work.Audit(
              {"customer.list",
               "customer",
               "",
               "",
               AuditOutcome::kOk,
               {{"filter", FilterDetails(f)}, {"order_by", req->order_by()}, {"count", ids.size()}, {"ids", ids}}});
        });
      });
}

grpc::ServerUnaryReactor* CustomerService::CountCustomers(grpc::CallbackServerContext* ctx,
                                                          const crm::v1::ListCustomersRequest* req,
                                                          crm::v1::CountCustomersResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.CustomerService/CountCustomers", rpc::AuthMode::kSession,
                         [this, req, resp](rpc::Call& call) {
                           const auto scope = domain::Require(call.actor, Action::kCustomerRead);
                           Validation v;
                           storage::CustomerFilter f = FilterOf(call, scope, *req, v);
                           v.ThrowIfFailed();
                           call.caller().TransactWork([&](usecases::WorkTx& work) {
                             auto& tx = work.work();
                             resp->set_total_size(CustomerRepository::Count(tx, f));
                             work.Audit({"customer.count",
                                         "customer",
                                         "",
                                         "",
                                         AuditOutcome::kOk,
                                         {{"filter", FilterDetails(f)}, {"count", resp->total_size()}}});
                           });
                         });
}

grpc::ServerUnaryReactor* CustomerService::RevealSensitiveField(grpc::CallbackServerContext* ctx,
                                                                const crm::v1::RevealSensitiveFieldRequest* req,
                                                                crm::v1::RevealSensitiveFieldResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/RevealSensitiveField", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        // A role that may not reveal is refused as the policy says; the attempt
        // is also on record against the client, with the reason typed, so
        // "who tried to see this client's number" has an answer.
        if (!domain::Authorize(call.actor, Action::kCustomerRevealSensitive).allowed && storage::IsUuid(req->id()) &&
            req->reason().size() <= 500) {
          storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
            AuditRepository::Record(tx, AuditWho::From(call.actor),
                                    {"customer.reveal",
                                     "customer",
                                     req->id(),
                                     req->reason(),
                                     AuditOutcome::kDenied,
                                     {{"field", SensitiveFieldName(req->field())}, {"refused", "PERMISSION_DENIED"}}});
          });
        }
        const auto scope = domain::Require(call.actor, Action::kCustomerRevealSensitive);
        Validation v;
        if (!storage::IsUuid(req->id())) v.Fail("id", "is not a client id");
        if (*SensitiveFieldName(req->field()) == '\0')
          v.Fail("field", crm::v1::FieldProblem::NOT_ONE_OF, "choose ID_NUMBER, PHONE, EMAIL or ADDRESS");
        if (req->reason().find_first_not_of(" \t") == std::string::npos)
          v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required to reveal a field");
        if (req->reason().size() > 500)
          v.Fail("reason", crm::v1::FieldProblem::TOO_LONG, "must be at most 500 characters", 500);
        v.ThrowIfFailed();
        usecases::WithClientInScope(call.caller(), scope, req->id(),
                                    {"customer.reveal", req->reason(), {{"field", SensitiveFieldName(req->field())}}},
                                    [&](pqxx::work&, const storage::CustomerRow& row) {
                                      resp->set_value(DecryptField(row, req->field()));
                                      return nlohmann::json::object();
                                    });
      });
}

}  // namespace crm::services

#include "services/customer_service.h"

#include <algorithm>
#include <optional>
#include <sstream>

#include "common/error.h"
#include "domain/money.h"
#include "security/crypto.h"
#include "services/customer_mapping.h"
#include "services/proto_convert.h"
#include "usecases/customers.h"

namespace crm::services {

using domain::Action;
namespace customers = usecases::customers;

namespace {

// A ListCustomers page token: the order it continues and where the page
// ended, joined by unit separators and base64-encoded.
std::string EncodeCursor(const std::string& order_by, const domain::ListCursor& c) {
  std::string raw = "o:" + order_by + '\x1f' + c.key + '\x1f' + c.name + '\x1f' + c.id;
  return security::Base64Encode(std::vector<uint8_t>(raw.begin(), raw.end()));
}

// "name", "tier desc", ... -> the order; nullopt when not one of ours.
std::optional<domain::ListOrder> ParseOrderBy(std::string text) {
  using Key = domain::ListOrder::Key;
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
  domain::ListOrder order;
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

// The filters of ListCustomers and CountCustomers (the use case narrows them
// to the caller's scope).
domain::CustomerFilter FilterOf(const crm::v1::ListCustomersRequest& req, Validation& v) {
  domain::CustomerFilter f;
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
    if (!value->empty() && !IsUuid(*value)) v.Fail(field, "is not an id");
  return f;
}

}  // namespace

grpc::ServerUnaryReactor* CustomerService::CreateCustomer(grpc::CallbackServerContext* ctx,
                                                          const crm::v1::CreateCustomerRequest* req,
                                                          crm::v1::Customer* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.CustomerService/CreateCustomer", rpc::AuthMode::kSession,
                         [req, resp](rpc::Call& call) {
                           const auto& in = req->customer();
                           customers::NewCustomer request;
                           request.key = KeyOf("CreateCustomer", req->request_id(), *req, call.actor.user_id);
                           request.input = CustomerInputOf(in);
                           request.paths = {"kind",  "name",  "gender",   "birth_date", "id_type",  "id_number",
                                            "phone", "email", "district", "occupation", "employer", "source"};
                           if (!in.address().empty()) request.paths.insert("address");
                           if (in.status() != crm::v1::CUSTOMER_STATUS_UNSPECIFIED) request.paths.insert("status");
                           request.owner_user_id = in.owner_user_id();
                           CustomerToProto(customers::Create(call.caller(), request), resp);
                         });
}

grpc::ServerUnaryReactor* CustomerService::GetCustomer(grpc::CallbackServerContext* ctx,
                                                       const crm::v1::GetCustomerRequest* req,
                                                       crm::v1::Customer* resp) {
  return pipeline_.UnaryInBatch(ctx, "/crm.v1.CustomerService/GetCustomer", [req, resp](usecases::Caller& caller) {
    const auto view = customers::Get(caller, req->id());
    resp->Clear();
    CustomerToProto(view.customer, resp);
    resp->set_owner_name(view.owner_name);
    for (const auto& c : view.consents) ConsentToProto(c, resp->add_consents());
    for (const auto& a : view.accounts) AccountToProto(a, resp->add_accounts());
    for (const auto& r : view.relations) RelationToProto(r, resp->add_relations());
    for (const auto& t : view.manual_tags) resp->add_manual_tags(t);
    for (const auto& t : view.rule_tags) resp->add_rule_tags(t);
    HoldingsToProto(view.holdings, view.aum, view.cash, resp);
    for (const auto& i : view.recent_interactions) InteractionToProto(i, resp->add_recent_interactions());
    if (view.activity) ActivityToProto(*view.activity, resp->mutable_activity());
    for (const auto& m : view.futures_margin) FuturesMarginToProto(m, resp->add_futures_margin());
    for (auto action : view.may) {
      if (action == Action::kCustomerWrite) resp->add_capabilities(crm::v1::CAPABILITY_EDIT);
      if (action == Action::kCustomerRevealSensitive) resp->add_capabilities(crm::v1::CAPABILITY_REVEAL_SENSITIVE);
      if (action == Action::kCustomerTransfer) resp->add_capabilities(crm::v1::CAPABILITY_TRANSFER);
    }
  });
}

grpc::ServerUnaryReactor* CustomerService::UpdateCustomer(grpc::CallbackServerContext* ctx,
                                                          const crm::v1::UpdateCustomerRequest* req,
                                                          crm::v1::Customer* resp) {
  return pipeline_.UnaryInBatch(ctx, "/crm.v1.CustomerService/UpdateCustomer", [req, resp](usecases::Caller& caller) {
    const auto& in = req->customer();
    const std::set<std::string> paths(req->update_mask().paths().begin(), req->update_mask().paths().end());
    CustomerToProto(customers::Update(caller, in.id(), req->etag(), CustomerInputOf(in), paths), resp);
  });
}

grpc::ServerUnaryReactor* CustomerService::SetArchived(grpc::CallbackServerContext* ctx, const char* method,
                                                       const std::string& id, const std::string& reason, bool archived,
                                                       crm::v1::Customer* resp) {
  return pipeline_.Unary(ctx, method, rpc::AuthMode::kSession, [id, reason, archived, resp](rpc::Call& call) {
    CustomerToProto(customers::SetArchived(call.caller(), id, reason, archived), resp);
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
      ctx, "/crm.v1.CustomerService/ListCustomers", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kCustomerRead);
        Validation v;
        if (req->page_size() < 0 || req->page_size() > 500) v.Fail("page_size", "must be between 0 and 500");
        customers::ListQuery query;
        query.filter = FilterOf(*req, v);
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
            if (parts.size() != 4 || parts[0] != "o:" + order_text || !IsUuid(parts[3]))
              throw std::invalid_argument("token");
            const bool time_key =
                order->key == domain::ListOrder::Key::kCreateTime || order->key == domain::ListOrder::Key::kUpdateTime;
            if (time_key && (parts[1].empty() || parts[1].find_first_not_of("-0123456789") != std::string::npos))
              throw std::invalid_argument("token");
            query.after = domain::ListCursor{parts[1], parts[2], parts[3]};
          } catch (const std::exception&) {
            v.Fail("page_token", "is not a token this server issued for this order");
          }
        }
        v.ThrowIfFailed();
        query.order = *order;
        query.order_by = req->order_by();
        query.size = req->page_size() == 0 ? 50 : req->page_size();
        query.include_metrics = req->include_metrics();
        const auto page = customers::List(call.caller(), std::move(query));
        resp->Clear();
        for (const auto& c : page.customers) {
          auto* out = resp->add_customers();
          CustomerToProto(c, out);
          if (req->include_metrics()) SetListMetrics(page.metrics, out);
        }
        if (page.next) resp->set_next_page_token(EncodeCursor(order_text, *page.next));
      });
}

grpc::ServerUnaryReactor* CustomerService::CountCustomers(grpc::CallbackServerContext* ctx,
                                                          const crm::v1::ListCustomersRequest* req,
                                                          crm::v1::CountCustomersResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.CustomerService/CountCustomers", rpc::AuthMode::kSession,
                         [req, resp](rpc::Call& call) {
                           call.caller().Require(Action::kCustomerRead);
                           Validation v;
                           auto filter = FilterOf(*req, v);
                           v.ThrowIfFailed();
                           resp->set_total_size(customers::Count(call.caller(), std::move(filter)));
                         });
}

grpc::ServerUnaryReactor* CustomerService::RevealSensitiveField(grpc::CallbackServerContext* ctx,
                                                                const crm::v1::RevealSensitiveFieldRequest* req,
                                                                crm::v1::RevealSensitiveFieldResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.CustomerService/RevealSensitiveField", rpc::AuthMode::kSession,
                         [req, resp](rpc::Call& call) {
                           const auto field = SensitiveFieldOf(req->field());
                           customers::RequireReveal(call.caller(), req->id(), field, req->reason());
                           resp->set_value(customers::Reveal(call.caller(), req->id(), field, req->reason()));
                         });
}

}  // namespace crm::services

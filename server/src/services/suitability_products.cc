// SuitabilityService: the product catalogue with its risk levels. A risk
// change is recorded with its reason and answers with the holders whose match
// changes (regulatory.md section 1: "client and product levels are
// re-evaluated when their information changes").
#include <regex>

#include "common/error.h"
#include "common/ids.h"
#include "domain/dates.h"
#include "domain/money.h"
#include "security/crypto.h"
#include "services/proto_convert.h"
#include "services/suitability_mapping.h"
#include "services/suitability_service.h"
#include "usecases/products.h"

namespace crm::services {

using namespace suitability;
namespace products = usecases::products;

namespace {

const std::set<std::string>& ProductTypes() {
  static const std::set<std::string> kTypes{"STOCK",
                                            "FUND",
                                            "BOND",
                                            "FUTURES",
                                            "OPTION",
                                            "STRUCTURED_NOTE",
                                            "PRIVATE_FUND",
                                            "ASSET_MANAGEMENT",
                                            "WEALTH_MANAGEMENT",
                                            "OTHER"};
  return kTypes;
}

// Validated first (ValidateProductFields): a real day or unset.
std::string DateText(const google::type::Date& d) {
  return domain::DateText(d.year(), d.month(), d.day()).value_or("");
}

bool ValidDate(const google::type::Date& d) { return domain::DateText(d.year(), d.month(), d.day()).has_value(); }

// The fields both create and update accept.
void ValidateProductFields(const crm::v1::Product& p, Validation& v) {
  if (Blank(p.name()) || p.name().size() > 200)
    v.Fail("product.name", crm::v1::FieldProblem::REQUIRED, "is required (at most 200 characters)");
  if (p.risk() < crm::v1::R1 || p.risk() > crm::v1::R5)
    v.Fail("product.risk", crm::v1::FieldProblem::NOT_ONE_OF, "choose R1 to R5");
  domain::CheckMoney(v, "product.min_investment_minor", p.min_investment_minor());
  if (!ValidDate(p.maturity_date()))
    v.Fail("product.maturity_date", crm::v1::FieldProblem::INVALID_DATE, "is not a valid date");
}

// The product's fields as the request gives them (validated first).
domain::Product FromRequest(const crm::v1::Product& p) {
  domain::Product out;
  out.id = p.id();
  out.code = p.code();
  out.name = p.name();
  out.type = p.type();
  out.risk = p.risk();
  out.min_investment_minor = p.min_investment_minor();
  out.currency = p.currency().empty() ? "CNY" : p.currency();
  out.maturity_date = DateText(p.maturity_date());
  return out;
}

std::string Cursor(const std::string& code) {
  return security::Base64Encode(std::vector<uint8_t>(code.begin(), code.end()));
}

}  // namespace

grpc::ServerUnaryReactor* SuitabilityService::CreateProduct(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::CreateProductRequest* req,
                                                            crm::v1::Product* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/CreateProduct", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(domain::Action::kProductManage);  // who may not ask hears that first
        const auto& p = req->product();
        Validation v;
        static const std::regex kCode("[A-Z0-9][A-Z0-9._-]{0,31}");
        if (!std::regex_match(p.code(), kCode)) v.Fail("product.code", "1 to 32 of A-Z, 0-9, '.', '_', '-'");
        if (!ProductTypes().count(p.type())) v.Fail("product.type", "is not a known product type");
        static const std::regex kCurrency("[A-Z]{3}");
        if (!p.currency().empty() && !std::regex_match(p.currency(), kCurrency))
          v.Fail("product.currency", "must be an ISO 4217 code such as CNY");
        ValidateProductFields(p, v);
        if (req->request_id().size() > 100)
          v.Fail("request_id", crm::v1::FieldProblem::TOO_LONG, "must be at most 100 characters", 100);
        v.ThrowIfFailed();
        const auto key = KeyOf("CreateProduct", req->request_id(), *req, call.actor.user_id);
        ProductToProto(products::Create(call.caller(), FromRequest(p), key), resp);
      });
}

grpc::ServerUnaryReactor* SuitabilityService::UpdateProduct(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::UpdateProductRequest* req,
                                                            crm::v1::UpdateProductResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/UpdateProduct", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        call.caller().Require(domain::Action::kProductManage);
        const auto& p = req->product();
        Validation v;
        if (!IsUuid(p.id())) v.Fail("product.id", "is not a product id");
        if (p.etag().empty()) v.Fail("product.etag", "send the etag you read");
        ValidateProductFields(p, v);
        v.ThrowIfFailed();
        const auto updated = products::Update(call.caller(), FromRequest(p), p.etag(), req->reason(), clock_.Now());
        resp->Clear();
        for (const auto& h : updated.changed_holders) {
          auto* c = resp->add_changed_holders();
          c->set_customer_id(h.customer_id);
          c->set_customer_name(h.customer_name);
          c->set_level(LevelToProto(h.risk_level));
          c->set_investor_class(ClassToProto(h.investor_class));
          c->set_matched_before(h.matched_before);
          c->set_matches_now(h.matches_now);
        }
        resp->set_changed_holder_count(updated.changed_holder_count);
        ProductToProto(updated.product, resp->mutable_product());
      });
}

grpc::ServerUnaryReactor* SuitabilityService::GetProduct(grpc::CallbackServerContext* ctx,
                                                         const crm::v1::GetProductRequest* req,
                                                         crm::v1::Product* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.SuitabilityService/GetProduct", rpc::AuthMode::kSession,
                         [req, resp](rpc::Call& call) {
                           call.caller().Require(domain::Action::kProductRead);
                           if (req->id().empty()) throw Error::InvalidField("id", "give a product id or code");
                           ProductToProto(products::Get(call.caller(), req->id()), resp);
                         });
}

grpc::ServerUnaryReactor* SuitabilityService::ListProducts(grpc::CallbackServerContext* ctx,
                                                           const crm::v1::ListProductsRequest* req,
                                                           crm::v1::ListProductsResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/ListProducts", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(domain::Action::kProductRead);
        Validation v;
        if (req->page_size() < 0 || req->page_size() > 500) v.Fail("page_size", "must be 0 to 500");
        if (req->max_risk() < 0 || req->max_risk() > crm::v1::R5)
          v.Fail("max_risk", crm::v1::FieldProblem::NOT_ONE_OF, "choose R1 to R5");
        std::string after;
        if (!req->page_token().empty()) {
          try {
            auto bytes = security::Base64Decode(req->page_token());
            after.assign(bytes.begin(), bytes.end());
          } catch (const std::exception&) {
            v.Fail("page_token", "is not a token this server issued");
          }
        }
        v.ThrowIfFailed();
        const int size = req->page_size() == 0 ? 50 : req->page_size();
        const auto rows = products::List(call.caller(), req->max_risk(), req->query(), after, size + 1);
        for (int i = 0; i < std::min<int>(size, rows.size()); ++i) ProductToProto(rows[i], resp->add_products());
        if (static_cast<int>(rows.size()) > size) resp->set_next_page_token(Cursor(rows[size - 1].code));
      });
}

}  // namespace crm::services

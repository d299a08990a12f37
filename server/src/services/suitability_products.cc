// SuitabilityService: the product catalogue with its risk levels. A risk
// change is recorded with its reason and answers with the holders whose match
// changes (regulatory.md section 1: "client and product levels are
// re-evaluated when their information changes").
#include <regex>

#include "common/error.h"
#include "domain/dates.h"
#include "domain/money.h"
#include "domain/policy.h"
#include "security/crypto.h"
#include "services/customer_mapping.h"
#include "services/proto_convert.h"
#include "services/suitability_mapping.h"
#include "services/suitability_service.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/suitability_repository.h"
#include "storage/transaction.h"

namespace crm::services {

using domain::Action;
using storage::AuditOutcome;
using storage::AuditRepository;
using storage::AuditWho;
using storage::SuitabilityRepository;
using namespace suitability;

namespace {

constexpr int kMaxChangedHolders = 1000;

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

std::string Cursor(const std::string& code) {
  return security::Base64Encode(std::vector<uint8_t>(code.begin(), code.end()));
}

}  // namespace

grpc::ServerUnaryReactor* SuitabilityService::CreateProduct(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::CreateProductRequest* req,
                                                            crm::v1::Product* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/CreateProduct", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kProductManage);
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
        storage::ProductRow row;
        row.id = NewUuid();
        row.code = p.code();
        row.name = p.name();
        row.type = p.type();
        row.risk = p.risk();
        row.min_investment_minor = p.min_investment_minor();
        row.currency = p.currency().empty() ? "CNY" : p.currency();
        row.maturity_date = DateText(p.maturity_date());
        storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
          if (!key.request_id.empty()) {
            if (auto first = storage::RequestKeyRepository::Claim(tx, key)) {
              auto first_product = SuitabilityRepository::ProductById(tx, *first);
              if (!first_product) throw Error::NotFound("product");
              row = *first_product;  // a repeat: the product first created
              return;
            }
          }
          if (SuitabilityRepository::ProductByCode(tx, row.code))
            throw Error(crm::v1::ErrorReason::PRODUCT_EXISTS, "a product with this code exists")
                .AddViolation("product.code", "is already in the catalogue");
          SuitabilityRepository::InsertProduct(tx, row);
          if (!key.request_id.empty()) storage::RequestKeyRepository::Complete(tx, key, row.id);
          SuitabilityRepository::InsertRiskHistory(tx, row.id, std::nullopt, row.risk, "created", call.actor.user_id);
          AuditRepository::Record(tx, AuditWho::From(call.actor),
                                  {"product.create",
                                   "product",
                                   row.id,
                                   "",
                                   AuditOutcome::kOk,
                                   {{"code", row.code}, {"type", row.type}, {"risk", "R" + std::to_string(row.risk)}}});
          row = *SuitabilityRepository::ProductById(tx, row.id);
        });
        ProductToProto(row, resp);
      });
}

grpc::ServerUnaryReactor* SuitabilityService::UpdateProduct(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::UpdateProductRequest* req,
                                                            crm::v1::UpdateProductResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/UpdateProduct", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kProductManage);
        const auto& p = req->product();
        Validation v;
        if (!IsUuid(p.id())) v.Fail("product.id", "is not a product id");
        if (p.etag().empty()) v.Fail("product.etag", "send the etag you read");
        ValidateProductFields(p, v);
        v.ThrowIfFailed();
        const TimePoint now = clock_.Now();
        call.caller().TransactWork([&](usecases::WorkTx& work) {
          auto& tx = work.work();
          resp->Clear();
          auto before = SuitabilityRepository::ProductById(tx, p.id());
          if (!before) throw Error::NotFound("product");
          if (ProductEtag(*before) != p.etag())
            throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the product changed since you read it; reload");
          const bool risk_changed = before->risk != p.risk();
          if (risk_changed && Blank(req->reason()))
            throw Error::InvalidField("reason", crm::v1::FieldProblem::REQUIRED,
                                      "is required when the risk level changes");
          storage::ProductRow next = *before;
          next.name = p.name();
          next.risk = p.risk();
          next.min_investment_minor = p.min_investment_minor();
          next.maturity_date = DateText(p.maturity_date());
          if (!SuitabilityRepository::UpdateProduct(tx, next, before->version))
            throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the product changed since you read it; reload");
          int changed = 0;
          if (risk_changed) {
            SuitabilityRepository::InsertRiskHistory(tx, next.id, before->risk, next.risk, req->reason(),
                                                     call.actor.user_id);
            for (const auto& h : SuitabilityRepository::Holders(tx, next.code)) {
              const auto cls = h.investor_class == "PROFESSIONAL" ? domain::suitability::InvestorClass::kProfessional
                                                                  : domain::suitability::InvestorClass::kOrdinary;
              auto level = domain::suitability::ParseLevel(h.risk_level);
              if (!h.risk_expire_time_us || domain::suitability::Expired(now, FromMicros(*h.risk_expire_time_us)))
                level.reset();
              const bool was = domain::suitability::Matches(cls, level, before->risk);
              const bool is = domain::suitability::Matches(cls, level, next.risk);
              if (was == is) continue;
              if (++changed > kMaxChangedHolders) continue;
              auto* c = resp->add_changed_holders();
              c->set_customer_id(h.customer_id);
              c->set_customer_name(h.customer_name);
              c->set_level(LevelToProto(level ? h.risk_level : ""));
              c->set_investor_class(ClassToProto(h.investor_class));
              c->set_matched_before(was);
              c->set_matches_now(is);
            }
          }
          resp->set_changed_holder_count(changed);
          AuditRepository::Record(tx, AuditWho::From(call.actor),
                                  {"product.update",
                                   "product",
                                   next.id,
                                   req->reason(),
                                   AuditOutcome::kOk,
                                   {{"code", next.code},
                                    {"risk_before", "R" + std::to_string(before->risk)},
                                    {"risk_after", "R" + std::to_string(next.risk)},
                                    {"holders_whose_match_changed", changed}}});
          ProductToProto(*SuitabilityRepository::ProductById(tx, next.id), resp->mutable_product());
        });
      });
}

grpc::ServerUnaryReactor* SuitabilityService::GetProduct(grpc::CallbackServerContext* ctx,
                                                         const crm::v1::GetProductRequest* req,
                                                         crm::v1::Product* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.SuitabilityService/GetProduct", rpc::AuthMode::kSession,
                         [this, req, resp](rpc::Call& call) {
                           domain::Require(call.actor, Action::kProductRead);
                           if (req->id().empty()) throw Error::InvalidField("id", "give a product id or code");
                           std::optional<storage::ProductRow> row;
                           storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
                             row = IsUuid(req->id()) ? SuitabilityRepository::ProductById(tx, req->id())
                                                     : SuitabilityRepository::ProductByCode(tx, req->id());
                           });
                           if (!row) throw Error::NotFound("product");
                           ProductToProto(*row, resp);
                         });
}

grpc::ServerUnaryReactor* SuitabilityService::ListProducts(grpc::CallbackServerContext* ctx,
                                                           const crm::v1::ListProductsRequest* req,
                                                           crm::v1::ListProductsResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/ListProducts", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kProductRead);
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
        std::vector<storage::ProductRow> rows;
        storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
          rows = SuitabilityRepository::ListProducts(tx, req->max_risk(), req->query(), after, size + 1);
        });
        for (int i = 0; i < std::min<int>(size, rows.size()); ++i) ProductToProto(rows[i], resp->add_products());
        if (static_cast<int>(rows.size()) > size) resp->set_next_page_token(Cursor(rows[size - 1].code));
      });
}

}  // namespace crm::services

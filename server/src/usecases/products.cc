#include "usecases/products.h"

#include "common/error.h"
#include "common/ids.h"
#include "domain/suitability_rules.h"
#include "storage/request_key_repository.h"
#include "storage/suitability_repository.h"

namespace crm::usecases::products {

using domain::Action;
using storage::AuditOutcome;
using storage::SuitabilityRepository;
namespace sr = domain::suitability;

namespace {

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }
std::string RiskName(int risk) { return "R" + std::to_string(risk); }

}  // namespace

domain::Product Create(Caller& caller, domain::Product product, const domain::RequestKey& key) {
  product.id = NewUuid();
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kProductManage);
    auto& work = tx.work();
    if (!key.request_id.empty()) {
      if (auto first = storage::RequestKeyRepository::Claim(work, key)) {
        auto first_product = SuitabilityRepository::ProductById(work, *first);
        if (!first_product) throw Error::NotFound("product");
        product = *first_product;  // a repeat: the product first created
        return;
      }
    }
    if (SuitabilityRepository::ProductByCode(work, product.code))
      throw Error(crm::v1::ErrorReason::PRODUCT_EXISTS, "a product with this code exists")
          .AddViolation("product.code", "is already in the catalogue");
    SuitabilityRepository::InsertProduct(work, product);
    if (!key.request_id.empty()) storage::RequestKeyRepository::Complete(work, key, product.id);
    SuitabilityRepository::InsertRiskHistory(work, product.id, std::nullopt, product.risk, "created",
                                             tx.actor().user_id);
    tx.Audit({"product.create",
              "product",
              product.id,
              "",
              AuditOutcome::kOk,
              {{"code", product.code}, {"type", product.type}, {"risk", RiskName(product.risk)}}});
    product = *SuitabilityRepository::ProductById(work, product.id);
  });
  return product;
}

Updated Update(Caller& caller, const domain::Product& change, const std::string& etag, const std::string& reason,
               TimePoint now) {
  Updated out;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kProductManage);
    auto& work = tx.work();
    out = {};
    auto before = SuitabilityRepository::ProductById(work, change.id);
    if (!before) throw Error::NotFound("product");
    if (before->Etag() != etag)
      throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the product changed since you read it; reload");
    const bool risk_changed = before->risk != change.risk;
    if (risk_changed && Blank(reason))
      throw Error::InvalidField("reason", crm::v1::FieldProblem::REQUIRED, "is required when the risk level changes");
    domain::Product next = *before;
    next.name = change.name;
    next.risk = change.risk;
    next.min_investment_minor = change.min_investment_minor;
    next.maturity_date = change.maturity_date;
    if (!SuitabilityRepository::UpdateProduct(work, next, before->version))
      throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the product changed since you read it; reload");
    if (risk_changed) {
      SuitabilityRepository::InsertRiskHistory(work, next.id, before->risk, next.risk, reason, tx.actor().user_id);
      for (const auto& h : SuitabilityRepository::Holders(work, next.code)) {
        const auto cls =
            h.investor_class == "PROFESSIONAL" ? sr::InvestorClass::kProfessional : sr::InvestorClass::kOrdinary;
        auto level = sr::ParseLevel(h.risk_level);
        if (!h.risk_expire_time_us || sr::Expired(now, TimePoint(std::chrono::microseconds(*h.risk_expire_time_us))))
          level.reset();
        const bool was = sr::Matches(cls, level, before->risk);
        const bool is = sr::Matches(cls, level, next.risk);
        if (was == is) continue;
        if (++out.changed_holder_count > kMaxChangedHolders) continue;
        out.changed_holders.push_back(
            {h.customer_id, h.customer_name, level ? h.risk_level : "", h.investor_class, was, is});
      }
    }
    tx.Audit({"product.update",
              "product",
              next.id,
              reason,
              AuditOutcome::kOk,
              {{"code", next.code},
               {"risk_before", RiskName(before->risk)},
               {"risk_after", RiskName(next.risk)},
               {"holders_whose_match_changed", out.changed_holder_count}}});
    out.product = *SuitabilityRepository::ProductById(work, next.id);
  });
  return out;
}

domain::Product Get(Caller& caller, const std::string& id_or_code) {
  std::optional<domain::Product> product;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kProductRead);
    product = IsUuid(id_or_code) ? SuitabilityRepository::ProductById(tx.work(), id_or_code)
                                 : SuitabilityRepository::ProductByCode(tx.work(), id_or_code);
  });
  if (!product) throw Error::NotFound("product");
  return *product;
}

std::vector<domain::Product> List(Caller& caller, int max_risk, const std::string& query, const std::string& after,
                                  int limit) {
  std::vector<domain::Product> out;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kProductRead);
    out = SuitabilityRepository::ListProducts(tx.work(), max_risk, query, after, limit);
  });
  return out;
}

}  // namespace crm::usecases::products

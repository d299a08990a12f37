// Use cases of the product catalogue (regulatory.md section 1): products and
// their risk levels. A risk change is recorded with its reason and answers
// with the holders whose match changes ("client and product levels are
// re-evaluated when their information changes"). Over domain types (ADR
// 0015); services/suitability_products.cc checks the request's shape and
// turns protos into these and back.
#pragma once

#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/product.h"
#include "domain/request_key.h"
#include "usecases/request_tx.h"

namespace crm::usecases::products {

// A new product (id and version are given here). With a request key, a
// repeat answers the product the first request created (PRODUCT_EXISTS for
// a code already in the catalogue otherwise).
domain::Product Create(Caller& caller, domain::Product product, const domain::RequestKey& key);

// A holder whose match with the product changed with its risk level.
struct HolderChange {
  std::string customer_id, customer_name;
  std::string risk_level;  // "" when the client has no valid assessment
  std::string investor_class;
  bool matched_before = false, matches_now = false;
};
struct Updated {
  domain::Product product;
  int changed_holder_count = 0;
  std::vector<HolderChange> changed_holders;  // the first kMaxChangedHolders
};
constexpr int kMaxChangedHolders = 1000;
// Changes the name, risk, minimum investment and maturity of product `change.id`
// if `etag` is still the one read (ETAG_MISMATCH otherwise); a risk change
// needs a reason.
Updated Update(Caller& caller, const domain::Product& change, const std::string& etag, const std::string& reason,
               TimePoint now);

// By id, or by code. NOT_FOUND when neither.
domain::Product Get(Caller& caller, const std::string& id_or_code);

// By code after `after`, at most `limit`; max_risk 0 for any.
std::vector<domain::Product> List(Caller& caller, int max_risk, const std::string& query, const std::string& after,
                                  int limit);

}  // namespace crm::usecases::products

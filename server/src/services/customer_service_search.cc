// CustomerService: SearchCustomers (usecases/customer_search.h).
#include "services/customer_mapping.h"
#include "services/customer_service.h"
#include "usecases/customer_search.h"

namespace crm::services {

grpc::ServerUnaryReactor* CustomerService::SearchCustomers(grpc::CallbackServerContext* ctx,
                                                           const crm::v1::SearchCustomersRequest* req,
                                                           crm::v1::SearchCustomersResponse* resp) {
  return pipeline_.UnaryInBatch(ctx, "/crm.v1.CustomerService/SearchCustomers", [req, resp](usecases::Caller& caller) {
    const auto found = usecases::customers::Search(caller, req->query(), req->page_size(), req->include_metrics());
    resp->Clear();
    resp->set_matched_by(found.matched_by);
    resp->set_partial(found.partial);
    for (const auto& c : found.customers) {
      auto* out = resp->add_customers();
      CustomerToProto(c, out);
      if (req->include_metrics()) SetListMetrics(found.metrics, out);
    }
  });
}

}  // namespace crm::services

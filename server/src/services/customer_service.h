#pragma once

#include "crm/v1/customer.grpc.pb.h"
#include "rpc/call_pipeline.h"

namespace crm::services {

class CustomerService final : public crm::v1::CustomerService::CallbackService {
 public:
  explicit CustomerService(rpc::CallPipeline& pipeline) : pipeline_(pipeline) {}

  grpc::ServerUnaryReactor* CreateCustomer(grpc::CallbackServerContext* ctx, const crm::v1::CreateCustomerRequest* req,
                                           crm::v1::Customer* resp) override;
  grpc::ServerUnaryReactor* GetCustomer(grpc::CallbackServerContext* ctx, const crm::v1::GetCustomerRequest* req,
                                        crm::v1::Customer* resp) override;
  grpc::ServerUnaryReactor* UpdateCustomer(grpc::CallbackServerContext* ctx, const crm::v1::UpdateCustomerRequest* req,
                                           crm::v1::Customer* resp) override;
  grpc::ServerUnaryReactor* ArchiveCustomer(grpc::CallbackServerContext* ctx,
                                            const crm::v1::ArchiveCustomerRequest* req,
                                            crm::v1::Customer* resp) override;
  grpc::ServerUnaryReactor* RestoreCustomer(grpc::CallbackServerContext* ctx,
                                            const crm::v1::RestoreCustomerRequest* req,
                                            crm::v1::Customer* resp) override;
  grpc::ServerUnaryReactor* ListCustomers(grpc::CallbackServerContext* ctx, const crm::v1::ListCustomersRequest* req,
                                          crm::v1::ListCustomersResponse* resp) override;
  grpc::ServerUnaryReactor* CountCustomers(grpc::CallbackServerContext* ctx, const crm::v1::ListCustomersRequest* req,
                                           crm::v1::CountCustomersResponse* resp) override;
  grpc::ServerUnaryReactor* SearchCustomers(grpc::CallbackServerContext* ctx,
                                            const crm::v1::SearchCustomersRequest* req,
                                            crm::v1::SearchCustomersResponse* resp) override;
  grpc::ServerUnaryReactor* RevealSensitiveField(grpc::CallbackServerContext* ctx,
                                                 const crm::v1::RevealSensitiveFieldRequest* req,
                                                 crm::v1::RevealSensitiveFieldResponse* resp) override;
  // customer_service_relations.cc
  grpc::ServerUnaryReactor* TransferCustomers(grpc::CallbackServerContext* ctx,
                                              const crm::v1::TransferCustomersRequest* req,
                                              crm::v1::TransferCustomersResponse* resp) override;
  grpc::ServerUnaryReactor* CreateDelegation(grpc::CallbackServerContext* ctx,
                                             const crm::v1::CreateDelegationRequest* req,
                                             crm::v1::Delegation* resp) override;
  grpc::ServerUnaryReactor* ListInteractions(grpc::CallbackServerContext* ctx,
                                             const crm::v1::ListInteractionsRequest* req,
                                             crm::v1::ListInteractionsResponse* resp) override;
  grpc::ServerUnaryReactor* CreateInteraction(grpc::CallbackServerContext* ctx,
                                              const crm::v1::CreateInteractionRequest* req,
                                              crm::v1::Interaction* resp) override;
  grpc::ServerUnaryReactor* UpdateConsent(grpc::CallbackServerContext* ctx, const crm::v1::UpdateConsentRequest* req,
                                          crm::v1::Consent* resp) override;
  grpc::ServerUnaryReactor* AddRelation(grpc::CallbackServerContext* ctx, const crm::v1::AddRelationRequest* req,
                                        crm::v1::Relation* resp) override;
  grpc::ServerUnaryReactor* AddAccount(grpc::CallbackServerContext* ctx, const crm::v1::AddAccountRequest* req,
                                       crm::v1::Account* resp) override;
  grpc::ServerUnaryReactor* UpdateTags(grpc::CallbackServerContext* ctx, const crm::v1::UpdateTagsRequest* req,
                                       crm::v1::UpdateTagsResponse* resp) override;
  grpc::ServerUnaryReactor* AmendInteraction(grpc::CallbackServerContext* ctx,
                                             const crm::v1::AmendInteractionRequest* req,
                                             crm::v1::Interaction* resp) override;

 private:
  grpc::ServerUnaryReactor* SetArchived(grpc::CallbackServerContext* ctx, const char* method, const std::string& id,
                                        const std::string& reason, bool archived, crm::v1::Customer* resp);
  rpc::CallPipeline& pipeline_;
};

}  // namespace crm::services

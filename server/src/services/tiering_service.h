// crm.v1.TieringService (product.md section 2). Rules: domain/tier_rules;
// the engine: usecases/tier_engine; SQL: storage/tier_repository.
#pragma once

#include "crm/v1/tiering.grpc.pb.h"
#include "rpc/call_pipeline.h"
#include "usecases/tier_engine.h"

namespace crm::services {

class TieringService final : public crm::v1::TieringService::CallbackService {
 public:
  TieringService(rpc::CallPipeline& pipeline, usecases::TierEngine& engine) : pipeline_(pipeline), engine_(engine) {}

  grpc::ServerUnaryReactor* ListTierPolicies(grpc::CallbackServerContext* ctx,
                                             const crm::v1::ListTierPoliciesRequest* req,
                                             crm::v1::ListTierPoliciesResponse* resp) override;
  grpc::ServerUnaryReactor* GetTierPolicy(grpc::CallbackServerContext* ctx, const crm::v1::GetTierPolicyRequest* req,
                                          crm::v1::TierPolicy* resp) override;
  grpc::ServerUnaryReactor* CreateTierPolicy(grpc::CallbackServerContext* ctx,
                                             const crm::v1::CreateTierPolicyRequest* req,
                                             crm::v1::TierPolicy* resp) override;
  grpc::ServerUnaryReactor* UpdateTierPolicy(grpc::CallbackServerContext* ctx,
                                             const crm::v1::UpdateTierPolicyRequest* req,
                                             crm::v1::TierPolicy* resp) override;
  grpc::ServerUnaryReactor* ValidateTierPolicy(grpc::CallbackServerContext* ctx,
                                               const crm::v1::ValidateTierPolicyRequest* req,
                                               crm::v1::ValidateTierPolicyResponse* resp) override;
  grpc::ServerUnaryReactor* PreviewTierPolicy(grpc::CallbackServerContext* ctx,
                                              const crm::v1::PreviewTierPolicyRequest* req,
                                              crm::v1::PreviewTierPolicyResponse* resp) override;
  grpc::ServerUnaryReactor* ActivateTierPolicy(grpc::CallbackServerContext* ctx,
                                               const crm::v1::ActivateTierPolicyRequest* req,
                                               crm::v1::ActivateTierPolicyResponse* resp) override;
  grpc::ServerWriteReactor<crm::v1::RecomputeProgress>* RecomputeTiers(
      grpc::CallbackServerContext* ctx, const crm::v1::RecomputeTiersRequest* req) override;
  grpc::ServerUnaryReactor* GetCustomerTierHistory(grpc::CallbackServerContext* ctx,
                                                   const crm::v1::GetCustomerTierHistoryRequest* req,
                                                   crm::v1::GetCustomerTierHistoryResponse* resp) override;

 private:
  rpc::CallPipeline& pipeline_;
  usecases::TierEngine& engine_;
};

}  // namespace crm::services

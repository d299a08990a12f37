#pragma once

#include "crm/v1/org.grpc.pb.h"
#include "rpc/call_pipeline.h"

namespace crm::services {

class OrgService final : public crm::v1::OrgService::CallbackService {
 public:
  explicit OrgService(rpc::CallPipeline& pipeline) : pipeline_(pipeline) {}

  grpc::ServerUnaryReactor* ListBranches(grpc::CallbackServerContext* ctx, const crm::v1::ListBranchesRequest* req,
                                         crm::v1::ListBranchesResponse* resp) override;
  grpc::ServerUnaryReactor* ListTeams(grpc::CallbackServerContext* ctx, const crm::v1::ListTeamsRequest* req,
                                      crm::v1::ListTeamsResponse* resp) override;
  grpc::ServerUnaryReactor* ListUsers(grpc::CallbackServerContext* ctx, const crm::v1::ListUsersRequest* req,
                                      crm::v1::ListUsersResponse* resp) override;
  grpc::ServerUnaryReactor* GetUser(grpc::CallbackServerContext* ctx, const crm::v1::GetUserRequest* req,
                                    crm::v1::User* resp) override;

 private:
  rpc::CallPipeline& pipeline_;
};

}  // namespace crm::services

#pragma once

#include "crm/v1/auth.grpc.pb.h"
#include "rpc/call_pipeline.h"

namespace crm::services {

class AuthService final : public crm::v1::AuthService::CallbackService {
 public:
  explicit AuthService(rpc::CallPipeline& pipeline) : pipeline_(pipeline) {}

  grpc::ServerUnaryReactor* Login(grpc::CallbackServerContext* ctx, const crm::v1::LoginRequest* req,
                                  crm::v1::LoginResponse* resp) override;
  grpc::ServerUnaryReactor* Logout(grpc::CallbackServerContext* ctx, const crm::v1::LogoutRequest* req,
                                   crm::v1::LogoutResponse* resp) override;
  grpc::ServerUnaryReactor* WhoAmI(grpc::CallbackServerContext* ctx, const crm::v1::WhoAmIRequest* req,
                                   crm::v1::WhoAmIResponse* resp) override;
  grpc::ServerUnaryReactor* ChangePassword(grpc::CallbackServerContext* ctx, const crm::v1::ChangePasswordRequest* req,
                                           crm::v1::ChangePasswordResponse* resp) override;

 private:
  rpc::CallPipeline& pipeline_;
};

}  // namespace crm::services

#include "services/auth_service.h"

#include "services/proto_convert.h"

namespace crm::services {

grpc::ServerUnaryReactor* AuthService::Login(grpc::CallbackServerContext* ctx, const crm::v1::LoginRequest* req,
                                             crm::v1::LoginResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.AuthService/Login", rpc::AuthMode::kPublic, [this, req, resp](rpc::Call& call) {
    auto& auth = pipeline_.auth();
    auto result = auth.Login(req->username(), req->password(), call.request_info());
    call.actor.user_id = result.user.id;
    resp->set_access_token(result.access_token);
    resp->set_session_id(result.session_id);
    SetTimestamp(resp->mutable_expire_time(), result.expire_time);
    resp->set_idle_timeout_seconds(static_cast<int32_t>(auth.settings().idle_timeout.count()));
    UserToProto(result.user, resp->mutable_user());
    resp->set_password_change_required(result.password_change_required);
  });
}

grpc::ServerUnaryReactor* AuthService::Logout(grpc::CallbackServerContext* ctx, const crm::v1::LogoutRequest*,
                                              crm::v1::LogoutResponse*) {
  return pipeline_.Unary(ctx, "/crm.v1.AuthService/Logout", rpc::AuthMode::kSessionPasswordChange,
                         [this](rpc::Call& call) { pipeline_.auth().Logout(call.actor); });
}

grpc::ServerUnaryReactor* AuthService::WhoAmI(grpc::CallbackServerContext* ctx, const crm::v1::WhoAmIRequest*,
                                              crm::v1::WhoAmIResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.AuthService/WhoAmI", rpc::AuthMode::kSessionPasswordChange,
                         [this, resp](rpc::Call& call) {
                           auto user = pipeline_.auth().LoadUser(call.actor);
                           UserToProto(user, resp->mutable_user());
                           resp->set_session_id(call.actor.session_id);
                           resp->set_team_name(user.team_name);
                           resp->set_branch_name(user.branch_name);
                         });
}

grpc::ServerUnaryReactor* AuthService::ChangePassword(grpc::CallbackServerContext* ctx,
                                                      const crm::v1::ChangePasswordRequest* req,
                                                      crm::v1::ChangePasswordResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.AuthService/ChangePassword", rpc::AuthMode::kSessionPasswordChange,
                         [this, req, resp](rpc::Call& call) {
                           auto result = pipeline_.auth().ChangePassword(call.actor, req->current_password(),
                                                                         req->new_password());
                           resp->set_access_token(result.access_token);
                           SetTimestamp(resp->mutable_expire_time(), result.expire_time);
                         });
}

}  // namespace crm::services

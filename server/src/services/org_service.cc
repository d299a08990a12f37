// OrgService: protos in, usecases::org, protos out (ADR 0015). No storage
// here; the page token is the service's own (the last user name, base64).
#include "services/org_service.h"

#include "common/error.h"
#include "security/crypto.h"
#include "services/proto_convert.h"
#include "usecases/org.h"

namespace crm::services {

grpc::ServerUnaryReactor* OrgService::ListBranches(grpc::CallbackServerContext* ctx,
                                                   const crm::v1::ListBranchesRequest*,
                                                   crm::v1::ListBranchesResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.OrgService/ListBranches", rpc::AuthMode::kSession, [resp](rpc::Call& call) {
    resp->clear_branches();
    for (const auto& b : usecases::org::ListBranches(call.caller())) {
      auto* p = resp->add_branches();
      p->set_id(b.id);
      p->set_code(b.code);
      p->set_name(b.name);
    }
  });
}

grpc::ServerUnaryReactor* OrgService::ListTeams(grpc::CallbackServerContext* ctx, const crm::v1::ListTeamsRequest* req,
                                                crm::v1::ListTeamsResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.OrgService/ListTeams", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
    resp->clear_teams();
    for (const auto& t : usecases::org::ListTeams(call.caller(), req->branch_id())) {
      auto* p = resp->add_teams();
      p->set_id(t.id);
      p->set_branch_id(t.branch_id);
      p->set_code(t.code);
      p->set_name(t.name);
    }
  });
}

grpc::ServerUnaryReactor* OrgService::ListUsers(grpc::CallbackServerContext* ctx, const crm::v1::ListUsersRequest* req,
                                                crm::v1::ListUsersResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.OrgService/ListUsers", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
    call.caller().Require(domain::Action::kOrgRead);  // who may not ask hears that first
    Validation v;
    if (req->page_size() < 0) v.Fail("page_size", "must not be negative");
    if (req->page_size() > 500) v.Fail("page_size", "must be at most 500");
    usecases::org::UserQuery query{req->team_id(), req->branch_id(), "",
                                   req->page_size() == 0 ? 100 : req->page_size()};
    if (!req->page_token().empty()) {
      try {
        auto bytes = security::Base64Decode(req->page_token());
        query.after.assign(bytes.begin(), bytes.end());
      } catch (const std::exception&) {
        v.Fail("page_token", "is not a token this server issued");
      }
    }
    v.ThrowIfFailed();
    const auto page = usecases::org::ListUsers(call.caller(), query);
    resp->Clear();
    for (const auto& u : page.users) UserToProto(u, resp->add_users());
    if (page.more) {
      const auto& last = page.users.back().username;
      resp->set_next_page_token(security::Base64Encode(std::vector<uint8_t>(last.begin(), last.end())));
    }
  });
}

grpc::ServerUnaryReactor* OrgService::GetUser(grpc::CallbackServerContext* ctx, const crm::v1::GetUserRequest* req,
                                              crm::v1::User* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.OrgService/GetUser", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
    call.caller().Require(domain::Action::kOrgRead);
    if (req->id().empty()) throw Error::InvalidField("id", crm::v1::FieldProblem::REQUIRED, "is required");
    UserToProto(usecases::org::GetUser(call.caller(), req->id()), resp);
  });
}

}  // namespace crm::services

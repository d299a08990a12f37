#include "services/org_service.h"

#include "common/error.h"
#include "domain/policy.h"
#include "security/crypto.h"
#include "services/proto_convert.h"
#include "storage/user_repository.h"

namespace crm::services {

using domain::Action;
using storage::UserRepository;

grpc::ServerUnaryReactor* OrgService::ListBranches(grpc::CallbackServerContext* ctx,
                                                   const crm::v1::ListBranchesRequest*,
                                                   crm::v1::ListBranchesResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.OrgService/ListBranches", rpc::AuthMode::kSession,
                         [this, resp](rpc::Call& call) {
                           domain::Require(call.actor, Action::kOrgRead);
                           storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
                             resp->clear_branches();
                             for (const auto& b : UserRepository::ListBranches(tx)) {
                               auto* p = resp->add_branches();
                               p->set_id(b.id);
                               p->set_code(b.code);
                               p->set_name(b.name);
                             }
                           });
                         });
}

grpc::ServerUnaryReactor* OrgService::ListTeams(grpc::CallbackServerContext* ctx, const crm::v1::ListTeamsRequest* req,
                                                crm::v1::ListTeamsResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.OrgService/ListTeams", rpc::AuthMode::kSession,
                         [this, req, resp](rpc::Call& call) {
                           domain::Require(call.actor, Action::kOrgRead);
                           storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
                             resp->clear_teams();
                             for (const auto& t : UserRepository::ListTeams(tx, req->branch_id())) {
                               auto* p = resp->add_teams();
                               p->set_id(t.id);
                               p->set_branch_id(t.branch_id);
                               p->set_code(t.code);
                               p->set_name(t.name);
                             }
                           });
                         });
}

grpc::ServerUnaryReactor* OrgService::ListUsers(grpc::CallbackServerContext* ctx, const crm::v1::ListUsersRequest* req,
                                                crm::v1::ListUsersResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.OrgService/ListUsers", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kOrgRead);
        Validation v;
        if (req->page_size() < 0) v.Fail("page_size", "must not be negative");
        if (req->page_size() > 500) v.Fail("page_size", "must be at most 500");
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
        int size = req->page_size() == 0 ? 100 : req->page_size();
        storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
          resp->Clear();
          auto users = UserRepository::List(tx, req->team_id(), req->branch_id(), after, size + 1);
          for (int i = 0; i < static_cast<int>(users.size()) && i < size; ++i) UserToProto(users[i], resp->add_users());
          if (static_cast<int>(users.size()) > size) {
            const auto& last = users[size - 1].username;
            resp->set_next_page_token(security::Base64Encode(std::vector<uint8_t>(last.begin(), last.end())));
          }
        });
      });
}

grpc::ServerUnaryReactor* OrgService::GetUser(grpc::CallbackServerContext* ctx, const crm::v1::GetUserRequest* req,
                                              crm::v1::User* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.OrgService/GetUser", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kOrgRead);
        if (req->id().empty()) throw Error::InvalidField("id", crm::v1::FieldProblem::REQUIRED, "is required");
        std::optional<storage::UserRecord> user;
        storage::InTransaction(pipeline_.db(), call.tx_options(),
                               [&](pqxx::work& tx) { user = UserRepository::FindById(tx, req->id()); });
        if (!user) throw Error::NotFound("user");
        UserToProto(*user, resp);
      });
}

}  // namespace crm::services

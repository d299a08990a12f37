#include "usecases/org.h"

#include "common/error.h"
#include "storage/user_repository.h"

namespace crm::usecases::org {

using domain::Action;
using storage::UserRepository;

std::vector<domain::Branch> ListBranches(Caller& caller) {
  std::vector<domain::Branch> out;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kOrgRead);
    out = UserRepository::ListBranches(tx.work());
  });
  return out;
}

std::vector<domain::Team> ListTeams(Caller& caller, const std::string& branch_id) {
  std::vector<domain::Team> out;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kOrgRead);
    out = UserRepository::ListTeams(tx.work(), branch_id);
  });
  return out;
}

UserPage ListUsers(Caller& caller, const UserQuery& query) {
  UserPage page;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kOrgRead);
    page.users = UserRepository::List(tx.work(), query.team_id, query.branch_id, query.after, query.size + 1);
  });
  page.more = static_cast<int>(page.users.size()) > query.size;
  if (page.more) page.users.resize(query.size);
  for (auto& u : page.users) u.password_hash.clear();  // never past the use case
  return page;
}

domain::User GetUser(Caller& caller, const std::string& id) {
  std::optional<domain::User> user;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kOrgRead);
    user = UserRepository::FindById(tx.work(), id);
  });
  if (!user) throw Error::NotFound("user");
  user->password_hash.clear();  // never past the use case
  return *user;
}

}  // namespace crm::usecases::org

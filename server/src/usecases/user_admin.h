// Administration of users and the org tree, as done by crm-admin. Every change
// is audited (actor "crm-admin" with the OS user) in its own transaction.
#pragma once

#include <string>
#include <vector>

#include "common/clock.h"
#include "storage/connection_pool.h"
#include "storage/user_repository.h"
#include "usecases/auth_settings.h"

namespace crm::usecases {

struct CreateUserInput {
  std::string username;
  std::string display_name;
  std::string role;         // ACCOUNT_MANAGER, ...
  std::string branch_code;  // for BRANCH_MANAGER (and to find the team)
  std::string team_code;    // for ACCOUNT_MANAGER and TEAM_LEAD
  std::string password;
  bool must_change_password = true;
};

class UserAdmin {
 public:
  UserAdmin(storage::ConnectionPool& pool, const Clock& clock, AuthSettings settings, std::string operator_name);

  std::string CreateBranch(const std::string& code, const std::string& name);
  std::string CreateTeam(const std::string& branch_code, const std::string& code, const std::string& name);
  std::string CreateUser(const CreateUserInput& input);
  std::vector<storage::UserRecord> ListUsers();
  // Lock: disables sign-in and revokes every session. Unlock also clears a
  // failed-login lockout.
  void Lock(const std::string& username);
  void Unlock(const std::string& username);
  void ResetPassword(const std::string& username, const std::string& new_password);
  void SetRole(const std::string& username, const std::string& role, const std::string& branch_code,
               const std::string& team_code);

 private:
  storage::UserRecord Require(pqxx::transaction_base& tx, const std::string& username);
  void ResolveOrg(pqxx::transaction_base& tx, const std::string& role, const std::string& branch_code,
                  const std::string& team_code, std::string& team_id, std::string& branch_id);

  storage::ConnectionPool& pool_;
  const Clock& clock_;
  AuthSettings settings_;
  std::string operator_;
};

}  // namespace crm::usecases

#include "usecases/user_admin.h"

#include <regex>

#include "common/error.h"
#include "domain/role.h"
#include "security/password_hasher.h"
#include "storage/audit_repository.h"
#include "storage/session_repository.h"
#include "storage/transaction.h"
#include "usecases/auth_manager.h"

namespace crm::usecases {

using storage::AuditEvent;
using storage::AuditOutcome;
using storage::AuditRepository;
using storage::UserRepository;

UserAdmin::UserAdmin(storage::ConnectionPool& pool, const Clock& clock, AuthSettings settings,
                     std::string operator_name)
    : pool_(pool), clock_(clock), settings_(settings), operator_(std::move(operator_name)) {}

namespace {
storage::AuditWho CliWho(const std::string& op) { return {"", op, "ADMIN_CLI", "", "local", ""}; }

void CheckCode(Validation& v, const std::string& field, const std::string& code) {
  static const std::regex kCode("[A-Za-z0-9_-]{1,32}");
  if (!std::regex_match(code, kCode)) v.Fail(field, "must be 1-32 letters, digits, '-' or '_'");
}
}  // namespace

std::string UserAdmin::CreateBranch(const std::string& code, const std::string& name) {
  Validation v;
  CheckCode(v, "code", code);
  if (name.empty() || name.size() > 200)
    v.Fail("name", crm::v1::FieldProblem::REQUIRED, "is required (at most 200 characters)");
  v.ThrowIfFailed();
  std::string id;
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    if (UserRepository::BranchIdByCode(tx, code))
      throw Error(crm::v1::ErrorReason::ALREADY_EXISTS, "branch " + code + " already exists");
    id = UserRepository::CreateBranch(tx, code, name);
    AuditRepository::Record(tx, CliWho(operator_),
                            {"org.branch_create", "branch", id, "", AuditOutcome::kOk, {{"code", code}}});
  });
  return id;
}

std::string UserAdmin::CreateTeam(const std::string& branch_code, const std::string& code, const std::string& name) {
  Validation v;
  CheckCode(v, "branch", branch_code);
  CheckCode(v, "code", code);
  if (name.empty() || name.size() > 200)
    v.Fail("name", crm::v1::FieldProblem::REQUIRED, "is required (at most 200 characters)");
  v.ThrowIfFailed();
  std::string id;
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    if (!UserRepository::BranchIdByCode(tx, branch_code))
      throw Error::InvalidField("branch", "no branch with this code");
    if (UserRepository::TeamIdByCode(tx, branch_code, code))
      throw Error(crm::v1::ErrorReason::ALREADY_EXISTS, "team " + code + " already exists in branch " + branch_code);
    id = UserRepository::CreateTeam(tx, branch_code, code, name);
    AuditRepository::Record(
        tx, CliWho(operator_),
        {"org.team_create", "team", id, "", AuditOutcome::kOk, {{"branch", branch_code}, {"code", code}}});
  });
  return id;
}

void UserAdmin::ResolveOrg(pqxx::transaction_base& tx, const std::string& role, const std::string& branch_code,
                           const std::string& team_code, std::string& team_id, std::string& branch_id) {
  team_id.clear();
  branch_id.clear();
  if (role == "ACCOUNT_MANAGER" || role == "TEAM_LEAD") {
    if (branch_code.empty() || team_code.empty())
      throw Error::InvalidField("team", "account managers and team leads need --branch and --team");
    auto t = UserRepository::TeamIdByCode(tx, branch_code, team_code);
    if (!t) throw Error::InvalidField("team", "no team " + team_code + " in branch " + branch_code);
    team_id = *t;
  } else if (role == "BRANCH_MANAGER") {
    if (branch_code.empty()) throw Error::InvalidField("branch", "branch managers need --branch");
    auto b = UserRepository::BranchIdByCode(tx, branch_code);
    if (!b) throw Error::InvalidField("branch", "no branch with this code");
    branch_id = *b;
  } else if (!branch_code.empty()) {
    auto b = UserRepository::BranchIdByCode(tx, branch_code);
    if (!b) throw Error::InvalidField("branch", "no branch with this code");
    branch_id = *b;
  }
}

std::string UserAdmin::CreateUser(const CreateUserInput& in) {
  Validation v;
  static const std::regex kUser("[a-z][a-z0-9._-]{2,63}");
  if (!std::regex_match(in.username, kUser))
    v.Fail("username", "must be 3-64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter");
  if (in.display_name.empty() || in.display_name.size() > 200)
    v.Fail("display_name", crm::v1::FieldProblem::REQUIRED, "is required (at most 200 characters)");
  if (!domain::ParseRole(in.role))
    v.Fail("role", crm::v1::FieldProblem::NOT_ONE_OF,
           "must be one of ACCOUNT_MANAGER, TEAM_LEAD, BRANCH_MANAGER, COMPLIANCE_OFFICER, ADMIN");
  for (auto p : domain::CheckPasswordStrength(settings_.password_policy, in.username, in.password))
    v.Fail("password", p.problem, p.description, p.limit);
  v.ThrowIfFailed();
  security::PasswordHasher hasher(settings_.scrypt);
  const std::string hash = hasher.Hash(in.password);
  std::string id;
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    if (UserRepository::FindByUsername(tx, in.username))
      throw Error(crm::v1::ErrorReason::ALREADY_EXISTS, "user " + in.username + " already exists");
    storage::NewUser u{in.username, in.display_name, in.role, "", "", hash, in.must_change_password};
    ResolveOrg(tx, in.role, in.branch_code, in.team_code, u.team_id, u.branch_id);
    id = UserRepository::Create(tx, u, clock_.Now());
    AuditRepository::Record(tx, CliWho(operator_),
                            {"user.create", "user", id, "", AuditOutcome::kOk, {{"role", in.role}}});
  });
  return id;
}

std::vector<storage::UserRecord> UserAdmin::ListUsers() {
  std::vector<storage::UserRecord> out;
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    out.clear();
    std::string after;
    for (;;) {
      auto page = UserRepository::List(tx, "", "", after, 500);
      out.insert(out.end(), page.begin(), page.end());
      if (page.size() < 500) break;
      after = page.back().username;
    }
  });
  return out;
}

storage::UserRecord UserAdmin::Require(pqxx::transaction_base& tx, const std::string& username) {
  auto u = UserRepository::FindByUsername(tx, username);
  if (!u) throw Error::NotFound("user " + username);
  return *u;
}

void UserAdmin::Lock(const std::string& username) {
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    auto u = Require(tx, username);
    UserRepository::SetDisabled(tx, u.id, true);
    int n = storage::SessionRepository::RevokeAllForUser(tx, u.id, clock_.Now(), "locked");
    AuditRepository::Record(tx, CliWho(operator_),
                            {"user.lock", "user", u.id, "", AuditOutcome::kOk, {{"sessions_revoked", n}}});
  });
}

void UserAdmin::Unlock(const std::string& username) {
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    auto u = Require(tx, username);
    UserRepository::SetDisabled(tx, u.id, false);
    storage::SessionRepository::ClearThrottle(tx, username);
    AuditRepository::Record(tx, CliWho(operator_), {"user.unlock", "user", u.id, "", AuditOutcome::kOk, {}});
  });
}

void UserAdmin::ResetPassword(const std::string& username, const std::string& new_password) {
  security::PasswordHasher hasher(settings_.scrypt);
  const std::string hash = hasher.Hash(new_password);
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    auto u = Require(tx, username);
    AuthManager::CheckNewPassword(tx, settings_, hasher, u.id, u.username, new_password, "password");
    UserRepository::SetPassword(tx, u.id, hash, /*must_change=*/true, clock_.Now());
    int n = storage::SessionRepository::RevokeAllForUser(tx, u.id, clock_.Now(), "password_reset");
    storage::SessionRepository::ClearThrottle(tx, username);
    AuditRepository::Record(tx, CliWho(operator_),
                            {"user.password_reset", "user", u.id, "", AuditOutcome::kOk, {{"sessions_revoked", n}}});
  });
}

void UserAdmin::SetRole(const std::string& username, const std::string& role, const std::string& branch_code,
                        const std::string& team_code) {
  if (!domain::ParseRole(role))
    throw Error::InvalidField("role", crm::v1::FieldProblem::NOT_ONE_OF,
                              "must be one of ACCOUNT_MANAGER, TEAM_LEAD, BRANCH_MANAGER, COMPLIANCE_OFFICER, ADMIN");
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    auto u = Require(tx, username);
    std::string team_id, branch_id;
    ResolveOrg(tx, role, branch_code, team_code, team_id, branch_id);
    UserRepository::SetRole(tx, u.id, role, team_id, branch_id);
    // A role change takes effect at once: existing sessions end.
    int n = storage::SessionRepository::RevokeAllForUser(tx, u.id, clock_.Now(), "role_change");
    AuditRepository::Record(tx, CliWho(operator_),
                            {"user.set_role",
                             "user",
                             u.id,
                             "",
                             AuditOutcome::kOk,
                             {{"old_role", u.role}, {"new_role", role}, {"sessions_revoked", n}}});
  });
}

}  // namespace crm::usecases

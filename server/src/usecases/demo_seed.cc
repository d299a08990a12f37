#include "usecases/demo_seed.h"

#include "security/crypto.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"

namespace crm::usecases {

std::string GenerateDemoPassword() {
  // 12 random base64url characters plus fixed classes: always policy-compliant.
  return "Crm-" + security::Base64UrlEncode(security::RandomBytes(9)) + "-7a";
}

bool SeedDemoData(UserAdmin& admin, storage::ConnectionPool& pool, const std::string& password) {
  bool empty = false;
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) { empty = storage::UserRepository::NoUsers(tx); });
  if (!empty) return false;
  admin.CreateBranch("SH01", "上海浦东营业部 Shanghai Pudong");
  admin.CreateTeam("SH01", "T1", "财富一组 Wealth Team 1");
  admin.CreateTeam("SH01", "T2", "财富二组 Wealth Team 2");
  struct U {
    const char* name;
    const char* display;
    const char* role;
    const char* team;
  };
  const U users[] = {
      {"admin1", "系统管理员 Admin One", "ADMIN", ""},
      {"compliance1", "合规专员 Compliance One", "COMPLIANCE_OFFICER", ""},
      {"lead1", "团队主管 Lead One", "TEAM_LEAD", "T1"},
      {"manager1", "客户经理 Manager One", "ACCOUNT_MANAGER", "T1"},
      {"manager2", "客户经理 Manager Two", "ACCOUNT_MANAGER", "T2"},
  };
  for (const auto& u : users) {
    CreateUserInput in;
    in.username = u.name;
    in.display_name = u.display;
    in.role = u.role;
    in.branch_code = *u.team ? "SH01" : "";
    in.team_code = u.team;
    in.password = password;
    in.must_change_password = false;
    admin.CreateUser(in);
  }
  return true;
}

}  // namespace crm::usecases

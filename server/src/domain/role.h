#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace crm::domain {

// kSystem is the server's own work (the tiering engine, the health loop): never
// a user, never a session; ParseRole does not accept it, so no account can have it.
enum class Role { kAccountManager, kTeamLead, kBranchManager, kComplianceOfficer, kAdmin, kSystem };

std::string_view RoleName(Role role);                  // "ACCOUNT_MANAGER", ..., "SYSTEM"
std::optional<Role> ParseRole(std::string_view name);  // a user's role (not SYSTEM)

// The acting user of a request, as authenticated by the session layer.
struct Actor {
  std::string user_id;
  std::string username;
  Role role = Role::kAccountManager;
  std::string team_id;    // empty when none
  std::string branch_id;  // the user's branch, or the team's branch
  std::string session_id;
  std::string client_address;
  std::string request_id;
  // The password expired or was reset: only sign-out, WhoAmI and
  // ChangePassword are allowed until it is changed.
  bool must_change_password = false;

  // The server acting on its own ("tiering-engine", "crm-server"): role
  // SYSTEM, no user id, from the local host.
  static Actor System(std::string name);
};

}  // namespace crm::domain

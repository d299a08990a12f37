#include "domain/role.h"

#include <array>
#include <utility>

namespace crm::domain {
namespace {
constexpr std::array<std::pair<Role, std::string_view>, 5> kRoles{{
    {Role::kAccountManager, "ACCOUNT_MANAGER"},
    {Role::kTeamLead, "TEAM_LEAD"},
    {Role::kBranchManager, "BRANCH_MANAGER"},
    {Role::kComplianceOfficer, "COMPLIANCE_OFFICER"},
    {Role::kAdmin, "ADMIN"},
}};
}  // namespace

std::string_view RoleName(Role role) {
  if (role == Role::kSystem) return "SYSTEM";
  for (const auto& [r, n] : kRoles)
    if (r == role) return n;
  return "UNKNOWN";
}

Actor Actor::System(std::string name) {
  Actor a;
  a.username = std::move(name);
  a.role = Role::kSystem;
  a.client_address = "local";
  return a;
}

std::optional<Role> ParseRole(std::string_view name) {
  for (const auto& [r, n] : kRoles)
    if (n == name) return r;
  return std::nullopt;
}

}  // namespace crm::domain

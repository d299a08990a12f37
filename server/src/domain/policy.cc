#include "domain/policy.h"

#include "common/error.h"

namespace crm::domain {

std::string_view ActionName(Action action) {
  switch (action) {
    case Action::kOrgRead: return "org.read";
    case Action::kUserAdminister: return "user.administer";
    case Action::kCustomerRead: return "customer.read";
    case Action::kCustomerWrite: return "customer.write";
    case Action::kCustomerRevealSensitive: return "customer.reveal";
    case Action::kCustomerTransfer: return "customer.transfer";
    case Action::kAuditRead: return "audit.read";
    case Action::kAuditExport: return "audit.export";
    case Action::kTierPolicyRead: return "tier_policy.read";
    case Action::kTierPolicyManage: return "tier_policy.manage";
    case Action::kSuitabilityPolicyManage: return "suitability_policy.manage";
    case Action::kSuitabilityRead: return "suitability.read";
    case Action::kSuitabilityWrite: return "suitability.write";
    case Action::kSuitabilityExceptions: return "suitability.exceptions";
    case Action::kSuitabilityExceptionReview: return "suitability.exceptions.review";
    case Action::kProductRead: return "product.read";
    case Action::kProductManage: return "product.manage";
    case Action::kMessageSend: return "message.send";
    case Action::kMessageAudit: return "message.audit";
    case Action::kAmlReview: return "aml.review";
  }
  return "unknown";
}

namespace {

DataScope OwnScope(Role role) {
  switch (role) {
    case Role::kAccountManager: return DataScope::kOwn;
    case Role::kTeamLead: return DataScope::kTeam;
    case Role::kBranchManager: return DataScope::kBranch;
    case Role::kComplianceOfficer: return DataScope::kAll;
    case Role::kAdmin: return DataScope::kNone;
    case Role::kSystem: return DataScope::kAll;
  }
  return DataScope::kNone;
}

Decision Allow(DataScope scope) { return {true, scope}; }
constexpr Decision kDeny{false, DataScope::kNone};

}  // namespace

Decision Authorize(const Actor& actor, Action action) {
  const Role role = actor.role;
  // The server's own work reads every client (to tier them) and is asked
  // nothing else here: it calls no RPC.
  if (role == Role::kSystem) return action == Action::kCustomerRead ? Allow(DataScope::kAll) : kDeny;
  switch (action) {
    case Action::kOrgRead: return Allow(DataScope::kAll);
    case Action::kUserAdminister: return role == Role::kAdmin ? Allow(DataScope::kAll) : kDeny;
    case Action::kCustomerRead: return role == Role::kAdmin ? kDeny : Allow(OwnScope(role));
    case Action::kCustomerWrite:
      // Compliance reads everything but changes nothing; admin sees nothing.
      if (role == Role::kAdmin || role == Role::kComplianceOfficer) return kDeny;
      return Allow(OwnScope(role));
    case Action::kCustomerRevealSensitive:
      // Plain text only to the owning manager, or compliance (product.md section 5).
      if (role == Role::kAccountManager) return Allow(DataScope::kOwn);
      if (role == Role::kComplianceOfficer) return Allow(DataScope::kAll);
      return kDeny;
    case Action::kCustomerTransfer:
      if (role == Role::kTeamLead || role == Role::kBranchManager) return Allow(OwnScope(role));
      return kDeny;
    case Action::kAuditRead:
    case Action::kAuditExport: return role == Role::kComplianceOfficer ? Allow(DataScope::kAll) : kDeny;
    case Action::kTierPolicyRead: return Allow(DataScope::kAll);
    case Action::kTierPolicyManage:
      return (role == Role::kBranchManager || role == Role::kComplianceOfficer) ? Allow(DataScope::kAll) : kDeny;
    case Action::kSuitabilityPolicyManage: return role == Role::kComplianceOfficer ? Allow(DataScope::kAll) : kDeny;
    case Action::kSuitabilityRead: return role == Role::kAdmin ? kDeny : Allow(OwnScope(role));
    case Action::kSuitabilityWrite:
      // The people who serve the client; compliance reviews but never sells.
      if (role == Role::kAdmin || role == Role::kComplianceOfficer) return kDeny;
      return Allow(OwnScope(role));
    case Action::kSuitabilityExceptionReview:
      // Reviewing is compliance's own judgement (leads see the list).
      return role == Role::kComplianceOfficer ? Allow(DataScope::kAll) : kDeny;
    case Action::kSuitabilityExceptions:
      if (role == Role::kComplianceOfficer || role == Role::kTeamLead || role == Role::kBranchManager)
        return Allow(OwnScope(role));
      return kDeny;
    case Action::kProductRead: return role == Role::kAdmin ? kDeny : Allow(DataScope::kAll);
    case Action::kProductManage:
      // Product risk rating is a compliance function.
      return role == Role::kComplianceOfficer ? Allow(DataScope::kAll) : kDeny;
    case Action::kMessageSend:
      // Those who serve the client; compliance reads, never contacts.
      if (role == Role::kAdmin || role == Role::kComplianceOfficer) return kDeny;
      return Allow(OwnScope(role));
    case Action::kMessageAudit: return role == Role::kComplianceOfficer ? Allow(DataScope::kAll) : kDeny;
    case Action::kAmlReview: return role == Role::kComplianceOfficer ? Allow(DataScope::kAll) : kDeny;
  }
  return kDeny;
}

DataScope Require(const Actor& actor, Action action) {
  Decision d = Authorize(actor, action);
  if (!d.allowed) {
    Error e = Error::PermissionDenied(std::string(ActionName(action)));
    e.AddMetadata("action", std::string(ActionName(action)));
    throw e;
  }
  return d.scope;
}

bool InScope(const Actor& a, DataScope scope, const ClientPlacement& c) {
  switch (scope) {
    case DataScope::kOwn: return (!a.user_id.empty() && c.owner_user_id == a.user_id) || c.delegated_to_actor;
    case DataScope::kTeam: return !a.team_id.empty() && c.team_id == a.team_id;
    case DataScope::kBranch: return !a.branch_id.empty() && c.branch_id == a.branch_id;
    case DataScope::kAll: return true;
    case DataScope::kNone: return false;
  }
  return false;
}

ScopeFilter NarrowToScope(const Actor& a, DataScope scope) {
  ScopeFilter f;
  if (scope == DataScope::kOwn) f.owner_user_id = a.user_id;
  if (scope == DataScope::kTeam) f.team_id = a.team_id;
  if (scope == DataScope::kBranch) f.branch_id = a.branch_id;
  return f;
}

}  // namespace crm::domain

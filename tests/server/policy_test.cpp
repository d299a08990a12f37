// The one policy module: roles, scopes and separation of duties (product.md section 5).
#include <gtest/gtest.h>

#include "common/error.h"
#include "domain/policy.h"

using namespace crm::domain;

namespace {
Actor As(Role r) {
  Actor a;
  a.user_id = "u";
  a.role = r;
  return a;
}
}  // namespace

TEST(Policy, ClientDataScopeFollowsTheOrgTree) {
  EXPECT_EQ(Authorize(As(Role::kAccountManager), Action::kCustomerRead).scope, DataScope::kOwn);
  EXPECT_EQ(Authorize(As(Role::kTeamLead), Action::kCustomerRead).scope, DataScope::kTeam);
  EXPECT_EQ(Authorize(As(Role::kBranchManager), Action::kCustomerRead).scope, DataScope::kBranch);
  EXPECT_EQ(Authorize(As(Role::kComplianceOfficer), Action::kCustomerRead).scope, DataScope::kAll);
}

TEST(Policy, AdminHasNoAccessToClientPersonalData) {
  for (Action a :
       {Action::kCustomerRead, Action::kCustomerWrite, Action::kCustomerRevealSensitive, Action::kCustomerTransfer})
    EXPECT_FALSE(Authorize(As(Role::kAdmin), a).allowed) << ActionName(a);
  EXPECT_TRUE(Authorize(As(Role::kAdmin), Action::kUserAdminister).allowed);
}

TEST(Policy, ComplianceReadsEverythingButChangesNoClient) {
  EXPECT_TRUE(Authorize(As(Role::kComplianceOfficer), Action::kCustomerRead).allowed);
  EXPECT_FALSE(Authorize(As(Role::kComplianceOfficer), Action::kCustomerWrite).allowed);
  EXPECT_TRUE(Authorize(As(Role::kComplianceOfficer), Action::kAuditRead).allowed);
}

TEST(Policy, OnlyComplianceReadsTheAuditTrail) {
  for (Role r : {Role::kAccountManager, Role::kTeamLead, Role::kBranchManager, Role::kAdmin})
    EXPECT_FALSE(Authorize(As(r), Action::kAuditRead).allowed) << RoleName(r);
}

TEST(Policy, OnlyLeadsTransferClients) {
  EXPECT_FALSE(Authorize(As(Role::kAccountManager), Action::kCustomerTransfer).allowed);
  EXPECT_TRUE(Authorize(As(Role::kTeamLead), Action::kCustomerTransfer).allowed);
}

TEST(Policy, RequireThrowsPermissionDeniedNamingTheAction) {
  try {
    Require(As(Role::kAccountManager), Action::kAuditRead);
    FAIL() << "expected a denial";
  } catch (const crm::Error& e) {
    EXPECT_EQ(e.code(), crm::ErrorCode::kPermissionDenied);
    EXPECT_EQ(e.metadata().at("action"), "audit.read");
  }
}

TEST(Roles, RoundTripByName) {
  for (Role r : {Role::kAccountManager, Role::kTeamLead, Role::kBranchManager, Role::kComplianceOfficer, Role::kAdmin})
    EXPECT_EQ(ParseRole(RoleName(r)), r);
  EXPECT_FALSE(ParseRole("ROOT").has_value());
}

// Suitability (regulatory.md section 1): the people who serve the client sell;
// compliance reviews, publishes questionnaires and rates products; admin has no client data.
TEST(Policy, SuitabilityDuties) {
  for (Role r : {Role::kAccountManager, Role::kTeamLead, Role::kBranchManager})
    EXPECT_TRUE(Authorize(As(r), Action::kSuitabilityWrite).allowed) << RoleName(r);
  EXPECT_FALSE(Authorize(As(Role::kComplianceOfficer), Action::kSuitabilityWrite).allowed);
  EXPECT_FALSE(Authorize(As(Role::kAdmin), Action::kSuitabilityRead).allowed);
  EXPECT_EQ(Authorize(As(Role::kComplianceOfficer), Action::kSuitabilityRead).scope, DataScope::kAll);
  EXPECT_EQ(Authorize(As(Role::kAccountManager), Action::kSuitabilityWrite).scope, DataScope::kOwn);
  EXPECT_TRUE(Authorize(As(Role::kComplianceOfficer), Action::kProductManage).allowed);
  EXPECT_FALSE(Authorize(As(Role::kBranchManager), Action::kProductManage).allowed);
  EXPECT_FALSE(Authorize(As(Role::kAccountManager), Action::kSuitabilityExceptions).allowed);
  EXPECT_EQ(Authorize(As(Role::kTeamLead), Action::kSuitabilityExceptions).scope, DataScope::kTeam);
  EXPECT_FALSE(Authorize(As(Role::kAccountManager), Action::kSuitabilityPolicyManage).allowed);
}

// Issue 24: the server's own work is a typed role, not a string: it reads
// every client (to tier them), may do nothing else, and no account can hold it.
TEST(Policy, TheSystemActorReadsClientsAndNothingElse) {
  const auto engine = crm::domain::Actor::System("tiering-engine");
  EXPECT_EQ(RoleName(engine.role), "SYSTEM");
  EXPECT_EQ(Authorize(engine, Action::kCustomerRead).scope, DataScope::kAll);
  EXPECT_FALSE(Authorize(engine, Action::kCustomerWrite).allowed);
  EXPECT_FALSE(Authorize(engine, Action::kCustomerRevealSensitive).allowed);
  EXPECT_FALSE(Authorize(engine, Action::kAuditRead).allowed);
  EXPECT_FALSE(Authorize(engine, Action::kUserAdminister).allowed);
  EXPECT_FALSE(ParseRole("SYSTEM").has_value());
}

// The one scope rule (its agreement with row-level security:
// ScopingMatrixTest.TheScopeRuleAndRowLevelSecurityAgree).
TEST(Policy, TheScopeRuleFollowsOwnerTeamBranchAndDelegation) {
  crm::domain::Actor am = As(Role::kAccountManager);
  am.user_id = "u1";
  am.team_id = "t1";
  am.branch_id = "b1";
  const crm::domain::ClientPlacement own{"u1", "t1", "b1", false}, colleague{"u2", "t1", "b1", false},
      stood_in{"u2", "t1", "b1", true}, other_branch{"u3", "t9", "b9", false};
  EXPECT_TRUE(crm::domain::InScope(am, DataScope::kOwn, own));
  EXPECT_FALSE(crm::domain::InScope(am, DataScope::kOwn, colleague));
  EXPECT_TRUE(crm::domain::InScope(am, DataScope::kOwn, stood_in));
  EXPECT_TRUE(crm::domain::InScope(am, DataScope::kTeam, colleague));
  EXPECT_TRUE(crm::domain::InScope(am, DataScope::kBranch, colleague));
  EXPECT_FALSE(crm::domain::InScope(am, DataScope::kBranch, other_branch));
  EXPECT_TRUE(crm::domain::InScope(am, DataScope::kAll, other_branch));
  EXPECT_FALSE(crm::domain::InScope(am, DataScope::kNone, own));
  // An actor with no team is in no team's scope, even a client with none.
  crm::domain::Actor officer = As(Role::kComplianceOfficer);
  EXPECT_FALSE(crm::domain::InScope(officer, DataScope::kTeam, {"u9", "", "", false}));
  // Lists narrow by the same rule.
  EXPECT_EQ(crm::domain::NarrowToScope(am, DataScope::kOwn).owner_user_id, "u1");
  EXPECT_EQ(crm::domain::NarrowToScope(am, DataScope::kTeam).team_id, "t1");
  EXPECT_TRUE(crm::domain::NarrowToScope(am, DataScope::kAll).branch_id.empty());
}

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
  for (Action a : {Action::kCustomerRead, Action::kCustomerWrite, Action::kCustomerRevealSensitive,
                   Action::kCustomerTransfer})
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

// The one policy module: "may this actor do this action, and over which data
// scope". Every service asks here; no handler compares roles itself.
//
// Separation of duties: ADMIN manages users, keys and the system but has no
// access to client personal data (scope kNone for every client action).
#pragma once

#include <string>
#include <string_view>

#include "domain/role.h"

namespace crm::domain {

enum class Action {
  // Org tree and users
  kOrgRead,         // read branches, teams, users
  kUserAdminister,  // create/lock/unlock/reset users (CLI / admin)
  // Clients (used by the client 360 issue)
  kCustomerRead,
  kCustomerWrite,
  kCustomerRevealSensitive,
  kCustomerTransfer,
  // Audit trail
  kAuditRead,
  kAuditExport,
  // Policies
  kTierPolicyRead,  // tier policies (not client data)
  kTierPolicyManage,
  kSuitabilityPolicyManage,  // questionnaires and suitability settings
  // Suitability (regulatory.md section 1)
  kSuitabilityRead,             // a client's assessments, classification, checks, sales
  kSuitabilityWrite,            // submit assessments, classify, check, attach evidence, record sales
  kSuitabilityExceptions,       // the compliance exceptions list (within scope)
  kSuitabilityExceptionReview,  // marking an exception reviewed (compliance)
  kProductRead,
  kProductManage,  // create products, change their risk level

  kMessageSend,   // queue a message to a client (those who serve the client)
  kMessageAudit,  // every message and its outcome (compliance)

  kAmlReview,  // large-value reports and AML cases: list, assign, file, dismiss (compliance)
};

std::string_view ActionName(Action action);

// Which rows of client data an allowed action reaches.
enum class DataScope { kNone, kOwn, kTeam, kBranch, kAll };

struct Decision {
  bool allowed = false;
  DataScope scope = DataScope::kNone;
};

Decision Authorize(const Actor& actor, Action action);

// Throws crm::Error PERMISSION_DENIED when not allowed; returns the scope.
DataScope Require(const Actor& actor, Action action);

// Where a client sits in the org tree, and whether the actor stands in for
// its account manager (an active delegation).
struct ClientPlacement {
  std::string_view owner_user_id;
  std::string_view team_id;
  std::string_view branch_id;
  bool delegated_to_actor = false;
};

// THE client-scope rule: is this client within the scope an action reaches?
// Own: the actor's clients and those they stand in for; team / branch: the
// actor's team or branch; all; none. The row-level security policies of V0009
// are the second defence and say the same (ScopingMatrixTest.TheScopeRuleAndRowLevelSecurityAgree
// proves both agree for every role, the system actor included).
bool InScope(const Actor& actor, DataScope scope, const ClientPlacement& client);

// A list or count narrowed to the scope (so its plan stays on an index):
// the owner, team or branch filter the scope implies, each empty when the
// scope does not narrow by it. The caller's own filter, when given, wins
// (row-level security still applies).
struct ScopeFilter {
  std::string owner_user_id;
  std::string team_id;
  std::string branch_id;
};
ScopeFilter NarrowToScope(const Actor& actor, DataScope scope);

}  // namespace crm::domain

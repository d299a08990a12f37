// The one policy module: "may this actor do this action, and over which data
// scope". Every service asks here; no handler compares roles itself.
//
// Separation of duties: ADMIN manages users, keys and the system but has no
// access to client personal data (scope kNone for every client action).
#pragma once

#include <string_view>

#include "domain/role.h"

namespace crm::domain {

enum class Action {
  // Org tree and users
  kOrgRead,          // read branches, teams, users
  kUserAdminister,   // create/lock/unlock/reset users (CLI / admin)
  // Clients (used by the client 360 issue)
  kCustomerRead,
  kCustomerWrite,
  kCustomerRevealSensitive,
  kCustomerTransfer,
  // Audit trail
  kAuditRead,
  kAuditExport,
  // Policies
  kTierPolicyRead,    // tier policies (not client data)
  kTierPolicyManage,
  kSuitabilityPolicyManage,  // questionnaires and suitability settings
  // Suitability (regulatory.md section 1)
  kSuitabilityRead,        // a client's assessments, classification, checks, sales
  kSuitabilityWrite,       // submit assessments, classify, check, attach evidence, record sales
  kSuitabilityExceptions,  // the compliance exceptions list (within scope)
  kSuitabilityExceptionReview,  // marking an exception reviewed (compliance)
  kProductRead,
  kProductManage,          // create products, change their risk level
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

}  // namespace crm::domain

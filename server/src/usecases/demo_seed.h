// Demo org and users for the embedded mode only: one branch, two teams and
// admin1, compliance1, lead1, manager1, manager2 sharing one password that is
// generated on first start (never stored in the repository).
#pragma once

#include <string>

#include "usecases/user_admin.h"

namespace crm::usecases {

// Returns true when it seeded (the database had no users yet).
bool SeedDemoData(UserAdmin& admin, storage::ConnectionPool& pool, const std::string& password);

// A random password that meets the default policy.
std::string GenerateDemoPassword();

}  // namespace crm::usecases

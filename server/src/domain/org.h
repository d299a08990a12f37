// The org tree (branch -> team -> user) as the use cases and services see it.
#pragma once

#include <string>

#include "common/clock.h"

namespace crm::domain {

struct Branch {
  std::string id, code, name;
};

struct Team {
  std::string id, branch_id, code, name;
};

struct User {
  std::string id;
  std::string username;
  std::string display_name;
  std::string role;
  std::string team_id;
  std::string branch_id;  // the user's own branch, or the team's
  std::string team_name;
  std::string branch_name;
  std::string password_hash;  // scrypt (security/password.h); never leaves the server
  TimePoint password_change_time;
  TimePoint create_time;
  bool must_change_password = false;
  bool disabled = false;
};

}  // namespace crm::domain

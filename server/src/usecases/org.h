// Use cases of the org tree (branch -> team -> user): what OrgService offers,
// over domain types, for any caller allowed to read the tree (every signed-in
// role: the workstation shows account managers' names and picks transfer
// targets from it). The first aggregate written in the shape of ADR 0015: a
// service turns protos into these arguments and these results into protos;
// the use case runs the work as the caller, in the request transaction.
#pragma once

#include <string>
#include <vector>

#include "domain/org.h"
#include "usecases/request_tx.h"

namespace crm::usecases::org {

std::vector<domain::Branch> ListBranches(Caller& caller);
// Every team, or a branch's (an id that is not one finds none).
std::vector<domain::Team> ListTeams(Caller& caller, const std::string& branch_id);

struct UserQuery {
  std::string team_id;    // empty: any
  std::string branch_id;  // empty: any
  std::string after;      // user name the previous page ended with
  int size = 100;         // 1..500 (the service checks the request)
};
struct UserPage {
  std::vector<domain::User> users;  // by user name, at most size
  bool more = false;                // another page follows users.back()
};
UserPage ListUsers(Caller& caller, const UserQuery& query);

// NOT_FOUND when there is no such user. Users come back without their
// password hash.
domain::User GetUser(Caller& caller, const std::string& id);

}  // namespace crm::usecases::org

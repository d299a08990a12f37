// Users and the org tree (branch -> team -> user).
#pragma once

#include <map>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/org.h"
#include "storage/pipelined_tx.h"
#include "storage/session_repository.h"
#include "storage/statements.h"

namespace crm::storage {

// The org tree's rows are the domain's types (domain/org.h).
using UserRecord = domain::User;
using BranchRecord = domain::Branch;
using TeamRecord = domain::Team;

struct NewUser {
  std::string username;
  std::string display_name;
  std::string role;
  std::string team_id;
  std::string branch_id;
  std::string password_hash;
  bool must_change_password = false;
};

// A session found by its token, with its user (absent when the user is gone).
struct SessionUser {
  SessionRecord session;
  std::optional<UserRecord> user;
  bool touched = false;  // last_seen_time was moved to now
};

class UserRepository {
 public:
  static const std::vector<Statement>& Statements();

  // Authentication in one statement (one round trip; autocommit is enough):
  // the session by token hash and its user, and last_seen_time moved to now
  // (at most every 5 seconds) only when the session is live: not revoked,
  // not expired, not idle longer than idle_seconds, user enabled. The caller
  // applies the same checks to decide; nothing else is written here.
  static std::optional<SessionUser> Authenticate(pqxx::transaction_base& tx, const std::string& token_sha256_hex,
                                                 TimePoint now, int64_t idle_seconds);
  // The same statement inside a handler's pipelined transaction, which also
  // sets the session's user as the acting user (CustomerRepository::ActAs's
  // settings) when the session is live, so authentication costs no round
  // trip of its own (usecases::Caller, usecases/request_tx.h). The touch then commits
  // or rolls back with the call's transaction.
  static size_t QueueAuthenticateActAs(StatementQueue& tx, const std::string& token_sha256_hex, TimePoint now,
                                       int64_t idle_seconds);
  static std::optional<SessionUser> ReadAuthenticated(const PipelinedResult& result);

  // A database with no user at all (the demo seed's first run).
  static bool NoUsers(pqxx::transaction_base& tx);
  static std::optional<UserRecord> FindByUsername(pqxx::transaction_base& tx, const std::string& username);
  static std::optional<UserRecord> FindById(pqxx::transaction_base& tx, const std::string& id);
  // "Display Name (username)" of the users with these ids.
  static std::map<std::string, std::string> Names(pqxx::transaction_base& tx, const std::vector<std::string>& ids);
  static std::string Create(pqxx::transaction_base& tx, const NewUser& user, TimePoint now);
  // Ordered by user name; after_username is the page cursor.
  static std::vector<UserRecord> List(pqxx::transaction_base& tx, const std::string& team_id,
                                      const std::string& branch_id, const std::string& after_username, int limit);
  static void SetDisabled(pqxx::transaction_base& tx, const std::string& id, bool disabled);
  static void SetRole(pqxx::transaction_base& tx, const std::string& id, const std::string& role,
                      const std::string& team_id, const std::string& branch_id);
  // Stores the new hash and moves the old one into the history.
  static void SetPassword(pqxx::transaction_base& tx, const std::string& id, const std::string& new_hash,
                          bool must_change, TimePoint now);
  static std::vector<std::string> RecentPasswordHashes(pqxx::transaction_base& tx, const std::string& id, int n);

  static std::string CreateBranch(pqxx::transaction_base& tx, const std::string& code, const std::string& name);
  static std::string CreateTeam(pqxx::transaction_base& tx, const std::string& branch_code, const std::string& code,
                                const std::string& name);
  static std::vector<BranchRecord> ListBranches(pqxx::transaction_base& tx);
  static std::vector<TeamRecord> ListTeams(pqxx::transaction_base& tx, const std::string& branch_id);
  static std::optional<std::string> TeamIdByCode(pqxx::transaction_base& tx, const std::string& branch_code,
                                                 const std::string& team_code);
  static std::optional<std::string> BranchIdByCode(pqxx::transaction_base& tx, const std::string& code);
};

}  // namespace crm::storage

#include "storage/user_repository.h"

#include "common/error.h"
#include "common/ids.h"

namespace crm::storage {
namespace {

#define CRM_USER_COLUMNS                                                                                         \
  "u.id::text, u.username, u.display_name, u.role, COALESCE(u.team_id::text,''), "                               \
  "COALESCE(COALESCE(u.branch_id, t.branch_id)::text,''), COALESCE(t.name,''), COALESCE(b.name,''), "            \
  "u.password_hash, EXTRACT(EPOCH FROM u.password_change_time)::text, EXTRACT(EPOCH FROM u.create_time)::text, " \
  "u.must_change_password, u.disabled "                                                                          \
  "FROM app_user u LEFT JOIN team t ON t.id = u.team_id "                                                        \
  "LEFT JOIN branch b ON b.id = COALESCE(u.branch_id, t.branch_id) "

constexpr Statement kFindByUsername{"user_find_by_username", "SELECT " CRM_USER_COLUMNS "WHERE u.username = $1"};
// The session by token hash and its user; the touch moves last_seen_time
// only when the session is live (see UserRepository::Authenticate).
#define CRM_SESSION_SELECT                                                                \
  "WITH s AS (SELECT id, user_id, create_time, last_seen_time, expire_time, "             \
  "revoke_time IS NOT NULL AS revoked FROM user_session "                                 \
  "WHERE token_sha256 = decode($1, 'hex')), "                                             \
  "touch AS (UPDATE user_session us SET last_seen_time = $2::timestamptz FROM s "         \
  "JOIN app_user tu ON tu.id = s.user_id WHERE us.id = s.id AND NOT s.revoked "           \
  "AND NOT tu.disabled AND $2::timestamptz < s.expire_time "                              \
  "AND s.last_seen_time >= $2::timestamptz - make_interval(secs => $3) "                  \
  "AND s.last_seen_time < $2::timestamptz - interval '5 seconds' RETURNING us.id) "       \
  "SELECT s.id::text, s.user_id::text, EXTRACT(EPOCH FROM s.create_time)::text, "         \
  "EXTRACT(EPOCH FROM s.last_seen_time)::text, EXTRACT(EPOCH FROM s.expire_time)::text, " \
  "s.revoked, (SELECT count(*) FROM touch) > 0, u.id IS NOT NULL, "                       \
  "COALESCE(u.id::text,''), COALESCE(u.username,''), COALESCE(u.display_name,''), "       \
  "COALESCE(u.role,''), COALESCE(u.team_id::text,''), "                                   \
  "COALESCE(COALESCE(u.branch_id, t.branch_id)::text,''), COALESCE(t.name,''), "          \
  "COALESCE(b.name,''), COALESCE(u.password_hash,''), "                                   \
  "COALESCE(EXTRACT(EPOCH FROM u.password_change_time)::text,'0'), "                      \
  "COALESCE(EXTRACT(EPOCH FROM u.create_time)::text,'0'), "                               \
  "COALESCE(u.must_change_password, false), COALESCE(u.disabled, true) "
#define CRM_SESSION_FROM                                                                  \
  "FROM s LEFT JOIN app_user u ON u.id = s.user_id LEFT JOIN team t ON t.id = u.team_id " \
  "LEFT JOIN branch b ON b.id = COALESCE(u.branch_id, t.branch_id)"
// A live session: what the touch requires, and what AuthManager::LiveActor checks.
#define CRM_SESSION_LIVE                                                                   \
  "(NOT s.revoked AND NOT COALESCE(u.disabled, true) AND $2::timestamptz < s.expire_time " \
  "AND s.last_seen_time >= $2::timestamptz - make_interval(secs => $3))"
#define CRM_SESSION_ACT_AS(setting, value) \
  ", set_config('" setting "', CASE WHEN " CRM_SESSION_LIVE " THEN " value " ELSE '' END, true)"

constexpr Statement kAuthenticate{"session_authenticate", CRM_SESSION_SELECT CRM_SESSION_FROM};
// The same, and, when the session is live, its user set as the transaction's
// acting user: the settings CustomerRepository::ActAs sets, from the same
// columns AuthManager puts into the Actor (row-level security reads them).
constexpr Statement kAuthenticateActAs{
    "session_authenticate_act_as",
    CRM_SESSION_SELECT CRM_SESSION_ACT_AS("crm.actor_id", "u.id::text") CRM_SESSION_ACT_AS("crm.actor_role", "u.role")
        CRM_SESSION_ACT_AS("crm.actor_team", "COALESCE(u.team_id::text,'')") CRM_SESSION_ACT_AS(
            "crm.actor_branch", "COALESCE(COALESCE(u.branch_id, t.branch_id)::text,'')") " " CRM_SESSION_FROM};
constexpr Statement kFindById{"user_find_by_id", "SELECT " CRM_USER_COLUMNS "WHERE u.id = $1::uuid"};
constexpr Statement kNames{"user_names",
                           "SELECT id::text, display_name || ' (' || username || ')' FROM app_user "
                           "WHERE id = ANY(string_to_array($1, ',')::uuid[])"};
constexpr Statement kList{"user_list", "SELECT " CRM_USER_COLUMNS
                                       "WHERE ($1 = '' OR u.team_id = NULLIF($1,'')::uuid) "
                                       "AND ($2 = '' OR COALESCE(u.branch_id, t.branch_id) = NULLIF($2,'')::uuid) "
                                       "AND u.username > $3 ORDER BY u.username LIMIT $4"};
constexpr Statement kCreate{"user_create", R"sql(
INSERT INTO app_user (username, display_name, role, team_id, branch_id, password_hash, password_change_time,
                      must_change_password)
VALUES ($1, $2, $3, NULLIF($4,'')::uuid, NULLIF($5,'')::uuid, $6, $7::timestamptz, $8)
RETURNING id::text)sql"};
constexpr Statement kSetDisabled{"user_set_disabled",
                                 "UPDATE app_user SET disabled = $2, update_time = now() WHERE id = $1::uuid"};
constexpr Statement kSetRole{"user_set_role",
                             "UPDATE app_user SET role = $2, team_id = NULLIF($3,'')::uuid, "
                             "branch_id = NULLIF($4,'')::uuid, update_time = now() WHERE id = $1::uuid"};
constexpr Statement kArchivePassword{"user_archive_password", R"sql(
INSERT INTO password_history (user_id, password_hash, create_time)
SELECT id, password_hash, password_change_time FROM app_user WHERE id = $1::uuid)sql"};
constexpr Statement kSetPassword{"user_set_password",
                                 "UPDATE app_user SET password_hash = $2, must_change_password = $3, "
                                 "password_change_time = $4::timestamptz, update_time = now() WHERE id = $1::uuid"};
constexpr Statement kRecentPasswords{"user_recent_passwords", R"sql(
SELECT password_hash FROM (
  SELECT password_hash, password_change_time AS t FROM app_user WHERE id = $1::uuid
  UNION ALL
  SELECT password_hash, create_time FROM password_history WHERE user_id = $1::uuid
) h ORDER BY t DESC LIMIT $2)sql"};
constexpr Statement kCreateBranch{"org_create_branch",
                                  "INSERT INTO branch (code, name) VALUES ($1, $2) RETURNING id::text"};
constexpr Statement kCreateTeam{"org_create_team", R"sql(
INSERT INTO team (branch_id, code, name) SELECT id, $2, $3 FROM branch WHERE code = $1 RETURNING id::text)sql"};
constexpr Statement kListBranches{"org_list_branches", "SELECT id::text, code, name FROM branch ORDER BY code"};
constexpr Statement kListTeams{"org_list_teams",
                               "SELECT id::text, branch_id::text, code, name FROM team "
                               "WHERE ($1 = '' OR branch_id = NULLIF($1,'')::uuid) ORDER BY code"};
constexpr Statement kTeamByCode{"org_team_by_code",
                                "SELECT t.id::text FROM team t JOIN branch b ON b.id = t.branch_id "
                                "WHERE b.code = $1 AND t.code = $2"};
constexpr Statement kBranchByCode{"org_branch_by_code", "SELECT id::text FROM branch WHERE code = $1"};

// The user columns (CRM_USER_COLUMNS) from column `from` on.
template <typename Row>
UserRecord ReadUser(const Row& r, int from = 0) {
  UserRecord u;
  u.id = r[from + 0].template as<std::string>();
  u.username = r[from + 1].template as<std::string>();
  u.display_name = r[from + 2].template as<std::string>();
  u.role = r[from + 3].template as<std::string>();
  u.team_id = r[from + 4].template as<std::string>();
  u.branch_id = r[from + 5].template as<std::string>();
  u.team_name = r[from + 6].template as<std::string>();
  u.branch_name = r[from + 7].template as<std::string>();
  u.password_hash = r[from + 8].template as<std::string>();
  u.password_change_time = FromEpochSeconds(r[from + 9].template as<std::string>());
  u.create_time = FromEpochSeconds(r[from + 10].template as<std::string>());
  u.must_change_password = r[from + 11].template as<bool>();
  u.disabled = r[from + 12].template as<bool>();
  return u;
}

}  // namespace

namespace {
constexpr Statement kNoUsers{"user_none", "SELECT NOT EXISTS (SELECT 1 FROM app_user)"};
}  // namespace

bool UserRepository::NoUsers(pqxx::transaction_base& tx) { return tx.exec_prepared1(kNoUsers.name)[0].as<bool>(); }

const std::vector<Statement>& UserRepository::Statements() {
  static const std::vector<Statement> kAll{
      kAuthenticate, kAuthenticateActAs, kFindByUsername,  kFindById,     kNames,           kList,         kCreate,
      kSetDisabled,  kSetRole,           kArchivePassword, kSetPassword,  kRecentPasswords, kCreateBranch, kCreateTeam,
      kListBranches, kListTeams,         kTeamByCode,      kBranchByCode, kNoUsers};
  return kAll;
}

std::optional<UserRecord> UserRepository::FindByUsername(pqxx::transaction_base& tx, const std::string& username) {
  auto r = tx.exec_prepared(kFindByUsername.name, username);
  if (r.empty()) return std::nullopt;
  return ReadUser(r[0]);
}

namespace {
template <typename Row>
SessionUser ReadSessionUser(const Row& row) {
  SessionUser out;
  out.session.id = row[0].template as<std::string>();
  out.session.user_id = row[1].template as<std::string>();
  out.session.create_time = FromEpochSeconds(row[2].template as<std::string>());
  out.session.last_seen_time = FromEpochSeconds(row[3].template as<std::string>());
  out.session.expire_time = FromEpochSeconds(row[4].template as<std::string>());
  out.session.revoked = row[5].template as<bool>();
  out.touched = row[6].template as<bool>();
  if (row[7].template as<bool>()) out.user = ReadUser(row, 8);
  return out;
}
}  // namespace

std::optional<SessionUser> UserRepository::Authenticate(pqxx::transaction_base& tx, const std::string& token_sha256_hex,
                                                        TimePoint now, int64_t idle_seconds) {
  auto r = tx.exec_prepared(kAuthenticate.name, token_sha256_hex, ToPgTimestamp(now), idle_seconds);
  if (r.empty()) return std::nullopt;
  return ReadSessionUser(r[0]);
}

size_t UserRepository::QueueAuthenticateActAs(StatementQueue& tx, const std::string& token_sha256_hex, TimePoint now,
                                              int64_t idle_seconds) {
  return tx.Queue(kAuthenticateActAs, {token_sha256_hex, ToPgTimestamp(now), std::to_string(idle_seconds)});
}

std::optional<SessionUser> UserRepository::ReadAuthenticated(const PipelinedResult& result) {
  if (result.empty()) return std::nullopt;
  return ReadSessionUser(result[0]);
}

std::map<std::string, std::string> UserRepository::Names(pqxx::transaction_base& tx,
                                                         const std::vector<std::string>& ids) {
  return TextByIds(tx, kNames, ids);
}

std::optional<UserRecord> UserRepository::FindById(pqxx::transaction_base& tx, const std::string& id) {
  if (!IsUuid(id)) return std::nullopt;
  auto r = tx.exec_prepared(kFindById.name, id);
  if (r.empty()) return std::nullopt;
  return ReadUser(r[0]);
}

std::string UserRepository::Create(pqxx::transaction_base& tx, const NewUser& u, TimePoint now) {
  return tx
      .exec_prepared1(kCreate.name, u.username, u.display_name, u.role, u.team_id, u.branch_id, u.password_hash,
                      ToPgTimestamp(now), u.must_change_password)[0]
      .as<std::string>();
}

std::vector<UserRecord> UserRepository::List(pqxx::transaction_base& tx, const std::string& team_id,
                                             const std::string& branch_id, const std::string& after_username,
                                             int limit) {
  if ((!team_id.empty() && !IsUuid(team_id)) || (!branch_id.empty() && !IsUuid(branch_id))) return {};
  std::vector<UserRecord> out;
  for (const auto& row : tx.exec_prepared(kList.name, team_id, branch_id, after_username, limit))
    out.push_back(ReadUser(row));
  return out;
}

void UserRepository::SetDisabled(pqxx::transaction_base& tx, const std::string& id, bool disabled) {
  tx.exec_prepared0(kSetDisabled.name, id, disabled);
}

void UserRepository::SetRole(pqxx::transaction_base& tx, const std::string& id, const std::string& role,
                             const std::string& team_id, const std::string& branch_id) {
  tx.exec_prepared0(kSetRole.name, id, role, team_id, branch_id);
}

void UserRepository::SetPassword(pqxx::transaction_base& tx, const std::string& id, const std::string& new_hash,
                                 bool must_change, TimePoint now) {
  tx.exec_prepared0(kArchivePassword.name, id);
  tx.exec_prepared0(kSetPassword.name, id, new_hash, must_change, ToPgTimestamp(now));
}

std::vector<std::string> UserRepository::RecentPasswordHashes(pqxx::transaction_base& tx, const std::string& id,
                                                              int n) {
  std::vector<std::string> out;
  for (const auto& row : tx.exec_prepared(kRecentPasswords.name, id, n)) out.push_back(row[0].as<std::string>());
  return out;
}

std::string UserRepository::CreateBranch(pqxx::transaction_base& tx, const std::string& code, const std::string& name) {
  return tx.exec_prepared1(kCreateBranch.name, code, name)[0].as<std::string>();
}

std::string UserRepository::CreateTeam(pqxx::transaction_base& tx, const std::string& branch_code,
                                       const std::string& code, const std::string& name) {
  auto r = tx.exec_prepared(kCreateTeam.name, branch_code, code, name);
  if (r.empty()) throw Error::InvalidField("branch", "no branch with this code");
  return r[0][0].as<std::string>();
}

std::vector<BranchRecord> UserRepository::ListBranches(pqxx::transaction_base& tx) {
  std::vector<BranchRecord> out;
  for (const auto& r : tx.exec_prepared(kListBranches.name))
    out.push_back({r[0].as<std::string>(), r[1].as<std::string>(), r[2].as<std::string>()});
  return out;
}

std::vector<TeamRecord> UserRepository::ListTeams(pqxx::transaction_base& tx, const std::string& branch_id) {
  if (!branch_id.empty() && !IsUuid(branch_id)) return {};
  std::vector<TeamRecord> out;
  for (const auto& r : tx.exec_prepared(kListTeams.name, branch_id))
    out.push_back({r[0].as<std::string>(), r[1].as<std::string>(), r[2].as<std::string>(), r[3].as<std::string>()});
  return out;
}

std::optional<std::string> UserRepository::TeamIdByCode(pqxx::transaction_base& tx, const std::string& branch_code,
                                                        const std::string& team_code) {
  auto r = tx.exec_prepared(kTeamByCode.name, branch_code, team_code);
  if (r.empty()) return std::nullopt;
  return r[0][0].as<std::string>();
}

std::optional<std::string> UserRepository::BranchIdByCode(pqxx::transaction_base& tx, const std::string& code) {
  auto r = tx.exec_prepared(kBranchByCode.name, code);
  if (r.empty()) return std::nullopt;
  return r[0][0].as<std::string>();
}

}  // namespace crm::storage

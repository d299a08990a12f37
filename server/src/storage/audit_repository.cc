#include "storage/audit_repository.h"

#include <spdlog/spdlog.h>

#include "common/clock.h"
#include "common/error.h"
#include "security/audit_signer.h"
#include "security/crypto.h"
#include "storage/binary_copy.h"
#include "storage/pipelined_tx.h"

namespace crm::storage {
namespace {

using security::HexDecode;
using security::HexEncode;

constexpr Statement kInsertPending{"audit_insert_pending", R"sql(
INSERT INTO audit_pending (actor_user_id, actor_username, actor_role, session_id, client_address, request_id,
                           action, target_type, target_id, reason, outcome, details)
VALUES (NULLIF($1,'')::uuid, NULLIF($2,''), NULLIF($3,''), NULLIF($4,'')::uuid, NULLIF($5,''), NULLIF($6,''),
        $7, NULLIF($8,''), NULLIF($9,''), NULLIF($10,''), $11, $12::json)
RETURNING id)sql"};

#define CRM_AUDIT_COLUMNS                                                                          \
  "seq, (EXTRACT(EPOCH FROM event_time) * 1000000)::bigint, COALESCE(actor_user_id::text,''), "    \
  "COALESCE(actor_username,''), COALESCE(actor_role,''), COALESCE(session_id::text,''), "          \
  "COALESCE(client_address,''), COALESCE(request_id,''), action, COALESCE(target_type,''), "       \
  "COALESCE(target_id,''), COALESCE(reason,''), outcome, details::text, encode(prev_hash,'hex'), " \
  "encode(hash,'hex'), mac_key_id, encode(mac,'hex') "

#define CRM_AUDIT_FILTER                                                                                   \
  "($1 = '' OR actor_user_id = NULLIF($1,'')::uuid) AND ($2 = '' OR target_type = $2) "                    \
  "AND ($3 = '' OR target_id = $3) "                                                                       \
  "AND ($4 = '' OR action = $4 OR (right($4, 1) = '.' AND starts_with(action, $4))) "                      \
  "AND ($5 = '' OR outcome = $5) "                                                                         \
  "AND ($6::bigint IS NULL OR event_time >= timestamptz 'epoch' + $6::bigint * interval '1 microsecond') " \
  "AND ($7::bigint IS NULL OR event_time < timestamptz 'epoch' + $7::bigint * interval '1 microsecond') "

constexpr Statement kListAsc{"audit_list_asc", "SELECT " CRM_AUDIT_COLUMNS "FROM audit_event WHERE " CRM_AUDIT_FILTER
                                               "AND seq > $8 ORDER BY seq LIMIT $9"};
constexpr Statement kListDesc{"audit_list_desc", "SELECT " CRM_AUDIT_COLUMNS "FROM audit_event WHERE " CRM_AUDIT_FILTER
                                                 "AND ($8 = 0 OR seq < $8) ORDER BY seq DESC LIMIT $9"};
constexpr Statement kCount{"audit_count", "SELECT count(*) FROM audit_event WHERE " CRM_AUDIT_FILTER};
constexpr Statement kGet{"audit_get",
                         "SELECT " CRM_AUDIT_COLUMNS "FROM audit_event WHERE seq = $1 ORDER BY event_time LIMIT 1"};
// The verifier's scan: raw columns (no conversions in SQL), read with the
// session time zone set to UTC.
constexpr Statement kScan{"audit_scan",
                          "SELECT seq, event_time, actor_user_id, actor_username, actor_role, session_id, "
                          "client_address, request_id, action, target_type, target_id, reason, outcome, "
                          "details, prev_hash, hash, mac_key_id, mac "
                          "FROM audit_event WHERE (seq, event_time) > ($1, timestamptz 'epoch' + $2::bigint "
                          "* interval '1 microsecond') AND ($3 = 0 OR seq <= $3) "
                          "ORDER BY seq, event_time LIMIT $4"};
// The streamed scan takes its bounds from transaction-local settings, set by
// a bound statement, because COPY itself cannot take parameters.
constexpr Statement kScanBounds{"audit_scan_bounds",
                                "SELECT set_config('crm.scan_from', $1::bigint::text, true), "
                                "set_config('crm.scan_to', (CASE WHEN $2::bigint = 0 THEN 9223372036854775807 "
                                "ELSE $2::bigint END)::text, true)"};
constexpr const char* kChainCopy =
    "SELECT seq, event_time, actor_user_id, actor_username, actor_role, session_id, client_address, request_id, "
    "action, target_type, target_id, reason, outcome, details, prev_hash, hash, mac_key_id, mac "
    "FROM audit_event WHERE seq >= current_setting('crm.scan_from')::bigint "
    "AND seq <= current_setting('crm.scan_to')::bigint "
    "ORDER BY seq, event_time";
constexpr Statement kHead{"audit_head", "SELECT last_seq, encode(last_hash,'hex') FROM audit_head WHERE id = 1"};
constexpr Statement kCheckpoints{"audit_checkpoints", R"sql(
SELECT id, seq, encode(hash,'hex'), (EXTRACT(EPOCH FROM create_time) * 1000000)::bigint, mac_key_id, encode(mac,'hex')
FROM audit_checkpoint WHERE seq >= $1 AND ($2 = 0 OR seq <= $2) ORDER BY seq, id)sql"};
constexpr Statement kLatestCheckpoint{"audit_latest_checkpoint", R"sql(
SELECT id, seq, encode(hash,'hex'), (EXTRACT(EPOCH FROM create_time) * 1000000)::bigint, mac_key_id, encode(mac,'hex')
FROM audit_checkpoint ORDER BY seq DESC, id DESC LIMIT 1)sql"};
constexpr Statement kHeadForCheckpoint{"audit_head_for_checkpoint", R"sql(
SELECT last_seq, encode(last_hash,'hex'), (EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::bigint
FROM audit_head WHERE id = 1)sql"};
constexpr Statement kInsertCheckpoint{"audit_insert_checkpoint", R"sql(
INSERT INTO audit_checkpoint (seq, hash, create_time, mac_key_id, mac)
VALUES ($1, decode($2,'hex'), timestamptz 'epoch' + $3::bigint * interval '1 microsecond', $4, decode($5,'hex'))
RETURNING id)sql"};
constexpr Statement kLatestArchive{"audit_latest_archive", R"sql(
SELECT partition_name, first_seq, last_seq, event_count, encode(last_hash,'hex')
FROM audit_archive ORDER BY last_seq DESC LIMIT 1)sql"};
constexpr Statement kEnsurePartitions{"audit_ensure_partitions", "SELECT audit_ensure_partitions($1)"};

const char* OutcomeNameImpl(AuditOutcome o) {
  switch (o) {
    case AuditOutcome::kOk: return "ok";
    case AuditOutcome::kDenied: return "denied";
    case AuditOutcome::kError: return "error";
  }
  return "error";
}

domain::AuditRecord ReadRecord(const pqxx::row& r) {
  domain::AuditRecord a;
  a.seq = r[0].as<int64_t>();
  a.event_time_us = r[1].as<int64_t>();
  a.actor_user_id = r[2].as<std::string>();
  a.actor_username = r[3].as<std::string>();
  a.actor_role = r[4].as<std::string>();
  a.session_id = r[5].as<std::string>();
  a.client_address = r[6].as<std::string>();
  a.request_id = r[7].as<std::string>();
  a.action = r[8].as<std::string>();
  a.target_type = r[9].as<std::string>();
  a.target_id = r[10].as<std::string>();
  a.reason = r[11].as<std::string>();
  a.outcome = r[12].as<std::string>();
  a.details_json = r[13].as<std::string>();  // json keeps the text as written and hashed
  a.prev_hash = HexDecode(r[14].as<std::string>());
  a.hash = HexDecode(r[15].as<std::string>());
  a.mac_key_id = r[16].as<std::string>();
  a.mac = HexDecode(r[17].as<std::string>());
  return a;
}

AuditCheckpoint ReadCheckpoint(const pqxx::row& r) {
  return {r[0].as<int64_t>(), r[1].as<int64_t>(),     HexDecode(r[2].as<std::string>()),
          r[3].as<int64_t>(), r[4].as<std::string>(), HexDecode(r[5].as<std::string>())};
}

// Filter parameters as bound values; absent times are SQL NULL.
template <typename... Extra>
pqxx::result ExecFiltered(pqxx::transaction_base& tx, const Statement& st, const AuditFilter& f, Extra&&... extra) {
  const char* start = nullptr;
  const char* end = nullptr;
  std::string s = f.start_time_us ? std::to_string(*f.start_time_us) : "";
  std::string e = f.end_time_us ? std::to_string(*f.end_time_us) : "";
  if (f.start_time_us) start = s.c_str();
  if (f.end_time_us) end = e.c_str();
  return tx.exec_prepared(st.name, f.actor_user_id, f.target_type, f.target_id, f.action, f.outcome, start, end,
                          std::forward<Extra>(extra)...);
}

}  // namespace

AuditWho AuditWho::From(const domain::Actor& actor) {
  return {actor.user_id,    actor.username,       std::string(domain::RoleName(actor.role)),
          actor.session_id, actor.client_address, actor.request_id};
}

const std::vector<Statement>& AuditRepository::Statements() {
  static const std::vector<Statement> kAll{kInsertPending,
                                           kListAsc,
                                           kListDesc,
                                           kCount,
                                           kGet,
                                           kScan,
                                           kHead,
                                           kScanBounds,
                                           kCheckpoints,
                                           kLatestCheckpoint,
                                           kHeadForCheckpoint,
                                           kInsertCheckpoint,
                                           kLatestArchive,
                                           kEnsurePartitions};
  return kAll;
}

const char* AuditRepository::OutcomeName(AuditOutcome outcome) { return OutcomeNameImpl(outcome); }

void AuditRepository::RequireSigner() {
  // Refuse to record (and so to commit the change) when this process could
  // not seal what it records: a misconfigured server must fail closed.
  if (!security::AuditSigner::Process()) {
    spdlog::error("audit write refused: no audit key loaded");
    throw Error::Internal();
  }
}

namespace {
// INSERT INTO audit_pending ... SELECT <the who and event parameters after
// the business statement's n>, <details> FROM <from>.
std::string PendingInsertSql(int n, const std::string& details, const std::string& from) {
  auto p = [n](int i) { return "$" + std::to_string(n + i); };
  return "INSERT INTO audit_pending (actor_user_id, actor_username, actor_role, session_id, client_address, "
         "request_id, action, target_type, target_id, reason, outcome, details) SELECT NULLIF(" +
         p(1) + "::text,'')::uuid, NULLIF(" + p(2) + "::text,''), NULLIF(" + p(3) + "::text,''), NULLIF(" + p(4) +
         "::text,'')::uuid, NULLIF(" + p(5) + "::text,''), NULLIF(" + p(6) + "::text,''), " + p(7) + ", NULLIF(" +
         p(8) + "::text,''), NULLIF(" + p(9) + "::text,''), NULLIF(" + p(10) + "::text,''), " + p(11) + ", " + details +
         " FROM " + from;
}
}  // namespace

std::string AuditRepository::WithEventSql(const std::string& business_sql, int n) {
  return "WITH biz AS (" + business_sql + "), ev AS (" +
         PendingInsertSql(n, "$" + std::to_string(n + 12) + "::json", "biz") + ") SELECT * FROM biz";
}

int64_t AuditRepository::Record(pqxx::transaction_base& tx, const AuditWho& who, const AuditEvent& event) {
  RequireSigner();
  return tx
      .exec_prepared1(kInsertPending.name, who.user_id, who.username, who.role, who.session_id, who.client_address,
                      who.request_id, event.action, event.target_type, event.target_id, event.reason,
                      OutcomeNameImpl(event.outcome),
                      event.details.is_null() ? std::string("{}") : event.details.dump())[0]
      .as<int64_t>();
}

size_t AuditRepository::QueueRecord(StatementQueue& tx, const AuditWho& who, const AuditEvent& event) {
  std::vector<std::string> params;
  AppendEventParams(params, who, event);
  return tx.Queue(kInsertPending, std::move(params));
}

void AuditRepository::AppendEventParams(std::vector<std::string>& params, const AuditWho& who,
                                        const AuditEvent& event) {
  RequireSigner();
  for (const std::string* s : {&who.user_id, &who.username, &who.role, &who.session_id, &who.client_address,
                               &who.request_id, &event.action, &event.target_type, &event.target_id, &event.reason})
    params.push_back(*s);
  params.emplace_back(OutcomeNameImpl(event.outcome));
  params.push_back(event.details.is_null() ? std::string("{}") : event.details.dump());
}

std::vector<domain::AuditRecord> AuditRepository::List(pqxx::transaction_base& tx, const AuditFilter& filter,
                                                       int64_t cursor_seq, bool descending, int limit) {
  std::vector<domain::AuditRecord> out;
  for (const auto& row : ExecFiltered(tx, descending ? kListDesc : kListAsc, filter, cursor_seq, limit))
    out.push_back(ReadRecord(row));
  return out;
}

int64_t AuditRepository::Count(pqxx::transaction_base& tx, const AuditFilter& filter) {
  return ExecFiltered(tx, kCount, filter)[0][0].as<int64_t>();
}

std::optional<domain::AuditRecord> AuditRepository::Get(pqxx::transaction_base& tx, int64_t seq) {
  auto r = tx.exec_prepared(kGet.name, seq);
  if (r.empty()) return std::nullopt;
  return ReadRecord(r[0]);
}

namespace {
void Take(const pqxx::field& f, std::string& out) {
  if (f.is_null())
    out.clear();
  else
    out.assign(f.c_str(), f.size());
}
std::vector<uint8_t> Bytea(const pqxx::field& f) {
  // Hex output format: \x followed by hex digits.
  std::string_view v(f.c_str(), f.size());
  if (v.size() < 2 || v[0] != '\\' || v[1] != 'x') throw std::invalid_argument("unexpected bytea format");
  return HexDecode(std::string(v.substr(2)));
}
}  // namespace

void AuditRepository::PrepareScan(pqxx::transaction_base& tx) { tx.exec0("SET LOCAL TimeZone = 'UTC'"); }

std::vector<domain::AuditRecord> AuditRepository::ScanAfter(pqxx::transaction_base& tx, int64_t after_seq,
                                                            int64_t after_time_us, int64_t to_seq, int limit) {
  std::vector<domain::AuditRecord> out;
  auto rows = tx.exec_prepared(kScan.name, after_seq, after_time_us, to_seq, limit);
  out.resize(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[static_cast<pqxx::result::size_type>(i)];
    auto& a = out[i];
    a.seq = row[0].as<int64_t>();
    a.event_time_us = ParsePgUtcMicros(row[1].c_str(), row[1].size());
    Take(row[2], a.actor_user_id);
    Take(row[3], a.actor_username);
    Take(row[4], a.actor_role);
    Take(row[5], a.session_id);
    Take(row[6], a.client_address);
    Take(row[7], a.request_id);
    Take(row[8], a.action);
    Take(row[9], a.target_type);
    Take(row[10], a.target_id);
    Take(row[11], a.reason);
    Take(row[12], a.outcome);
    Take(row[13], a.details_json);
    a.prev_hash = Bytea(row[14]);
    a.hash = Bytea(row[15]);
    Take(row[16], a.mac_key_id);
    a.mac = Bytea(row[17]);
  }
  return out;
}

void AuditRepository::StreamChain(pqxx::transaction_base& tx, int64_t from_seq, int64_t to_seq,
                                  const std::function<bool(domain::AuditRecord&)>& sink) {
  auto* db = dynamic_cast<pqxx::dbtransaction*>(&tx);
  if (!db) throw std::logic_error("StreamChain needs a database transaction");
  tx.exec_prepared(kScanBounds.name, from_seq, to_seq);
  // Assigning into the reused row keeps its buffers: no allocation per row
  // once they have grown.
  auto text = [](const std::optional<std::string_view>& f, std::string& out) {
    if (f)
      out.assign(f->data(), f->size());
    else
      out.clear();
  };
  auto uuid = [](const std::optional<std::string_view>& f, std::string& out) {
    if (f)
      BinaryUuidText(*f, out);
    else
      out.clear();
  };
  auto bytes = [](const std::optional<std::string_view>& f, std::vector<uint8_t>& out) {
    if (!f) throw std::invalid_argument("unexpected NULL in the chain");
    out.assign(f->begin(), f->end());
  };
  domain::AuditRecord a;
  CopyOutBinary(*db, kChainCopy, [&](const BinaryRow& row) {
    if (row.size() != 18 || !row[0] || !row[1]) throw std::invalid_argument("unexpected chain row");
    a.seq = BinaryInt64(*row[0]);
    a.event_time_us = BinaryTimestampMicros(*row[1]);
    uuid(row[2], a.actor_user_id);
    text(row[3], a.actor_username);
    text(row[4], a.actor_role);
    uuid(row[5], a.session_id);
    text(row[6], a.client_address);
    text(row[7], a.request_id);
    text(row[8], a.action);
    text(row[9], a.target_type);
    text(row[10], a.target_id);
    text(row[11], a.reason);
    text(row[12], a.outcome);
    text(row[13], a.details_json);
    bytes(row[14], a.prev_hash);
    bytes(row[15], a.hash);
    text(row[16], a.mac_key_id);
    bytes(row[17], a.mac);
    return sink(a);
  });
}

AuditHead AuditRepository::Head(pqxx::transaction_base& tx) {
  auto r = tx.exec_prepared1(kHead.name);
  return {r[0].as<int64_t>(), HexDecode(r[1].as<std::string>())};
}

std::vector<AuditCheckpoint> AuditRepository::Checkpoints(pqxx::transaction_base& tx, int64_t from_seq,
                                                          int64_t to_seq) {
  std::vector<AuditCheckpoint> out;
  for (const auto& row : tx.exec_prepared(kCheckpoints.name, from_seq, to_seq)) out.push_back(ReadCheckpoint(row));
  return out;
}

std::optional<AuditCheckpoint> AuditRepository::LatestCheckpoint(pqxx::transaction_base& tx) {
  auto r = tx.exec_prepared(kLatestCheckpoint.name);
  if (r.empty()) return std::nullopt;
  return ReadCheckpoint(r[0]);
}

std::optional<AuditCheckpoint> AuditRepository::WriteCheckpoint(pqxx::transaction_base& tx) {
  auto signer = security::AuditSigner::Process();
  if (!signer) throw Error::Internal();
  auto head = tx.exec_prepared1(kHeadForCheckpoint.name);
  AuditCheckpoint cp;
  cp.seq = head[0].as<int64_t>();
  if (cp.seq == 0) return std::nullopt;
  auto latest = LatestCheckpoint(tx);
  if (latest && latest->seq >= cp.seq) return std::nullopt;
  cp.hash = HexDecode(head[1].as<std::string>());
  cp.time_us = head[2].as<int64_t>();
  cp.mac_key_id = signer->current_key_id();
  cp.mac = signer->CheckpointMac(cp.seq, cp.hash, cp.time_us);
  cp.id = tx.exec_prepared1(kInsertCheckpoint.name, cp.seq, HexEncode(cp.hash), cp.time_us, cp.mac_key_id,
                            HexEncode(cp.mac))[0]
              .as<int64_t>();
  return cp;
}

std::optional<AuditArchive> AuditRepository::LatestArchive(pqxx::transaction_base& tx) {
  auto r = tx.exec_prepared(kLatestArchive.name);
  if (r.empty()) return std::nullopt;
  return AuditArchive{r[0][0].as<std::string>(), r[0][1].as<int64_t>(), r[0][2].as<int64_t>(), r[0][3].as<int64_t>(),
                      HexDecode(r[0][4].as<std::string>())};
}

void AuditRepository::EnsurePartitions(pqxx::transaction_base& tx, int months_ahead) {
  tx.exec_prepared(kEnsurePartitions.name, months_ahead);
}

}  // namespace crm::storage

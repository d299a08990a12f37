#include "storage/audit_sealer.h"

#include <spdlog/spdlog.h>

#include "common/clock.h"
#include "common/error.h"
#include "domain/audit_record.h"
#include "security/audit_signer.h"
#include "security/crypto.h"
#include "storage/statements.h"

namespace crm::storage {
namespace {

constexpr long long kSealerLockKey = 0x43524d5f5345414cLL;  // "CRM_SEAL"

constexpr Statement kLock{"sealer_lock", "SELECT pg_advisory_lock($1)"};
constexpr Statement kUnlock{"sealer_unlock", "SELECT pg_advisory_unlock($1)"};
constexpr Statement kHeadForUpdate{"sealer_head",
                                   "SELECT last_seq, encode(last_hash,'hex') FROM audit_head WHERE id = 1 FOR UPDATE"};
constexpr Statement kPending{"sealer_pending", R"sql(
SELECT id, (EXTRACT(EPOCH FROM event_time) * 1000000)::bigint, COALESCE(actor_user_id::text,''),
       COALESCE(actor_username,''), COALESCE(actor_role,''), COALESCE(session_id::text,''),
       COALESCE(client_address,''), COALESCE(request_id,''), action, COALESCE(target_type,''),
       COALESCE(target_id,''), COALESCE(reason,''), outcome, details::text
FROM audit_pending ORDER BY id LIMIT $1)sql"};
constexpr Statement kDeleteSealed{"sealer_delete", "DELETE FROM audit_pending WHERE id <= $1"};
constexpr Statement kMoveHead{"sealer_move_head",
                              "UPDATE audit_head SET last_seq = $1, last_hash = decode($2, 'hex') WHERE id = 1"};

const std::vector<std::string> kColumns{"seq",        "event_time",  "actor_user_id",  "actor_username",
                                        "actor_role", "session_id",  "client_address", "request_id",
                                        "action",     "target_type", "target_id",      "reason",
                                        "outcome",    "details",     "prev_hash",      "hash",
                                        "mac_key_id", "mac"};

// NULL for empty optional columns, as Record() stores them.
const char* OrNull(const std::string& s) { return s.empty() ? nullptr : s.c_str(); }

}  // namespace

AuditSealer::AuditSealer(std::string owner_conninfo, int batch_size)
    : conninfo_(std::move(owner_conninfo)), batch_size_(batch_size) {}

AuditSealer::~AuditSealer() = default;

pqxx::connection& AuditSealer::Conn() {
  if (!conn_ || !conn_->is_open()) {
    conn_ = std::make_unique<pqxx::connection>(conninfo_);
    PrepareAll(*conn_);
    for (const auto& s : {kLock, kUnlock, kHeadForUpdate, kPending, kDeleteSealed, kMoveHead})
      conn_->prepare(s.name, s.sql);
  }
  return *conn_;
}

template <typename Fn>
auto AuditSealer::Locked(Fn&& fn) {
  std::lock_guard guard(mu_);
  pqxx::connection* conn = nullptr;
  try {
    conn = &Conn();
    {
      pqxx::nontransaction nt(*conn);
      nt.exec_prepared(kLock.name, kSealerLockKey);
    }
    struct Unlock {
      pqxx::connection* c;
      ~Unlock() {
        try {
          if (c->is_open()) {
            pqxx::nontransaction nt(*c);
            nt.exec_prepared(kUnlock.name, kSealerLockKey);
          }
        } catch (...) {
        }
      }
    } unlock{conn};
    return fn(*conn);
  } catch (const pqxx::broken_connection&) {
    conn_.reset();
    throw Error::Unavailable("the database is unavailable");
  }
}

int64_t AuditSealer::SealBatch(pqxx::connection& conn) {
  auto signer = security::AuditSigner::Process();
  if (!signer) throw Error::Internal();
  // REPEATABLE READ: the DELETE below sees exactly the snapshot that was read,
  // so an event committed meanwhile stays pending for the next batch.
  pqxx::transaction<pqxx::repeatable_read> tx(conn);
  tx.exec0("SET LOCAL crm.audit_sealer = 'on'");
  auto head = tx.exec_prepared1(kHeadForUpdate.name);
  int64_t seq = head[0].as<int64_t>();
  std::vector<uint8_t> prev = security::HexDecode(head[1].as<std::string>());
  auto rows = tx.exec_prepared(kPending.name, batch_size_);
  if (rows.empty()) {
    tx.commit();
    return 0;
  }
  const std::string key_id = signer->current_key_id();
  int64_t max_id = 0;
  {
    pqxx::stream_to out(tx, "audit_event", kColumns);
    domain::AuditRecord r;
    for (const auto& row : rows) {
      max_id = row[0].as<int64_t>();
      r.seq = ++seq;
      r.event_time_us = row[1].as<int64_t>();
      r.actor_user_id = row[2].as<std::string>();
      r.actor_username = row[3].as<std::string>();
      r.actor_role = row[4].as<std::string>();
      r.session_id = row[5].as<std::string>();
      r.client_address = row[6].as<std::string>();
      r.request_id = row[7].as<std::string>();
      r.action = row[8].as<std::string>();
      r.target_type = row[9].as<std::string>();
      r.target_id = row[10].as<std::string>();
      r.reason = row[11].as<std::string>();
      r.outcome = row[12].as<std::string>();
      r.details_json = row[13].as<std::string>();
      r.prev_hash = prev;
      r.hash = security::AuditSigner::ChainHash(prev, domain::CanonicalEncoding(r));
      r.mac = signer->RowMac(r.seq, r.hash);
      out << std::make_tuple(r.seq, ToPgTimestamp(TimePoint(std::chrono::microseconds(r.event_time_us))),
                             OrNull(r.actor_user_id), OrNull(r.actor_username), OrNull(r.actor_role),
                             OrNull(r.session_id), OrNull(r.client_address), OrNull(r.request_id), r.action,
                             OrNull(r.target_type), OrNull(r.target_id), OrNull(r.reason), r.outcome, r.details_json,
                             "\\x" + security::HexEncode(r.prev_hash), "\\x" + security::HexEncode(r.hash), key_id,
                             "\\x" + security::HexEncode(r.mac));
      prev = r.hash;
    }
    out.complete();
  }
  tx.exec_prepared0(kDeleteSealed.name, max_id);
  tx.exec_prepared0(kMoveHead.name, seq, security::HexEncode(prev));
  tx.commit();
  return static_cast<int64_t>(rows.size());
}

int64_t AuditSealer::SealNow() {
  return Locked([this](pqxx::connection& conn) {
    int64_t total = 0;
    for (;;) {
      int64_t n = SealBatch(conn);
      total += n;
      if (n < batch_size_) break;
    }
    sealed_total_ += total;
    return total;
  });
}

std::optional<AuditCheckpoint> AuditSealer::Checkpoint() {
  return Locked([](pqxx::connection& conn) {
    pqxx::work tx(conn);
    auto cp = AuditRepository::WriteCheckpoint(tx);
    tx.commit();
    return cp;
  });
}

}  // namespace crm::storage

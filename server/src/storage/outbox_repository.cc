#include "storage/outbox_repository.h"

#include "common/error.h"

namespace crm::storage {
namespace {

#define CRM_OUTBOX_COLUMNS                                                                                \
  "m.id, m.idempotency_key, m.channel, COALESCE(m.customer_id::text, ''), m.recipient, m.template_code, " \
  "m.language, m.purpose, m.variables::text, m.status, m.attempts, m.max_attempts, "                      \
  "(EXTRACT(EPOCH FROM m.next_attempt_time) * 1000000)::bigint, (EXTRACT(EPOCH FROM m.create_time) * "    \
  "1000000)::bigint, "                                                                                    \
  "COALESCE((EXTRACT(EPOCH FROM m.sent_time) * 1000000)::bigint, 0), m.last_error, m.source, "            \
  "COALESCE(m.created_by::text, ''), "                                                                    \
  "COALESCE((SELECT c.name FROM customer c WHERE c.id = m.customer_id), '') "

constexpr Statement kTemplate{"outbox_template",
                              "SELECT code, language, purpose, subject, body, personal_data FROM message_template "
                              "WHERE code = $1 AND language = $2"};
constexpr Statement kTemplates{"outbox_templates",
                               "SELECT code, language, purpose, subject, body, personal_data FROM message_template "
                               "ORDER BY code, language"};
constexpr Statement kEnqueue{
    "outbox_enqueue",
    "INSERT INTO outbox_message (idempotency_key, channel, purpose, customer_id, recipient, template_code, language, "
    "variables, max_attempts, source, created_by) VALUES ($1, $2, $3, NULLIF($4, '')::uuid, $5, $6, $7, $8::jsonb, "
    "$9, $10, NULLIF($11, '')::uuid) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id"};
constexpr Statement kByKey{"outbox_by_key", "SELECT id FROM outbox_message WHERE idempotency_key = $1"};
constexpr Statement kLock{"outbox_lock_channel", "SELECT pg_advisory_xact_lock(hashtext('crm.outbox:' || $1))"};
constexpr Statement kRateUsed{"outbox_rate_used",
                              "SELECT count(*) FROM outbox_attempt WHERE channel = $1 AND start_time > "
                              "clock_timestamp() - interval '60 seconds' AND outcome <> 'SUPPRESSED'"};
constexpr Statement kClaim{
    "outbox_claim",
    "WITH due AS (SELECT id FROM outbox_message WHERE channel = $1 AND status IN ('PENDING','SENDING') AND "
    "next_attempt_time <= clock_timestamp() ORDER BY next_attempt_time, id LIMIT $2 FOR UPDATE SKIP LOCKED), "
    "upd AS (UPDATE outbox_message m SET status = 'SENDING', attempts = m.attempts + 1, next_attempt_time = "
    "clock_timestamp() + make_interval(secs => $3::int) FROM due WHERE m.id = due.id RETURNING m.*), "
    "ins AS (INSERT INTO outbox_attempt (message_id, attempt, channel) SELECT id, attempts, channel FROM upd "
    "RETURNING id AS attempt_id, message_id) "
    "SELECT " CRM_OUTBOX_COLUMNS ", ins.attempt_id FROM upd m JOIN ins ON ins.message_id = m.id ORDER BY m.id"};
constexpr Statement kConsent{"outbox_marketing_consent",
                             "SELECT COALESCE((SELECT granted FROM customer_consent WHERE customer_id = $1::uuid AND "
                             "purpose = 'MARKETING' AND channel = $2 ORDER BY id DESC LIMIT 1), false)"};
constexpr Statement kFinish{
    "outbox_finish",
    "UPDATE outbox_message SET status = $3, attempts = attempts - CASE WHEN $4 THEN 0 ELSE 1 END, "
    "next_attempt_time = clock_timestamp() + make_interval(secs => $5::double precision), last_error = left($6, "
    "500), sent_time = CASE WHEN $3 = 'SENT' THEN clock_timestamp() ELSE sent_time END "
    "WHERE id = $1 AND status = 'SENDING' AND attempts = $2 RETURNING id"};
constexpr Statement kRenew{"outbox_renew",
                           "UPDATE outbox_message SET next_attempt_time = clock_timestamp() + make_interval(secs => "
                           "$3::int) WHERE id = $1 AND status = 'SENDING' AND attempts = $2 RETURNING id"};
constexpr Statement kEndAttempt{"outbox_end_attempt",
                                "UPDATE outbox_attempt SET end_time = clock_timestamp(), outcome = $2, http_status = "
                                "NULLIF($3, 0), error = left($4, 500) WHERE id = $1"};
constexpr Statement kGet{"outbox_get", "SELECT " CRM_OUTBOX_COLUMNS "FROM outbox_message m WHERE m.id = $1"};
constexpr Statement kList{
    "outbox_list", "SELECT " CRM_OUTBOX_COLUMNS
                   "FROM outbox_message m WHERE ($1 = '' OR m.status = $1) AND ($2 = '' OR m.customer_id = "
                   "NULLIF($2, '')::uuid) AND ($3::bigint = 0 OR m.id < $3::bigint) ORDER BY m.id DESC LIMIT $4"};
constexpr Statement kAttempts{"outbox_attempts",
                              "SELECT id, attempt, outcome, COALESCE(http_status, 0), error, (EXTRACT(EPOCH FROM "
                              "start_time) * 1000000)::bigint, COALESCE((EXTRACT(EPOCH FROM end_time) * "
                              "1000000)::bigint, 0) FROM outbox_attempt WHERE message_id = $1 ORDER BY id"};
constexpr Statement kRequeue{"outbox_requeue",
                             "UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_time = now(), "
                             "last_error = '' WHERE id = $1 AND status IN ('DEAD','CANCELLED') RETURNING id"};
constexpr Statement kCancel{"outbox_cancel",
                            "UPDATE outbox_message SET status = 'CANCELLED', last_error = left($2, 500) WHERE id = $1 "
                            "AND status IN ('PENDING','DEAD') RETURNING id"};
constexpr Statement kStats{
    "outbox_stats",
    "SELECT count(*) FILTER (WHERE status = 'PENDING' AND attempts = 0), count(*) FILTER (WHERE status = 'PENDING' "
    "AND attempts > 0), count(*) FILTER (WHERE status = 'SENDING'), count(*) FILTER (WHERE status = 'SENT'), "
    "count(*) FILTER (WHERE status = 'DEAD'), count(*) FILTER (WHERE status = 'CANCELLED'), count(*) FILTER (WHERE "
    "status = 'SUPPRESSED'), COALESCE(EXTRACT(EPOCH FROM now() - min(create_time) FILTER (WHERE status IN "
    "('PENDING','SENDING'))), 0)::float8 FROM outbox_message"};

domain::MessageTemplate ReadTemplate(const pqxx::row& r) {
  domain::MessageTemplate t;
  t.code = r[0].as<std::string>();
  t.language = r[1].as<std::string>();
  t.purpose = domain::PurposeFromName(r[2].as<std::string>()).value_or(domain::MessagePurpose::kService);
  t.subject = r[3].as<std::string>();
  t.body = r[4].as<std::string>();
  t.personal_data = r[5].as<bool>();
  return t;
}

domain::OutboxMessage ReadMessage(const pqxx::row& r) {
  domain::OutboxMessage m;
  m.id = r[0].as<int64_t>();
  m.idempotency_key = r[1].as<std::string>();
  m.channel = r[2].as<std::string>();
  m.customer_id = r[3].as<std::string>();
  m.recipient = r[4].as<std::string>();
  m.template_code = r[5].as<std::string>();
  m.language = r[6].as<std::string>();
  m.purpose = domain::PurposeFromName(r[7].as<std::string>()).value_or(domain::MessagePurpose::kService);
  m.variables_json = r[8].as<std::string>();
  m.status = domain::MessageStatusFromName(r[9].as<std::string>()).value_or(domain::MessageStatus::kPending);
  m.attempts = r[10].as<int>();
  m.max_attempts = r[11].as<int>();
  m.next_attempt_time_us = r[12].as<int64_t>();
  m.create_time_us = r[13].as<int64_t>();
  m.sent_time_us = r[14].as<int64_t>();
  m.last_error = r[15].as<std::string>();
  m.source = r[16].as<std::string>();
  m.created_by = r[17].as<std::string>();
  m.customer_name = r[18].as<std::string>();
  return m;
}

}  // namespace

const std::vector<Statement>& OutboxRepository::Statements() {
  static const std::vector<Statement> kAll{kTemplate, kTemplates, kEnqueue, kByKey,      kLock,  kRateUsed,
                                           kClaim,    kConsent,   kFinish,  kEndAttempt, kRenew, kGet,
                                           kList,     kAttempts,  kRequeue, kCancel,     kStats};
  return kAll;
}

std::optional<domain::MessageTemplate> OutboxRepository::Template(pqxx::transaction_base& tx, const std::string& code,
                                                                  const std::string& language) {
  auto r = tx.exec_prepared(kTemplate.name, code, language);
  if (r.empty()) return std::nullopt;
  return ReadTemplate(r[0]);
}

std::vector<domain::MessageTemplate> OutboxRepository::Templates(pqxx::transaction_base& tx) {
  std::vector<domain::MessageTemplate> out;
  for (const auto& row : tx.exec_prepared(kTemplates.name)) out.push_back(ReadTemplate(row));
  return out;
}

OutboxRepository::Queued OutboxRepository::Enqueue(pqxx::transaction_base& tx, const NewOutboxMessage& m) {
  auto r = tx.exec_prepared(kEnqueue.name, m.idempotency_key, m.channel, domain::PurposeName(m.purpose), m.customer_id,
                            m.recipient, m.template_code, m.language, m.variables_json, m.max_attempts, m.source,
                            m.created_by);
  if (!r.empty()) return {r[0][0].as<int64_t>(), true};
  auto earlier = tx.exec_prepared(kByKey.name, m.idempotency_key);
  if (earlier.empty()) throw Error::Internal();
  return {earlier[0][0].as<int64_t>(), false};
}

void OutboxRepository::LockChannel(pqxx::transaction_base& tx, const std::string& channel) {
  tx.exec_prepared(kLock.name, channel);
}

int64_t OutboxRepository::AttemptsLastMinute(pqxx::transaction_base& tx, const std::string& channel) {
  return tx.exec_prepared1(kRateUsed.name, channel)[0].as<int64_t>();
}

std::vector<ClaimedMessage> OutboxRepository::Claim(pqxx::transaction_base& tx, const std::string& channel, int limit,
                                                    int lease_seconds) {
  std::vector<ClaimedMessage> out;
  if (limit <= 0) return out;
  for (const auto& row : tx.exec_prepared(kClaim.name, channel, limit, lease_seconds))
    out.push_back({ReadMessage(row), row[19].as<int64_t>()});
  return out;
}

bool OutboxRepository::MarketingConsent(pqxx::transaction_base& tx, const std::string& customer_id,
                                        const std::string& consent_channel) {
  return tx.exec_prepared1(kConsent.name, customer_id, consent_channel)[0].as<bool>();
}

bool OutboxRepository::Finish(pqxx::transaction_base& tx, int64_t id, int claimed_attempts,
                              domain::MessageStatus status, bool counts, double retry_in_seconds,
                              const std::string& error) {
  return !tx.exec_prepared(kFinish.name, id, claimed_attempts, domain::MessageStatusName(status), counts,
                           retry_in_seconds, error)
              .empty();
}

bool OutboxRepository::Renew(pqxx::transaction_base& tx, int64_t id, int claimed_attempts, int lease_seconds) {
  return !tx.exec_prepared(kRenew.name, id, claimed_attempts, lease_seconds).empty();
}

void OutboxRepository::EndAttempt(pqxx::transaction_base& tx, int64_t attempt_id, const std::string& outcome,
                                  int http_status, const std::string& error) {
  tx.exec_prepared0(kEndAttempt.name, attempt_id, outcome, http_status, error);
}

std::optional<domain::OutboxMessage> OutboxRepository::Get(pqxx::transaction_base& tx, int64_t id) {
  auto r = tx.exec_prepared(kGet.name, id);
  if (r.empty()) return std::nullopt;
  return ReadMessage(r[0]);
}

std::vector<domain::OutboxMessage> OutboxRepository::List(pqxx::transaction_base& tx, const OutboxFilter& f) {
  std::vector<domain::OutboxMessage> out;
  for (const auto& row : tx.exec_prepared(kList.name, f.status, f.customer_id, f.before_id, f.limit))
    out.push_back(ReadMessage(row));
  return out;
}

std::vector<OutboxAttempt> OutboxRepository::Attempts(pqxx::transaction_base& tx, int64_t message_id) {
  std::vector<OutboxAttempt> out;
  for (const auto& r : tx.exec_prepared(kAttempts.name, message_id)) {
    OutboxAttempt a;
    a.id = r[0].as<int64_t>();
    a.attempt = r[1].as<int>();
    a.outcome = r[2].as<std::string>();
    a.http_status = r[3].as<int>();
    a.error = r[4].as<std::string>();
    a.start_time_us = r[5].as<int64_t>();
    a.end_time_us = r[6].as<int64_t>();
    out.push_back(std::move(a));
  }
  return out;
}

bool OutboxRepository::Requeue(pqxx::transaction_base& tx, int64_t id) {
  return !tx.exec_prepared(kRequeue.name, id).empty();
}

bool OutboxRepository::Cancel(pqxx::transaction_base& tx, int64_t id, const std::string& reason) {
  return !tx.exec_prepared(kCancel.name, id, reason).empty();
}

OutboxStats OutboxRepository::Stats(pqxx::transaction_base& tx) {
  auto r = tx.exec_prepared1(kStats.name);
  OutboxStats s;
  s.queued = r[0].as<int64_t>();
  s.retrying = r[1].as<int64_t>();
  s.sending = r[2].as<int64_t>();
  s.sent = r[3].as<int64_t>();
  s.dead = r[4].as<int64_t>();
  s.cancelled = r[5].as<int64_t>();
  s.suppressed = r[6].as<int64_t>();
  s.oldest_pending_seconds = r[7].as<double>();
  return s;
}

}  // namespace crm::storage

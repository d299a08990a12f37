// The outbox (V0027, ADR 0016): messages queued in the transaction of the
// change that causes them, claimed by dispatchers with FOR UPDATE SKIP
// LOCKED under a per-channel advisory lock (so the channel's rate limit
// holds across servers), and each attempt recorded.
#pragma once

#include <cstdint>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "domain/message.h"
#include "storage/statements.h"

namespace crm::storage {

struct NewOutboxMessage {
  std::string idempotency_key, channel, customer_id, recipient, template_code, language, source, created_by;
  domain::MessagePurpose purpose = domain::MessagePurpose::kService;
  std::string variables_json = "{}";
  int max_attempts = 8;
};

struct ClaimedMessage {
  domain::OutboxMessage message;
  int64_t attempt_id = 0;
};

struct OutboxStats {
  int64_t queued = 0, retrying = 0, sending = 0, sent = 0, dead = 0, cancelled = 0, suppressed = 0;
  double oldest_pending_seconds = 0;
};

struct OutboxFilter {
  std::string status;       // "" for any
  std::string customer_id;  // "" for any
  int64_t before_id = 0;    // 0: the newest
  int limit = 50;
};

struct OutboxAttempt {
  int64_t id = 0;
  int attempt = 0;
  std::string outcome, error;
  int http_status = 0;
  int64_t start_time_us = 0, end_time_us = 0;
};

class OutboxRepository {
 public:
  static const std::vector<Statement>& Statements();

  static std::optional<domain::MessageTemplate> Template(pqxx::transaction_base& tx, const std::string& code,
                                                         const std::string& language);
  static std::vector<domain::MessageTemplate> Templates(pqxx::transaction_base& tx);

  // Queues a message; with a key already used, nothing is written and the
  // first message's id comes back with inserted = false.
  struct Queued {
    int64_t id = 0;
    bool inserted = false;
  };
  static Queued Enqueue(pqxx::transaction_base& tx, const NewOutboxMessage& m);

  // Serializes claims on one channel (until the transaction ends).
  static void LockChannel(pqxx::transaction_base& tx, const std::string& channel);
  // Attempts on the channel in the last minute (for its rate limit).
  static int64_t AttemptsLastMinute(pqxx::transaction_base& tx, const std::string& channel);
  // Claims up to `limit` due messages: each becomes SENDING with its try
  // counted and leased for lease_seconds (a sender that dies leaves it to be
  // claimed again when the lease ends), and an attempt row.
  static std::vector<ClaimedMessage> Claim(pqxx::transaction_base& tx, const std::string& channel, int limit,
                                           int lease_seconds);
  // Whether the client's latest marketing consent on the channel is a grant.
  static bool MarketingConsent(pqxx::transaction_base& tx, const std::string& customer_id,
                               const std::string& consent_channel);

  // Records how a claimed try ended: the message's new status, when it is
  // next due (retry), the error, and whether the try counts (a throttled one
  // does not). False when the claim was no longer this sender's (its lease
  // ran out and another took it, or an admin cancelled it).
  static bool Finish(pqxx::transaction_base& tx, int64_t id, int claimed_attempts, domain::MessageStatus status,
                     bool counts, double retry_in_seconds, const std::string& error);
  // Extends a claim's lease just before its message is sent; false when the
  // claim is no longer this sender's (then it must not send).
  static bool Renew(pqxx::transaction_base& tx, int64_t id, int claimed_attempts, int lease_seconds);
  static void EndAttempt(pqxx::transaction_base& tx, int64_t attempt_id, const std::string& outcome, int http_status,
                         const std::string& error);

  static std::optional<domain::OutboxMessage> Get(pqxx::transaction_base& tx, int64_t id);
  static std::vector<domain::OutboxMessage> List(pqxx::transaction_base& tx, const OutboxFilter& filter);
  static std::vector<OutboxAttempt> Attempts(pqxx::transaction_base& tx, int64_t message_id);
  // DEAD or CANCELLED -> PENDING with its tries reset; false otherwise.
  static bool Requeue(pqxx::transaction_base& tx, int64_t id);
  // PENDING or DEAD -> CANCELLED; false otherwise (a message being sent
  // cannot be recalled).
  static bool Cancel(pqxx::transaction_base& tx, int64_t id, const std::string& reason);
  static OutboxStats Stats(pqxx::transaction_base& tx);
};

}  // namespace crm::storage

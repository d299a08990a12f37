// Messages through the transactional outbox (issue 27, ADR 0016): queueing
// a message in the caller's transaction (its text checked against the
// channel's limit then), a manager's message to a client (consent and an
// address checked when queued), the lists compliance and managers read, and
// what an administrator does with dead letters. The dispatcher that sends
// is usecases/outbox_dispatcher.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "channels/channel_config.h"
#include "domain/customer.h"
#include "domain/message.h"
#include "domain/request_key.h"
#include "storage/audit_repository.h"
#include "storage/connection_pool.h"
#include "storage/outbox_repository.h"
#include "usecases/request_tx.h"

namespace crm::usecases::messages {

// The configured channels, by name.
class ChannelSet {
 public:
  ChannelSet() = default;
  explicit ChannelSet(std::vector<channels::ChannelConfig> channels) : channels_(std::move(channels)) {}
  const channels::ChannelConfig* Find(const std::string& name) const;
  const std::vector<channels::ChannelConfig>& all() const { return channels_; }

 private:
  std::vector<channels::ChannelConfig> channels_;
};

// What a template's variables are for one message: the producer's own
// (vars) and, for a client, client_name (masked unless the template may
// carry personal data).
std::map<std::string, std::string> MessageVariables(const std::string& variables_json,
                                                    const domain::MessageTemplate& tmpl,
                                                    const domain::Customer* client);
// The client's address on a channel (decrypted): e-mail for EMAIL, the
// mobile number otherwise; "" when there is none.
std::string ClientAddress(const domain::Customer& client, const std::string& consent_channel);

// Queues a message in tx (the transaction of the change that causes it).
// Checks the channel exists (and reaches clients when the message has one),
// the template exists in the language with the message's purpose, and the
// text fits the channel (VALIDATION_FAILED naming `field_prefix`channel,
// template_code or text). Idempotent by m.idempotency_key.
storage::OutboxRepository::Queued Enqueue(pqxx::transaction_base& tx, const ChannelSet& channels,
                                          const storage::NewOutboxMessage& m, const domain::Customer* client);

struct ClientMessageRequest {
  std::string request_id;  // "" for none
  std::string customer_id, channel, template_code, language = "zh_CN", text;
};
// A manager's message to one of their clients. NOT_FOUND out of scope;
// NO_MARKETING_CONSENT, NO_CONTACT_ADDRESS; audited as message.queue.
domain::OutboxMessage SendToClient(Caller& caller, const ChannelSet& channels, const ClientMessageRequest& request,
                                   int max_attempts);

struct ListRequest {
  std::string customer_id;  // "" for every client's (compliance)
  std::string status;
  int64_t before_id = 0;
  int limit = 50;
};
std::vector<domain::OutboxMessage> List(Caller& caller, const ListRequest& request);
std::vector<domain::MessageTemplate> Templates(Caller& caller);

// The administrator's (crm-admin outbox ...), each audited as `who`.
std::vector<domain::OutboxMessage> AdminList(storage::ConnectionPool& pool, const storage::AuditWho& who,
                                             const storage::OutboxFilter& filter);
std::vector<storage::OutboxAttempt> AdminAttempts(storage::ConnectionPool& pool, int64_t id);
// MESSAGE_STATE unless the message is DEAD or CANCELLED (retry) / PENDING or
// DEAD (cancel); NOT_FOUND for no such message.
void Requeue(storage::ConnectionPool& pool, const storage::AuditWho& who, int64_t id, const std::string& reason);
void Cancel(storage::ConnectionPool& pool, const storage::AuditWho& who, int64_t id, const std::string& reason);
storage::OutboxStats Stats(storage::ConnectionPool& pool);

}  // namespace crm::usecases::messages

#include "usecases/outbox_dispatcher.h"

#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>
#include <optional>

#include "common/error.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/outbox_repository.h"
#include "storage/transaction.h"

namespace crm::usecases {

using domain::MessageStatus;
using storage::AuditOutcome;
using storage::OutboxRepository;

namespace {

const domain::Actor kDispatcher = domain::Actor::System("outbox-dispatcher");

// One claimed message, ready to send (or already settled in the claim).
struct Prepared {
  storage::ClaimedMessage claim;
  std::optional<domain::Customer> client;
  channels::Outgoing out;
  std::string masked_text;  // for the client's timeline
  bool personal_data = false;
};

std::string InteractionChannel(const std::string& consent_channel) {
  if (consent_channel == "SMS" || consent_channel == "EMAIL" || consent_channel == "WECHAT") return consent_channel;
  return "OTHER";
}

std::string OutcomeWords(MessageStatus s) {
  switch (s) {
    case MessageStatus::kSent: return "已发送 SENT";
    case MessageStatus::kDead: return "未能送达 NOT DELIVERED";
    case MessageStatus::kSuppressed: return "已停止 STOPPED";
    default: return domain::MessageStatusName(s);
  }
}

// The delivery on the client's timeline (as the person who queued it) and
// the audit event, in the transaction that records the outcome.
void RecordForClient(pqxx::work& tx, const channels::ChannelConfig& ch, const Prepared& p, MessageStatus status,
                     const std::string& why, int http_status) {
  const auto& m = p.claim.message;
  if (p.client && !m.created_by.empty()) {
    domain::Interaction i;
    i.customer_id = m.customer_id;
    i.channel = InteractionChannel(ch.consent_channel);
    i.occurred_time_us = ToEpochMicros(std::chrono::system_clock::now());
    i.author_user_id = m.created_by;
    std::string summary = "自动消息 Message · " + ch.name + " · " + m.template_code + " · " + OutcomeWords(status);
    if (!why.empty()) summary += " (" + why + ")";
    if (!p.masked_text.empty()) summary += "\n" + p.masked_text;
    if (summary.size() > 3900) {
      // Cut at a character boundary (never inside a UTF-8 sequence).
      size_t cut = 3900;
      while (cut > 0 && (static_cast<unsigned char>(summary[cut]) & 0xC0) == 0x80) --cut;
      summary.resize(cut);
    }
    i.summary = summary;
    storage::CustomerRepository::InsertInteraction(tx, i);
  }
  const bool to_client = !m.customer_id.empty();
  storage::AuditRepository::Record(tx, storage::AuditWho::From(kDispatcher),
                                   {status == MessageStatus::kSent   ? "message.sent"
                                    : status == MessageStatus::kDead ? "message.dead"
                                                                     : "message.suppressed",
                                    to_client ? "customer" : "outbox_message",
                                    to_client ? m.customer_id : std::to_string(m.id),
                                    why,
                                    status == MessageStatus::kSent ? AuditOutcome::kOk : AuditOutcome::kError,
                                    {{"message_id", m.id},
                                     {"channel", ch.name},
                                     {"template", m.template_code},
                                     {"attempt", m.attempts},
                                     {"http_status", http_status},
                                     {"personal_data_in_plain", p.personal_data}}});
}

}  // namespace

OutboxDispatcher::OutboxDispatcher(storage::ConnectionPool& pool, const messages::ChannelSet& channels,
                                   std::filesystem::path keys_dir, OutboxSettings settings)
    : pool_(pool),
      channels_(channels),
      keys_dir_(std::move(keys_dir)),
      settings_(settings),
      rng_(std::random_device{}()) {}

OutboxDispatcher::~OutboxDispatcher() = default;

channels::Sender* OutboxDispatcher::SenderFor(const channels::ChannelConfig& channel) {
  auto it = senders_.find(channel.name);
  if (it != senders_.end()) return it->second.get();
  auto sender = channels::MakeSender(channel, keys_dir_);
  auto* raw = sender.get();
  senders_[channel.name] = std::move(sender);
  return raw;
}

int OutboxDispatcher::RunOnce() {
  std::lock_guard<std::mutex> lock(mu_);
  int handled = 0;
  for (const auto& ch : channels_.all()) {
    try {
      handled += RunChannel(ch);
    } catch (const std::exception& e) {
      spdlog::warn("outbox: channel {} skipped this round: {}", ch.name, e.what());
    }
  }
  return handled;
}

int OutboxDispatcher::RunChannel(const channels::ChannelConfig& ch) {
  auto paused = paused_until_.find(ch.name);
  if (paused != paused_until_.end() && std::chrono::steady_clock::now() < paused->second) return 0;
  channels::Sender* sender = SenderFor(ch);

  // Claim (and settle what cannot be sent) in one transaction.
  std::vector<Prepared> ready;
  int settled = 0;
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    ready.clear();
    settled = 0;
    storage::CustomerRepository::ActAs(tx, kDispatcher);
    OutboxRepository::LockChannel(tx, ch.name);
    const int64_t used = OutboxRepository::AttemptsLastMinute(tx, ch.name);
    const int allowance = static_cast<int>(std::min<int64_t>(settings_.batch, ch.rate_per_minute - used));
    for (auto& claim : OutboxRepository::Claim(tx, ch.name, allowance, settings_.lease_seconds)) {
      Prepared p;
      p.claim = std::move(claim);
      const auto& m = p.claim.message;
      auto settle = [&](MessageStatus status, const std::string& outcome, const std::string& why) {
        OutboxRepository::Finish(tx, m.id, m.attempts, status, true, 0, why);
        OutboxRepository::EndAttempt(tx, p.claim.attempt_id, outcome, 0, why);
        RecordForClient(tx, ch, p, status, why, 0);
        ++settled;
      };
      if (!m.customer_id.empty()) {
        p.client = storage::CustomerRepository::Get(tx, m.customer_id);
        if (!p.client) {
          settle(MessageStatus::kDead, "REJECTED", "the client no longer exists");
          continue;
        }
        // Consent is checked again now: a withdrawal after queueing stops it.
        if (m.purpose == domain::MessagePurpose::kMarketing &&
            !OutboxRepository::MarketingConsent(tx, m.customer_id, ch.consent_channel)) {
          settle(MessageStatus::kSuppressed, "SUPPRESSED",
                 "consent to marketing by " + ch.consent_channel + " withdrawn before sending");
          continue;
        }
      }
      auto tmpl = OutboxRepository::Template(tx, m.template_code, m.language);
      if (!tmpl) {
        settle(MessageStatus::kDead, "REJECTED", "the template no longer exists");
        continue;
      }
      const domain::Customer* client = p.client ? &*p.client : nullptr;
      std::string missing;
      p.out.text =
          domain::RenderTemplate(tmpl->body, messages::MessageVariables(m.variables_json, *tmpl, client), &missing);
      p.out.subject =
          domain::RenderTemplate(tmpl->subject, messages::MessageVariables(m.variables_json, *tmpl, client), &missing);
      if (!missing.empty()) {
        settle(MessageStatus::kDead, "REJECTED", "the template needs the variable " + missing);
        continue;
      }
      if (p.out.text.size() > ch.max_bytes) {
        settle(MessageStatus::kDead, "REJECTED", "longer than the channel takes");
        continue;
      }
      domain::MessageTemplate masked = *tmpl;
      masked.personal_data = false;
      p.personal_data = tmpl->personal_data && client;
      p.masked_text =
          domain::RenderTemplate(tmpl->body, messages::MessageVariables(m.variables_json, masked, client), &missing);
      p.out.idempotency_key = m.idempotency_key;
      p.out.to = client ? messages::ClientAddress(*client, ch.consent_channel) : m.recipient;
      if (client && p.out.to.empty()) {
        settle(MessageStatus::kDead, "REJECTED", "the client has no address on this channel");
        continue;
      }
      ready.push_back(std::move(p));
    }
  });

  int handled = settled;
  std::optional<std::chrono::seconds> throttled;
  for (auto& p : ready) {
    const auto& m = p.claim.message;
    channels::SendResult r;
    if (throttled) {
      r.outcome = channels::SendOutcome::kThrottled;
      r.error = "the channel asked us to slow down";
      r.retry_after = *throttled;
    } else {
      r = sender->Send(p.out);
    }
    MessageStatus status = MessageStatus::kPending;
    std::string outcome;
    bool counts = true;
    double retry_in = 0;
    switch (r.outcome) {
      case channels::SendOutcome::kSent:
        status = MessageStatus::kSent;
        outcome = "SENT";
        break;
      case channels::SendOutcome::kThrottled:
        outcome = "THROTTLED";
        counts = false;
        retry_in = static_cast<double>(r.retry_after.count() > 0 ? r.retry_after.count() : 60);
        if (!throttled) {
          throttled = std::chrono::seconds(static_cast<int64_t>(retry_in));
          paused_until_[ch.name] = std::chrono::steady_clock::now() + *throttled;
        }
        break;
      case channels::SendOutcome::kFailed:
        outcome = "FAILED";
        if (m.attempts >= m.max_attempts) {
          status = MessageStatus::kDead;
        } else {
          std::uniform_real_distribution<double> jitter(0.5, 1.0);
          retry_in = static_cast<double>(domain::RetryDelay(m.attempts, settings_.backoff_base, jitter(rng_)).count()) /
                     1000.0;
        }
        break;
      case channels::SendOutcome::kRejected:
        outcome = "REJECTED";
        status = MessageStatus::kDead;
        break;
    }
    try {
      storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
        storage::CustomerRepository::ActAs(tx, kDispatcher);
        const bool mine = OutboxRepository::Finish(tx, m.id, m.attempts, status, counts, retry_in, r.error);
        OutboxRepository::EndAttempt(tx, p.claim.attempt_id, outcome, r.http_status, r.error);
        if (mine && (status == MessageStatus::kSent || status == MessageStatus::kDead))
          RecordForClient(tx, ch, p, status, r.error, r.http_status);
      });
    } catch (const std::exception& e) {
      // The lease ends and the message is sent again with its key.
      spdlog::warn("outbox: message {} sent but not recorded: {}", m.id, e.what());
    }
    ++handled;
  }
  return handled;
}

}  // namespace crm::usecases

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
void RecordForClient(pqxx::transaction_base& tx, const channels::ChannelConfig& ch, const Prepared& p,
                     MessageStatus status, const std::string& why, int http_status) {
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
    std::map<std::string, std::optional<domain::MessageTemplate>> templates;  // this round's
    storage::CustomerRepository::ActAs(tx, kDispatcher);
    OutboxRepository::LockChannel(tx, ch.name);
    const int64_t used = OutboxRepository::AttemptsLastMinute(tx, ch.name);
    const int allowance = static_cast<int>(std::min<int64_t>(settings_.batch, ch.rate_per_minute - used));
    for (auto& claim : OutboxRepository::Claim(tx, ch.name, allowance, settings_.lease_seconds)) {
      Prepared p;
      p.claim = std::move(claim);
      const auto& m = p.claim.message;
      // Each message in a savepoint of its own: one that cannot be prepared
      // (a value that no longer decrypts, say) is a dead letter, and the
      // channel's other messages go on.
      pqxx::transaction_base* cur = &tx;
      auto settle = [&](MessageStatus status, const std::string& outcome, const std::string& why) {
        OutboxRepository::Finish(*cur, m.id, m.attempts, status, true, 0, why);
        OutboxRepository::EndAttempt(*cur, p.claim.attempt_id, outcome, 0, why);
        RecordForClient(*cur, ch, p, status, why, 0);
        ++settled;
      };
      auto prepare = [&]() -> bool {
        pqxx::transaction_base& t = *cur;
        if (!m.customer_id.empty()) {
          p.client = storage::CustomerRepository::Get(t, m.customer_id);
          if (!p.client) {
            settle(MessageStatus::kDead, "REJECTED", "the client no longer exists");
            return false;
          }
          // Consent is checked again now: a withdrawal after queueing stops it.
          if (m.purpose == domain::MessagePurpose::kMarketing &&
              !OutboxRepository::MarketingConsent(t, m.customer_id, ch.consent_channel)) {
            settle(MessageStatus::kSuppressed, "SUPPRESSED",
                   "consent to marketing by " + ch.consent_channel + " withdrawn before sending");
            return false;
          }
        }
        const std::string tkey = m.template_code + "\n" + m.language;
        auto cached = templates.find(tkey);
        if (cached == templates.end())
          cached = templates.emplace(tkey, OutboxRepository::Template(t, m.template_code, m.language)).first;
        const auto& tmpl = cached->second;
        if (!tmpl) {
          settle(MessageStatus::kDead, "REJECTED", "the template no longer exists");
          return false;
        }
        const domain::Customer* client = p.client ? &*p.client : nullptr;
        std::string missing;
        p.out.text =
            domain::RenderTemplate(tmpl->body, messages::MessageVariables(m.variables_json, *tmpl, client), &missing);
        p.out.subject = domain::RenderTemplate(tmpl->subject,
                                               messages::MessageVariables(m.variables_json, *tmpl, client), &missing);
        if (!missing.empty()) {
          settle(MessageStatus::kDead, "REJECTED", "the template needs the variable " + missing);
          return false;
        }
        if (p.out.text.size() > ch.max_bytes) {
          settle(MessageStatus::kDead, "REJECTED", "longer than the channel takes");
          return false;
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
          return false;
        }
        return true;
      };
      bool ok = false;
      try {
        if (m.customer_id.empty()) {
          ok = prepare();  // a staff message reads no client data: nothing to fence off
        } else {
          pqxx::subtransaction sub(tx, "outbox_message");
          cur = &sub;
          ok = prepare();
          sub.commit();
          cur = &tx;
        }
      } catch (const pqxx::broken_connection&) {
        throw;
      } catch (const pqxx::transaction_rollback&) {
        throw;
      } catch (const std::exception& e) {
        cur = &tx;
        spdlog::warn("outbox: message {} cannot be prepared: {}", m.id, e.what());
        settle(MessageStatus::kDead, "REJECTED", "could not be prepared for sending");
        continue;
      }
      if (!ok) continue;
      ready.push_back(std::move(p));
    }
  });

  int handled = settled;
  // Outcomes are recorded together after the batch is sent (one
  // transaction, not one per message); a crash before that leaves the batch
  // SENDING, and each message goes again with its key when its lease ends.
  struct Outcome {
    const Prepared* p = nullptr;
    MessageStatus status = MessageStatus::kPending;
    std::string outcome;
    bool counts = true, lost = false;
    double retry_in = 0;
    channels::SendResult r;
  };
  std::vector<Outcome> outcomes;
  outcomes.reserve(ready.size());
  const auto claimed_at = std::chrono::steady_clock::now();
  std::optional<std::chrono::seconds> throttled;
  for (auto& p : ready) {
    const auto& m = p.claim.message;
    Outcome o;
    o.p = &p;
    if (stop_.load()) {
      // The server is stopping: put the rest back, untried, for the next one.
      o.counts = false;
      o.outcome = "FAILED";
      o.r.error = "not sent: the server stopped";
      outcomes.push_back(std::move(o));
      continue;
    }
    // A long round may outlive the lease; past half of it, each message is
    // renewed before it is sent, and one another server took is not sent.
    if (!throttled &&
        std::chrono::steady_clock::now() - claimed_at > std::chrono::seconds(settings_.lease_seconds) / 2) {
      bool mine = false;
      storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
        mine = OutboxRepository::Renew(tx, m.id, m.attempts, settings_.lease_seconds);
      });
      if (!mine) {
        o.lost = true;
        o.outcome = "FAILED";
        o.r.error = "claim lost before sending";
        outcomes.push_back(std::move(o));
        continue;
      }
    }
    if (throttled) {
      o.r.outcome = channels::SendOutcome::kThrottled;
      o.r.error = "the channel asked us to slow down";
      o.r.retry_after = *throttled;
    } else {
      o.r = sender->Send(p.out);
    }
    switch (o.r.outcome) {
      case channels::SendOutcome::kSent:
        o.status = MessageStatus::kSent;
        o.outcome = "SENT";
        break;
      case channels::SendOutcome::kThrottled:
        o.outcome = "THROTTLED";
        o.counts = false;
        o.retry_in = static_cast<double>(o.r.retry_after.count() > 0 ? o.r.retry_after.count() : 60);
        if (!throttled) {
          throttled = std::chrono::seconds(static_cast<int64_t>(o.retry_in));
          paused_until_[ch.name] = std::chrono::steady_clock::now() + *throttled;
        }
        break;
      case channels::SendOutcome::kFailed:
        o.outcome = "FAILED";
        if (m.attempts >= m.max_attempts) {
          o.status = MessageStatus::kDead;
        } else {
          std::uniform_real_distribution<double> jitter(0.5, 1.0);
          o.retry_in =
              static_cast<double>(domain::RetryDelay(m.attempts, settings_.backoff_base, jitter(rng_)).count()) /
              1000.0;
        }
        break;
      case channels::SendOutcome::kRejected:
        o.outcome = "REJECTED";
        o.status = MessageStatus::kDead;
        break;
    }
    outcomes.push_back(std::move(o));
  }
  if (outcomes.empty()) return handled;
  try {
    storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
      storage::CustomerRepository::ActAs(tx, kDispatcher);
      for (const auto& o : outcomes) {
        const auto& m = o.p->claim.message;
        const bool mine =
            !o.lost && OutboxRepository::Finish(tx, m.id, m.attempts, o.status, o.counts, o.retry_in, o.r.error);
        OutboxRepository::EndAttempt(tx, o.p->claim.attempt_id, o.outcome, o.r.http_status, o.r.error);
        if (mine && (o.status == MessageStatus::kSent || o.status == MessageStatus::kDead))
          RecordForClient(tx, ch, *o.p, o.status, o.r.error, o.r.http_status);
      }
    });
  } catch (const std::exception& e) {
    // Their leases end and they are sent again, each with its key.
    spdlog::warn("outbox: {} message(s) on {} sent but not recorded: {}", outcomes.size(), ch.name, e.what());
  }
  return handled + static_cast<int>(outcomes.size());
}

}  // namespace crm::usecases

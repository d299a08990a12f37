// The outbox's dispatcher (issue 27, ADR 0016). Each server runs one; any
// number share a database. Per channel: under the channel's advisory lock,
// count the last minute's attempts (the rate limit holds across servers),
// claim what is due with FOR UPDATE SKIP LOCKED (SENDING, leased), check a
// marketing message's consent again and stop it if withdrawn, and commit;
// then send each message outside any transaction and record the outcome:
// SENT (and an interaction on the client's timeline), a retry after an
// exponential, jittered delay, DEAD after the last try, or a throttled try
// put back without counting. A server that dies after sending and before
// recording leaves the message SENDING until its lease ends; another
// dispatcher then sends it again with the same idempotency key.
#pragma once

#include <atomic>
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <string>

#include "channels/sender.h"
#include "common/clock.h"
#include "storage/connection_pool.h"
#include "usecases/messages.h"

namespace crm::usecases {

struct OutboxSettings {
  int max_attempts = 8;                          // then DEAD
  std::chrono::milliseconds backoff_base{2000};  // the first retry's delay (doubling, jittered)
  int lease_seconds = 60;                        // how long a claim is this dispatcher's
  int batch = 50;                                // messages claimed per channel per round
};

class OutboxDispatcher {
 public:
  OutboxDispatcher(storage::ConnectionPool& pool, const messages::ChannelSet& channels, std::filesystem::path keys_dir,
                   OutboxSettings settings);
  ~OutboxDispatcher();

  // One round over every channel; returns how many messages it handled
  // (sent, retried, stopped). A channel whose secrets cannot be read is
  // skipped with a warning (its messages wait).
  int RunOnce();
  const OutboxSettings& settings() const { return settings_; }
  // Asks a running round to stop before its next send (what it claimed and
  // did not send goes back, untried).
  void Stop() { stop_ = true; }

 private:
  int RunChannel(const channels::ChannelConfig& channel);
  channels::Sender* SenderFor(const channels::ChannelConfig& channel);

  storage::ConnectionPool& pool_;
  const messages::ChannelSet& channels_;
  std::filesystem::path keys_dir_;
  OutboxSettings settings_;
  std::map<std::string, std::unique_ptr<channels::Sender>> senders_;
  std::map<std::string, std::chrono::steady_clock::time_point> paused_until_;  // throttled channels
  std::mt19937_64 rng_;
  std::mutex mu_;  // one round at a time
  std::atomic<bool> stop_{false};
};

}  // namespace crm::usecases

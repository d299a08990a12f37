// Sending one message through one channel (libcurl): a signed webhook, a
// WeCom group robot, a DingTalk robot (HMAC-SHA256 signature over timestamp
// and secret), or e-mail over SMTP with STARTTLS. Each message carries its
// idempotency key (HTTP Idempotency-Key header, the e-mail's Message-ID), so
// a receiver that honours it sees a repeat after a crash as one message.
// Errors never carry the message, the address or the response body.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

#include "channels/channel_config.h"

namespace crm::channels {

struct Outgoing {
  std::string idempotency_key;
  std::string to;  // e-mail address or phone number for a client; a staff reference or "" for a group
  std::string subject;
  std::string text;
};

enum class SendOutcome {
  kSent,
  kFailed,     // worth retrying (network, 5xx, timeout)
  kThrottled,  // the receiver asks us to slow down (429, the robots' rate codes): not counted as a try
  kRejected,   // will never succeed as it is (4xx, a robot's error code)
};

struct SendResult {
  SendOutcome outcome = SendOutcome::kFailed;
  int http_status = 0;
  std::string error;                    // no personal data
  std::chrono::seconds retry_after{0};  // from the receiver, when it said
};

class Sender {
 public:
  virtual ~Sender() = default;
  virtual SendResult Send(const Outgoing& message) = 0;
};

// Reads the channel's secrets from keys_dir (throws crm::Error naming the
// file when one is missing or readable by others). Not thread-safe: one
// sender per dispatching thread.
std::unique_ptr<Sender> MakeSender(const ChannelConfig& config, const std::filesystem::path& keys_dir);

// The webhook signature a receiver checks: hex HMAC-SHA256(secret,
// timestamp "." body), sent as X-CRM-Signature: sha256=<hex> with
// X-CRM-Timestamp.
std::string WebhookSignature(const std::string& secret, const std::string& timestamp, const std::string& body);
// DingTalk's: base64 HMAC-SHA256(secret, timestamp "\n" secret).
std::string DingtalkSignature(const std::string& secret, const std::string& timestamp_ms);

}  // namespace crm::channels

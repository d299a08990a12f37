// Messages to people outside the workstation (issue 27, ADR 0016): what a
// queued message is, how a template is filled, each channel kind's text
// limit, and the retry schedule. Pure rules: no I/O.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace crm::domain {

// How a channel delivers (the channels file names each channel and its kind).
enum class ChannelKind { kWebhook, kWecomRobot, kDingtalkRobot, kSmtp };
std::optional<ChannelKind> ChannelKindFromName(const std::string& name);  // "webhook", "wecom_robot", ...
std::string ChannelKindName(ChannelKind kind);
// The most a message may hold on a kind of channel, in bytes of UTF-8 (WeCom
// text: 2,048; DingTalk text: 20,000; a webhook (SMS gateways): 1,000; e-mail: 100,000).
size_t MaxTextBytes(ChannelKind kind);

enum class MessagePurpose { kService, kMarketing };
std::string PurposeName(MessagePurpose purpose);  // SERVICE, MARKETING
std::optional<MessagePurpose> PurposeFromName(const std::string& name);

struct MessageTemplate {
  std::string code, language, subject, body;
  MessagePurpose purpose = MessagePurpose::kService;
  bool personal_data = false;
};

// Fills {{name}} from vars; an unknown variable is an error naming it
// (returned in *missing, result empty).
std::string RenderTemplate(const std::string& text, const std::map<std::string, std::string>& vars,
                           std::string* missing);

// A client's name as a message shows it when the template may not carry
// personal data: the first character, then "*" (张*, W*).
std::string MaskName(const std::string& name);

enum class MessageStatus { kPending, kSending, kSent, kDead, kCancelled, kSuppressed };
std::string MessageStatusName(MessageStatus status);
std::optional<MessageStatus> MessageStatusFromName(const std::string& name);

struct OutboxMessage {
  int64_t id = 0;
  std::string idempotency_key, channel, customer_id, recipient, template_code, language, source, created_by;
  MessagePurpose purpose = MessagePurpose::kService;
  std::string variables_json = "{}";
  MessageStatus status = MessageStatus::kPending;
  int attempts = 0, max_attempts = 0;
  int64_t next_attempt_time_us = 0, create_time_us = 0, sent_time_us = 0;
  std::string last_error;
  std::string customer_name;  // read only (the client's name, for lists)
};

// The wait before retry number `attempt` (1 = after the first failure):
// base * 2^(attempt-1), capped at an hour, scaled by jitter in [0.5, 1].
std::chrono::milliseconds RetryDelay(int attempt, std::chrono::milliseconds base, double jitter);

// The consent channel (customer_consent.channel) a client message on this
// channel needs for marketing: SMS, EMAIL, WECHAT, or "" for staff channels.
bool IsConsentChannel(const std::string& name);

}  // namespace crm::domain

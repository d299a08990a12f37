// The channels a server sends messages through (issue 27, ADR 0016), read
// from the channels file (JSON; --channels-file, default
// <data-dir>/channels.json). Secrets are never in this file or the
// database: each is named by a file in the keys directory.
//
//   {"channels": [
//     {"name": "risk-desk", "kind": "dingtalk_robot", "url": "https://oapi.dingtalk.com/robot/send",
//      "token_file": "dingtalk-risk.token", "secret_file": "dingtalk-risk.secret"},
//     {"name": "sms", "kind": "webhook", "url": "https://sms-gw.example/send",
//      "secret_file": "sms-gateway.secret", "consent_channel": "SMS", "rate_per_minute": 600},
//     {"name": "email", "kind": "smtp", "url": "smtp://mail.example:587", "from": "crm@example.com",
//      "username": "crm", "password_file": "smtp.password", "consent_channel": "EMAIL"}]}
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "domain/message.h"

namespace crm::channels {

struct ChannelConfig {
  std::string name;  // what a message names: [a-z0-9][a-z0-9_-]{0,39}
  domain::ChannelKind kind = domain::ChannelKind::kWebhook;
  std::string url;
  // For messages to clients: the consent channel marketing needs (SMS,
  // EMAIL, WECHAT). Empty: a staff channel (robots, the firm's systems),
  // which takes no client recipients.
  std::string consent_channel;
  std::string token_file, secret_file, password_file;  // in the keys directory
  std::string from, username;                          // e-mail
  std::string ca_file;                                 // trust for the receiver's TLS (default: the system's)
  bool require_starttls = true;                        // e-mail: refuse to send in the clear
  int rate_per_minute = 20;                            // robots: 20 (the vendors' limit)
  int timeout_ms = 10000;
  size_t max_bytes = 0;  // the kind's limit (domain::MaxTextBytes) unless lower
};

// Reads the file (none: no channels). Throws crm::Error (INVALID_ARGUMENT)
// naming the entry and field, e.g. channels[1].url.
std::vector<ChannelConfig> LoadChannels(const std::filesystem::path& file);

}  // namespace crm::channels

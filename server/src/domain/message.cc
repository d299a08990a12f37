#include "domain/message.h"

#include <algorithm>
#include <cmath>

namespace crm::domain {

std::optional<ChannelKind> ChannelKindFromName(const std::string& name) {
  if (name == "webhook") return ChannelKind::kWebhook;
  if (name == "wecom_robot") return ChannelKind::kWecomRobot;
  if (name == "dingtalk_robot") return ChannelKind::kDingtalkRobot;
  if (name == "smtp") return ChannelKind::kSmtp;
  return std::nullopt;
}

std::string ChannelKindName(ChannelKind kind) {
  switch (kind) {
    case ChannelKind::kWebhook: return "webhook";
    case ChannelKind::kWecomRobot: return "wecom_robot";
    case ChannelKind::kDingtalkRobot: return "dingtalk_robot";
    case ChannelKind::kSmtp: return "smtp";
  }
  return "webhook";
}

size_t MaxTextBytes(ChannelKind kind) {
  switch (kind) {
    case ChannelKind::kWecomRobot: return 2048;
    case ChannelKind::kDingtalkRobot: return 20000;
    case ChannelKind::kWebhook: return 1000;
    case ChannelKind::kSmtp: return 100000;
  }
  return 1000;
}

std::string PurposeName(MessagePurpose purpose) {
  return purpose == MessagePurpose::kMarketing ? "MARKETING" : "SERVICE";
}

std::optional<MessagePurpose> PurposeFromName(const std::string& name) {
  if (name == "SERVICE") return MessagePurpose::kService;
  if (name == "MARKETING") return MessagePurpose::kMarketing;
  return std::nullopt;
}

std::string RenderTemplate(const std::string& text, const std::map<std::string, std::string>& vars,
                           std::string* missing) {
  std::string out;
  out.reserve(text.size() + 64);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t open = text.find("{{", pos);
    if (open == std::string::npos) {
      out.append(text, pos, std::string::npos);
      break;
    }
    size_t close = text.find("}}", open + 2);
    if (close == std::string::npos) {
      out.append(text, pos, std::string::npos);
      break;
    }
    out.append(text, pos, open - pos);
    std::string name = text.substr(open + 2, close - open - 2);
    auto it = vars.find(name);
    if (it == vars.end()) {
      if (missing) *missing = name;
      return "";
    }
    out += it->second;
    pos = close + 2;
  }
  return out;
}

std::string MaskName(const std::string& name) {
  if (name.empty()) return "";
  // The first UTF-8 character.
  size_t n = 1;
  const auto lead = static_cast<unsigned char>(name[0]);
  if (lead >= 0xF0)
    n = 4;
  else if (lead >= 0xE0)
    n = 3;
  else if (lead >= 0xC0)
    n = 2;
  return name.substr(0, std::min(n, name.size())) + "*";
}

std::string MessageStatusName(MessageStatus status) {
  switch (status) {
    case MessageStatus::kPending: return "PENDING";
    case MessageStatus::kSending: return "SENDING";
    case MessageStatus::kSent: return "SENT";
    case MessageStatus::kDead: return "DEAD";
    case MessageStatus::kCancelled: return "CANCELLED";
    case MessageStatus::kSuppressed: return "SUPPRESSED";
  }
  return "PENDING";
}

std::optional<MessageStatus> MessageStatusFromName(const std::string& name) {
  for (auto s : {MessageStatus::kPending, MessageStatus::kSending, MessageStatus::kSent, MessageStatus::kDead,
                 MessageStatus::kCancelled, MessageStatus::kSuppressed})
    if (MessageStatusName(s) == name) return s;
  return std::nullopt;
}

std::chrono::milliseconds RetryDelay(int attempt, std::chrono::milliseconds base, double jitter) {
  const double cap = 3600.0 * 1000.0;
  const int exponent = std::clamp(attempt - 1, 0, 30);
  double ms = std::min(cap, static_cast<double>(base.count()) * std::pow(2.0, exponent));
  ms *= std::clamp(jitter, 0.5, 1.0);
  return std::chrono::milliseconds(static_cast<int64_t>(ms));
}

bool IsConsentChannel(const std::string& name) { return name == "SMS" || name == "EMAIL" || name == "WECHAT"; }

}  // namespace crm::domain

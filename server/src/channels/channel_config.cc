#include "channels/channel_config.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "common/error.h"

namespace crm::channels {
namespace {

bool IsLoopbackUrl(const std::string& url) {
  static const std::regex kLoop(R"(^[a-z]+://(127\.0\.0\.1|localhost|\[::1\])(:[0-9]+)?(/.*)?$)");
  return std::regex_match(url, kLoop);
}

}  // namespace

std::vector<ChannelConfig> LoadChannels(const std::filesystem::path& file) {
  std::vector<ChannelConfig> out;
  if (!std::filesystem::exists(file)) return out;
  std::ifstream in(file);
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(in);
  } catch (const std::exception& e) {
    throw Error::InvalidField("channels_file", std::string("is not valid JSON: ") + e.what());
  }
  if (!doc.is_object() || !doc.contains("channels") || !doc["channels"].is_array())
    throw Error::InvalidField("channels", "must be an array of channels");
  static const std::regex kName("^[a-z0-9][a-z0-9_-]{0,39}$");
  std::set<std::string> names;
  int i = 0;
  for (const auto& c : doc["channels"]) {
    const std::string at = "channels[" + std::to_string(i++) + "].";
    if (!c.is_object()) throw Error::InvalidField(at.substr(0, at.size() - 1), "must be an object");
    auto str = [&](const char* key, bool required) {
      if (!c.contains(key)) {
        if (required) throw Error::InvalidField(at + key, "is required");
        return std::string();
      }
      if (!c[key].is_string()) throw Error::InvalidField(at + key, "must be a string");
      return c[key].get<std::string>();
    };
    auto num = [&](const char* key, int def, int lo, int hi) {
      if (!c.contains(key)) return def;
      if (!c[key].is_number_integer() || c[key].get<int>() < lo || c[key].get<int>() > hi)
        throw Error::InvalidField(at + key,
                                  "must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
      return c[key].get<int>();
    };
    ChannelConfig ch;
    ch.name = str("name", true);
    if (!std::regex_match(ch.name, kName))
      throw Error::InvalidField(at + "name", "must be lower-case letters, digits, - or _ (at most 40)");
    if (!names.insert(ch.name).second) throw Error::InvalidField(at + "name", "is used by another channel");
    auto kind = domain::ChannelKindFromName(str("kind", true));
    if (!kind) throw Error::InvalidField(at + "kind", "must be webhook, wecom_robot, dingtalk_robot or smtp");
    ch.kind = *kind;
    ch.url = str("url", true);
    const bool smtp = ch.kind == domain::ChannelKind::kSmtp;
    if (smtp ? !(ch.url.rfind("smtp://", 0) == 0 || ch.url.rfind("smtps://", 0) == 0)
             : !(ch.url.rfind("https://", 0) == 0 || ch.url.rfind("http://", 0) == 0))
      throw Error::InvalidField(at + "url", smtp ? "must start with smtp:// or smtps://" : "must be an http(s) URL");
    if (ch.url.rfind("http://", 0) == 0 && !IsLoopbackUrl(ch.url))
      throw Error::InvalidField(at + "url", "must use https (plain http only on loopback)");
    ch.consent_channel = str("consent_channel", false);
    if (!ch.consent_channel.empty() && !domain::IsConsentChannel(ch.consent_channel))
      throw Error::InvalidField(at + "consent_channel", "must be SMS, EMAIL or WECHAT");
    if (smtp && ch.consent_channel.empty()) ch.consent_channel = "EMAIL";
    if ((ch.kind == domain::ChannelKind::kWecomRobot || ch.kind == domain::ChannelKind::kDingtalkRobot) &&
        !ch.consent_channel.empty())
      throw Error::InvalidField(at + "consent_channel", "a group robot reaches staff, not clients");
    ch.token_file = str("token_file", false);
    ch.secret_file = str("secret_file", false);
    ch.password_file = str("password_file", false);
    for (const auto* key : {"token_file", "secret_file", "password_file"}) {
      const std::string v = str(key, false);
      if (v.find('/') != std::string::npos || v == "..")
        throw Error::InvalidField(at + key, "names a file in the keys directory (no path)");
    }
    if (ch.kind == domain::ChannelKind::kWecomRobot && ch.token_file.empty())
      throw Error::InvalidField(at + "token_file", "is required (the robot's key)");
    if (ch.kind == domain::ChannelKind::kDingtalkRobot && ch.token_file.empty())
      throw Error::InvalidField(at + "token_file", "is required (the robot's access token)");
    ch.from = str("from", false);
    ch.username = str("username", false);
    if (smtp && ch.from.empty()) throw Error::InvalidField(at + "from", "is required for e-mail");
    ch.ca_file = str("ca_file", false);
    if (c.contains("require_starttls")) {
      if (!c["require_starttls"].is_boolean())
        throw Error::InvalidField(at + "require_starttls", "must be true or false");
      ch.require_starttls = c["require_starttls"].get<bool>();
      if (!ch.require_starttls && !IsLoopbackUrl(ch.url))
        throw Error::InvalidField(at + "require_starttls", "may be false only for a server on loopback");
    }
    const bool robot = ch.kind == domain::ChannelKind::kWecomRobot || ch.kind == domain::ChannelKind::kDingtalkRobot;
    ch.rate_per_minute = num("rate_per_minute", robot ? 20 : 600, 1, robot ? 20 : 100000);
    ch.timeout_ms = num("timeout_ms", 10000, 100, 120000);
    const size_t limit = domain::MaxTextBytes(ch.kind);
    ch.max_bytes = static_cast<size_t>(num("max_bytes", static_cast<int>(limit), 1, static_cast<int>(limit)));
    out.push_back(std::move(ch));
  }
  return out;
}

}  // namespace crm::channels

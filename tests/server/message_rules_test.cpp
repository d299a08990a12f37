// The outbox's pure rules (issue 27): templates, masking, retry delays,
// channel limits and the channels file's validation, and the signatures a
// receiver checks.
#include <gtest/gtest.h>

#include <fstream>

#include "channels/channel_config.h"
#include "channels/sender.h"
#include "common/error.h"
#include "domain/message.h"

namespace crm {
namespace {

using namespace std::chrono_literals;

TEST(MessageRules, TemplatesFillVariablesAndNameTheOneMissing) {
  std::string missing;
  EXPECT_EQ(
      domain::RenderTemplate("尊敬的{{client_name}}：{{text}}", {{"client_name", "张*"}, {"text", "您好"}}, &missing),
      "尊敬的张*：您好");
  EXPECT_TRUE(missing.empty());
  EXPECT_EQ(domain::RenderTemplate("{{a}} and {{b}}", {{"a", "1"}}, &missing), "");
  EXPECT_EQ(missing, "b");
  EXPECT_EQ(domain::RenderTemplate("no variables", {}, &missing), "no variables");
}

TEST(MessageRules, NamesAreMaskedToTheirFirstCharacter) {
  EXPECT_EQ(domain::MaskName("张伟明"), "张*");
  EXPECT_EQ(domain::MaskName("Wang Fang"), "W*");
  EXPECT_EQ(domain::MaskName(""), "");
}

TEST(MessageRules, RetriesBackOffExponentiallyWithJitterUpToAnHour) {
  EXPECT_EQ(domain::RetryDelay(1, 2000ms, 1.0), 2000ms);
  EXPECT_EQ(domain::RetryDelay(2, 2000ms, 1.0), 4000ms);
  EXPECT_EQ(domain::RetryDelay(3, 2000ms, 0.5), 4000ms);
  EXPECT_EQ(domain::RetryDelay(40, 2000ms, 1.0), 3600000ms);
}

TEST(MessageRules, EachChannelKindHasItsTextLimit) {
  EXPECT_EQ(domain::MaxTextBytes(domain::ChannelKind::kWecomRobot), 2048u);
  EXPECT_GT(domain::MaxTextBytes(domain::ChannelKind::kSmtp), domain::MaxTextBytes(domain::ChannelKind::kWebhook));
}

std::string FirstFieldOf(const std::string& json) {
  auto path = std::filesystem::temp_directory_path() / "crm-channels-test.json";
  std::ofstream(path) << json;
  try {
    channels::LoadChannels(path);
  } catch (const Error& e) {
    return e.violations().empty() ? "?" : e.violations()[0].field;
  }
  return "";
}

TEST(MessageRules, TheChannelsFileIsCheckedNamingTheEntryAndField) {
  EXPECT_EQ(FirstFieldOf(R"({"channels": [{"name": "a", "kind": "fax", "url": "https://x"}]})"), "channels[0].kind");
  EXPECT_EQ(FirstFieldOf(R"({"channels": [{"name": "a", "kind": "webhook", "url": "http://example.com/x"}]})"),
            "channels[0].url");  // plain http only on loopback
  EXPECT_EQ(FirstFieldOf(R"({"channels": [{"name": "a", "kind": "webhook", "url": "https://x"},
                                          {"name": "a", "kind": "webhook", "url": "https://y"}]})"),
            "channels[1].name");
  EXPECT_EQ(FirstFieldOf(R"({"channels": [{"name": "r", "kind": "wecom_robot", "url": "https://x",
                                           "token_file": "k", "rate_per_minute": 60}]})"),
            "channels[0].rate_per_minute");  // robots take 20 a minute
  EXPECT_EQ(FirstFieldOf(R"({"channels": [{"name": "m", "kind": "smtp", "url": "smtp://mail.example:587",
                                           "from": "a@b.c", "require_starttls": false}]})"),
            "channels[0].require_starttls");
  EXPECT_EQ(FirstFieldOf(R"({"channels": [{"name": "w", "kind": "webhook", "url": "https://x",
                                           "secret_file": "../etc/passwd"}]})"),
            "channels[0].secret_file");
  EXPECT_EQ(FirstFieldOf(R"({"channels": [{"name": "ok", "kind": "webhook", "url": "https://x",
                                           "consent_channel": "SMS"}]})"),
            "");
}

TEST(MessageRules, SignaturesMatchWhatTheReceiversCompute) {
  // DingTalk's documented example form: base64(HMAC-SHA256(secret, ts "\n" secret)).
  EXPECT_EQ(channels::DingtalkSignature("SECabc", "1700000000000").size(), 44u);
  // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
  EXPECT_EQ(channels::WebhookSignature("secret", "1700000000", R"({"a":1})"),
            "49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686");
}

}  // namespace
}  // namespace crm

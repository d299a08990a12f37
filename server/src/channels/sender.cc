#include "channels/sender.h"

#include <curl/curl.h>
#include <sys/stat.h>

#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/error.h"
#include "security/audit_signer.h"
#include "security/crypto.h"

namespace crm::channels {
namespace {

std::string ReadSecret(const std::filesystem::path& keys_dir, const std::string& name, const char* field) {
  if (name.empty()) return "";
  const auto path = keys_dir / name;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) throw Error::InvalidField(field, "names a file not found in the keys directory");
  if ((st.st_mode & 077) != 0) throw Error::InvalidField(field, "names a file others may read (chmod 600 it)");
  std::ifstream in(path, std::ios::binary);
  std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  if (s.empty()) throw Error::InvalidField(field, "names an empty file");
  return s;
}

size_t Collect(char* data, size_t size, size_t n, void* out) {
  auto* body = static_cast<std::string*>(out);
  if (body->size() < 64 * 1024) body->append(data, size * n);
  return size * n;
}

size_t HeaderLine(char* data, size_t size, size_t n, void* out) {
  std::string line(data, size * n);
  auto* retry_after = static_cast<long*>(out);
  if (line.size() > 12 && strncasecmp(line.c_str(), "Retry-After:", 12) == 0) {
    try {
      *retry_after = std::stol(line.substr(12));
    } catch (...) {
    }
  }
  return size * n;
}

std::string NowSeconds() {
  return std::to_string(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}
std::string NowMillis() {
  return std::to_string(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
}

class CurlHandle {
 public:
  CurlHandle() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    h_ = curl_easy_init();
    if (!h_) throw Error::Internal();
  }
  ~CurlHandle() { curl_easy_cleanup(h_); }
  CURL* get() const { return h_; }
  std::string Escape(const std::string& s) const {
    char* e = curl_easy_escape(h_, s.c_str(), static_cast<int>(s.size()));
    std::string out = e ? e : "";
    curl_free(e);
    return out;
  }

 private:
  CURL* h_;
};

// JSON over HTTP POST: the webhook and both robots.
class HttpSender : public Sender {
 public:
  HttpSender(const ChannelConfig& c, const std::filesystem::path& keys_dir) : c_(c) {
    token_ = ReadSecret(keys_dir, c.token_file, "token_file");
    secret_ = ReadSecret(keys_dir, c.secret_file, "secret_file");
  }
  ~HttpSender() override {
    security::Wipe(token_);
    security::Wipe(secret_);
  }

  SendResult Send(const Outgoing& m) override {
    std::string url = c_.url;
    nlohmann::json body;
    const char* sep = url.find('?') == std::string::npos ? "?" : "&";
    switch (c_.kind) {
      case domain::ChannelKind::kWecomRobot:
        url += sep + std::string("key=") + curl_.Escape(token_);
        body = {{"msgtype", "text"}, {"text", {{"content", m.text}}}};
        if (!m.to.empty()) body["text"]["mentioned_list"] = nlohmann::json::array({m.to});
        break;
      case domain::ChannelKind::kDingtalkRobot: {
        url += sep + std::string("access_token=") + curl_.Escape(token_);
        if (!secret_.empty()) {
          const std::string ts = NowMillis();
          url += "&timestamp=" + ts + "&sign=" + curl_.Escape(DingtalkSignature(secret_, ts));
        }
        body = {{"msgtype", "text"}, {"text", {{"content", m.text}}}};
        if (!m.to.empty()) body["at"] = {{"atUserIds", nlohmann::json::array({m.to})}};
        break;
      }
      default:
        body = {
            {"id", m.idempotency_key}, {"channel", c_.name}, {"to", m.to}, {"subject", m.subject}, {"text", m.text}};
        break;
    }
    const std::string payload = body.dump();
    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, "Content-Type: application/json; charset=utf-8");
    headers = curl_slist_append(headers, ("Idempotency-Key: " + m.idempotency_key).c_str());
    if (c_.kind == domain::ChannelKind::kWebhook && !secret_.empty()) {
      const std::string ts = NowSeconds();
      headers = curl_slist_append(headers, ("X-CRM-Timestamp: " + ts).c_str());
      headers =
          curl_slist_append(headers, ("X-CRM-Signature: sha256=" + WebhookSignature(secret_, ts, payload)).c_str());
    }
    std::string response;
    long retry_after = 0;
    CURL* h = curl_.get();
    curl_easy_reset(h);
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, payload.c_str());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, static_cast<long>(payload.size()));
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(c_.timeout_ms));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &Collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &response);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &HeaderLine);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &retry_after);
    if (!c_.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, c_.ca_file.c_str());
    CURLcode rc = curl_easy_perform(h);
    curl_slist_free_all(headers);
    SendResult r;
    if (rc != CURLE_OK) {
      r.outcome = SendOutcome::kFailed;
      r.error = std::string("transport: ") + curl_easy_strerror(rc);
      return r;
    }
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    r.http_status = static_cast<int>(status);
    r.retry_after = std::chrono::seconds(std::max(0L, std::min(retry_after, 3600L)));
    if (status == 429) {
      r.outcome = SendOutcome::kThrottled;
      r.error = "HTTP 429 (throttled)";
      return r;
    }
    if (status >= 500 || status == 408) {
      r.outcome = SendOutcome::kFailed;
      r.error = "HTTP " + std::to_string(status);
      return r;
    }
    if (status < 200 || status >= 300) {
      r.outcome = SendOutcome::kRejected;
      r.error = "HTTP " + std::to_string(status);
      return r;
    }
    if (c_.kind == domain::ChannelKind::kWebhook) {
      r.outcome = SendOutcome::kSent;
      return r;
    }
    // The robots answer 200 with {"errcode": N, "errmsg": "..."}.
    auto reply = nlohmann::json::parse(response, nullptr, false);
    const long errcode = reply.is_object() && reply.contains("errcode") && reply["errcode"].is_number_integer()
                             ? reply["errcode"].get<long>()
                             : -1;
    if (errcode == 0) {
      r.outcome = SendOutcome::kSent;
    } else if (errcode == 45009 || errcode == 130101 || errcode == 410100) {
      // WeCom: API frequency; DingTalk: sending too fast / flow control.
      r.outcome = SendOutcome::kThrottled;
      r.error = "robot throttled (errcode " + std::to_string(errcode) + ")";
      if (r.retry_after.count() == 0) r.retry_after = std::chrono::seconds(60);
    } else if (errcode == -1) {
      r.outcome = SendOutcome::kFailed;
      r.error = "robot answered without an errcode";
    } else {
      r.outcome = SendOutcome::kRejected;
      r.error = "robot refused (errcode " + std::to_string(errcode) + ")";
    }
    return r;
  }

 private:
  ChannelConfig c_;
  std::string token_, secret_;
  CurlHandle curl_;
};

std::string EncodedWord(const std::string& text) {
  return "=?UTF-8?B?" + security::Base64Encode(std::vector<uint8_t>(text.begin(), text.end())) + "?=";
}

struct Upload {
  const std::string* data;
  size_t pos = 0;
};
size_t ReadUpload(char* out, size_t size, size_t n, void* arg) {
  auto* u = static_cast<Upload*>(arg);
  size_t left = u->data->size() - u->pos;
  size_t k = std::min(left, size * n);
  std::memcpy(out, u->data->data() + u->pos, k);
  u->pos += k;
  return k;
}

class SmtpSender : public Sender {
 public:
  SmtpSender(const ChannelConfig& c, const std::filesystem::path& keys_dir) : c_(c) {
    password_ = ReadSecret(keys_dir, c.password_file, "password_file");
  }
  ~SmtpSender() override { security::Wipe(password_); }

  SendResult Send(const Outgoing& m) override {
    SendResult r;
    if (m.to.empty() || m.to.find_first_of("\r\n<>") != std::string::npos) {
      r.outcome = SendOutcome::kRejected;
      r.error = "no usable e-mail address";
      return r;
    }
    const std::string domain = c_.from.substr(c_.from.find('@') == std::string::npos ? 0 : c_.from.find('@') + 1);
    std::string date;
    {
      char buf[64];
      std::time_t t = std::time(nullptr);
      std::tm tm{};
      gmtime_r(&t, &tm);
      std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
      date = buf;
    }
    std::string body64 = security::Base64Encode(std::vector<uint8_t>(m.text.begin(), m.text.end()));
    std::string wrapped;
    for (size_t i = 0; i < body64.size(); i += 76) wrapped += body64.substr(i, 76) + "\r\n";
    const std::string mail = "Date: " + date + "\r\nFrom: <" + c_.from + ">\r\nTo: <" + m.to + ">\r\nMessage-ID: <" +
                             m.idempotency_key + "@" + domain + ">\r\nSubject: " + EncodedWord(m.subject) +
                             "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                             "Content-Transfer-Encoding: base64\r\n\r\n" +
                             wrapped;
    CURL* h = curl_.get();
    curl_easy_reset(h);
    curl_slist* rcpt = curl_slist_append(nullptr, ("<" + m.to + ">").c_str());
    Upload up{&mail};
    curl_easy_setopt(h, CURLOPT_URL, c_.url.c_str());
    curl_easy_setopt(h, CURLOPT_USE_SSL,
                     c_.require_starttls ? static_cast<long>(CURLUSESSL_ALL) : static_cast<long>(CURLUSESSL_NONE));
    if (!c_.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, c_.ca_file.c_str());
    if (!c_.username.empty()) {
      curl_easy_setopt(h, CURLOPT_USERNAME, c_.username.c_str());
      curl_easy_setopt(h, CURLOPT_PASSWORD, password_.c_str());
    }
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, ("<" + c_.from + ">").c_str());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, &ReadUpload);
    curl_easy_setopt(h, CURLOPT_READDATA, &up);
    curl_easy_setopt(h, CURLOPT_INFILESIZE, static_cast<long>(mail.size()));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(c_.timeout_ms));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    CURLcode rc = curl_easy_perform(h);
    curl_slist_free_all(rcpt);
    long code = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
    r.http_status = static_cast<int>(code);
    if (rc == CURLE_OK) {
      r.outcome = SendOutcome::kSent;
      return r;
    }
    r.error = std::string("smtp: ") + curl_easy_strerror(rc) + (code ? " (" + std::to_string(code) + ")" : "");
    // 5xx replies are permanent (RFC 5321), 4xx transient; STARTTLS refused is
    // a configuration problem that retrying will not fix.
    r.outcome = (code >= 500 || rc == CURLE_USE_SSL_FAILED || rc == CURLE_LOGIN_DENIED) ? SendOutcome::kRejected
                                                                                        : SendOutcome::kFailed;
    return r;
  }

 private:
  ChannelConfig c_;
  std::string password_;
  CurlHandle curl_;
};

}  // namespace

std::string WebhookSignature(const std::string& secret, const std::string& timestamp, const std::string& body) {
  return security::HexEncode(
      security::HmacSha256(std::vector<uint8_t>(secret.begin(), secret.end()), timestamp + "." + body));
}

std::string DingtalkSignature(const std::string& secret, const std::string& timestamp_ms) {
  return security::Base64Encode(
      security::HmacSha256(std::vector<uint8_t>(secret.begin(), secret.end()), timestamp_ms + "\n" + secret));
}

std::unique_ptr<Sender> MakeSender(const ChannelConfig& config, const std::filesystem::path& keys_dir) {
  if (config.kind == domain::ChannelKind::kSmtp) return std::make_unique<SmtpSender>(config, keys_dir);
  return std::make_unique<HttpSender>(config, keys_dir);
}

}  // namespace crm::channels

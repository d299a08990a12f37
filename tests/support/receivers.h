// Real receivers for the outbox tests (issue 27), started by the test on
// loopback and stopped by PID: an HTTP receiver that records each request,
// checks its signature (webhook HMAC, DingTalk's timestamp+secret, WeCom's
// key) and can be told to fail or throttle; and an SMTP server requiring
// STARTTLS (Debian's python3-aiosmtpd). Both are Debian's /usr/bin/python3.
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace crm::testing {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

inline constexpr const char* kWebhookSecret = "webhook-secret-for-tests";
inline constexpr const char* kDingSecret = "SECdingtalk-secret-for-tests";

// The receivers, as the test writes them.
inline constexpr const char* kHttpReceiver = R"py(
import base64, hashlib, hmac, json, os, sys, threading, time, urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
port_file, log_file, mode_file, secret, ding_secret = sys.argv[1:6]
lock = threading.Lock()
def _watch(ppid=os.getppid()):  # the test ended (even killed): go too
    while True:
        time.sleep(0.5)
        if os.getppid() != ppid: os._exit(0)
threading.Thread(target=_watch, daemon=True).start()
class H(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    disable_nagle_algorithm = True
    wbufsize = 65536  # headers and body leave in one write (flushed after each request)
    def do_POST(self):
        n = int(self.headers.get('Content-Length', '0'))
        body = self.rfile.read(n)
        mode = open(mode_file).read().strip() if os.path.exists(mode_file) else 'ok'
        url = urllib.parse.urlparse(self.path)
        q = urllib.parse.parse_qs(url.query)
        if url.path.startswith('/ding'):
            ts = q.get('timestamp', [''])[0]
            want = base64.b64encode(hmac.new(ding_secret.encode(), (ts + '\n' + ding_secret).encode(), hashlib.sha256).digest()).decode()
            sig_ok = q.get('sign', [''])[0] == want and q.get('access_token', [''])[0] == 'ding-token'
        elif url.path.startswith('/wecom'):
            sig_ok = q.get('key', [''])[0] == 'wecom-key'
        else:
            ts = self.headers.get('X-CRM-Timestamp', '')
            want = 'sha256=' + hmac.new(secret.encode(), ts.encode() + b'.' + body, hashlib.sha256).hexdigest()
            sig_ok = hmac.compare_digest(self.headers.get('X-CRM-Signature', ''), want)
        if mode == 'fail': code, reply = 500, b'{}'
        elif mode == 'throttle': code, reply = 429, b'{}'
        elif mode == 'ding_throttle': code, reply = 200, b'{"errcode":130101,"errmsg":"send too fast"}'
        else: code, reply = 200, b'{"errcode":0,"errmsg":"ok"}'
        rec = {'t': time.time(), 'path': url.path, 'key': self.headers.get('Idempotency-Key', ''), 'sig_ok': sig_ok,
               'code': code, 'body': json.loads(body)}
        with lock:
            with open(log_file, 'a') as f: f.write(json.dumps(rec, ensure_ascii=False) + '\n')
        self.send_response(code)
        if code == 429: self.send_header('Retry-After', '2')
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)
    def log_message(self, *a): pass
srv = ThreadingHTTPServer(('127.0.0.1', 0), H)
with open(port_file + '.tmp', 'w') as f: f.write(str(srv.server_address[1]))
os.rename(port_file + '.tmp', port_file)
srv.serve_forever()
)py";

inline constexpr const char* kSmtpReceiver = R"py(
import json, os, socket, ssl, sys, threading, time
from aiosmtpd.controller import Controller
port_file, log_file, cert, key = sys.argv[1:5]
def _watch(ppid=os.getppid()):  # the test ended (even killed): go too
    while True:
        time.sleep(0.5)
        if os.getppid() != ppid: os._exit(0)
threading.Thread(target=_watch, daemon=True).start()
class Handler:
    async def handle_DATA(self, server, session, envelope):
        with open(log_file, 'a') as f:
            f.write(json.dumps({'from': envelope.mail_from, 'to': envelope.rcpt_tos, 'tls': session.ssl is not None,
                                'data': envelope.content.decode('utf-8', 'replace')}) + '\n')
        return '250 OK'
s = socket.socket(); s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]; s.close()
ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH); ctx.load_cert_chain(cert, key)
c = Controller(Handler(), hostname='127.0.0.1', port=port, tls_context=ctx, require_starttls=True)
c.start()
with open(port_file + '.tmp', 'w') as f: f.write(str(port))
os.rename(port_file + '.tmp', port_file)
while True: time.sleep(3600)
)py";

// A receiver process the test starts and stops by PID.
class Receiver {
 public:
  Receiver(const fs::path& dir, const std::string& name, const char* script, std::vector<std::string> args)
      : dir_(dir) {
    const fs::path py = dir / ("crm_" + name + "_receiver.py");
    std::ofstream(py) << script;
    port_file_ = dir / (name + ".port");
    log_ = dir / (name + ".log");
    mode_ = dir / (name + ".mode");
    std::vector<std::string> argv{"/usr/bin/python3", py.string(), port_file_.string(), log_.string()};
    for (auto& a : args) argv.push_back(a);
    pid_ = fork();
    if (pid_ == 0) {
      std::vector<char*> raw;
      for (auto& a : argv) raw.push_back(a.data());
      raw.push_back(nullptr);
      execv(raw[0], raw.data());
      _exit(127);
    }
    for (int i = 0; i < 200 && !fs::exists(port_file_); ++i) std::this_thread::sleep_for(50ms);
    if (!fs::exists(port_file_)) throw std::runtime_error(name + " receiver did not start");
    std::ifstream(port_file_) >> port_;
  }
  ~Receiver() {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  int port() const { return port_; }
  fs::path mode_file() const { return mode_; }
  void SetMode(const std::string& mode) { std::ofstream(mode_) << mode; }
  std::vector<nlohmann::json> Requests() const {
    std::vector<nlohmann::json> out;
    std::ifstream in(log_);
    std::string line;
    while (std::getline(in, line))
      if (!line.empty()) out.push_back(nlohmann::json::parse(line));
    return out;
  }

 private:
  fs::path dir_, port_file_, log_, mode_;
  pid_t pid_ = -1;
  int port_ = 0;
};

inline fs::path ReceiverDir() {
  static fs::path dir = [] {
    auto d = fs::temp_directory_path() / ("crm-test-recv-" + std::to_string(getpid()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

// The shared HTTP receiver (started on first use, killed at exit).
inline Receiver& Http() {
  static Receiver r(ReceiverDir(), "http", kHttpReceiver,
                    {(ReceiverDir() / "http.mode").string(), kWebhookSecret, kDingSecret});
  return r;
}

inline void WriteSecret(const fs::path& keys, const std::string& name, const std::string& value) {
  std::ofstream(keys / name) << value << "\n";
  fs::permissions(keys / name, fs::perms::owner_read | fs::perms::owner_write);
}

// One "sms" channel (a signed webhook to the shared HTTP receiver) in the
// server's data dir: its secret in keys/ and channels.json.
inline void WriteSmsChannel(const fs::path& dir) {
  WriteSecret(dir / "keys", "sms.secret", kWebhookSecret);
  nlohmann::json channels = {{"channels",
                              {{{"name", "sms"},
                                {"kind", "webhook"},
                                {"url", "http://127.0.0.1:" + std::to_string(Http().port()) + "/sms"},
                                {"secret_file", "sms.secret"},
                                {"consent_channel", "SMS"}}}}};
  std::ofstream(dir / "channels.json") << channels.dump();
}

}  // namespace crm::testing

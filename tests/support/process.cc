#include "support/process.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <thread>

namespace crm::testing {

Process Spawn(const std::vector<std::string>& args, const std::string& stdin_text) {
  int out[2], in[2];
  if (pipe(out) != 0 || pipe(in) != 0) return {};
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    dup2(out[1], STDERR_FILENO);
    dup2(in[0], STDIN_FILENO);
    close(out[0]);
    close(in[1]);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(out[1]);
  close(in[0]);
  if (!stdin_text.empty()) (void)!write(in[1], stdin_text.data(), stdin_text.size());
  close(in[1]);
  return {pid, out[0]};
}

std::string ReadUntil(int fd, const std::string& prefix, std::string& all, std::chrono::seconds limit) {
  auto start = std::chrono::steady_clock::now();
  std::string line;
  fcntl(fd, F_SETFL, O_NONBLOCK);
  while (std::chrono::steady_clock::now() - start < limit) {
    char c;
    ssize_t n = read(fd, &c, 1);
    if (n == 1) {
      all += c;
      if (c == '\n') {
        if (line.rfind(prefix, 0) == 0) return line;
        line.clear();
      } else {
        line += c;
      }
    } else if (n == 0) {
      return "";
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  return "";
}

std::pair<int, std::string> RunToEnd(const std::vector<std::string>& args, const std::string& stdin_text) {
  Process p = Spawn(args, stdin_text);
  std::string all;
  ReadUntil(p.out_fd, "\x01never", all, std::chrono::seconds(60));
  int status = 0;
  waitpid(p.pid, &status, 0);
  close(p.out_fd);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, all};
}

}  // namespace crm::testing

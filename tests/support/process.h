// Child processes for the end-to-end tests: the real crm-server and
// crm-admin binaries, their output read line by line.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace crm::testing {

struct Process {
  pid_t pid = -1;
  int out_fd = -1;  // stdout and stderr together
};

// Starts args[0] with args, stdin_text on its standard input.
Process Spawn(const std::vector<std::string>& args, const std::string& stdin_text = "");

// Reads lines until one starts with prefix (returned), the process ends or
// the time runs out (""); everything read is appended to all.
std::string ReadUntil(int fd, const std::string& prefix, std::string& all, std::chrono::seconds limit);

// Runs to the end (at most 60 s of output): exit code and output.
std::pair<int, std::string> RunToEnd(const std::vector<std::string>& args, const std::string& stdin_text = "");

}  // namespace crm::testing

#pragma once

#include <string>

namespace crm::app {
// Plain: "2026-11-21T20:00:00.123Z info  message"; JSON: one object per line.
void SetupLogging(const std::string& format, const std::string& level);
}  // namespace crm::app

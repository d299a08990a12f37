// Config precedence: flags > environment > config file > defaults.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <fstream>

#include "app/config.h"
#include "support/pg_cluster.h"

namespace {

struct EnvGuard {
  std::string name;
  EnvGuard(std::string n, const char* value) : name(std::move(n)) { setenv(name.c_str(), value, 1); }
  ~EnvGuard() { unsetenv(name.c_str()); }
};

crm::app::ServerConfig Parse(std::vector<std::string> args) {
  crm::app::ServerConfig c;
  CLI::App app;
  crm::app::AddServerOptions(app, c);
  args.insert(args.begin(), "crm-server");
  std::vector<const char*> argv;
  for (auto& a : args) argv.push_back(a.c_str());
  crm::app::ParseServerArgs(app, static_cast<int>(argv.size()), argv.data());
  return c;
}

std::string WriteConfig(const std::string& text) {
  auto dir = crm::testing::MakeTempDir("crm-config-");
  auto path = dir / "crm.toml";
  std::ofstream(path) << text;
  return path.string();
}

}  // namespace

TEST(Config, DefaultsAreSafe) {
  auto c = Parse({});
  EXPECT_EQ(c.listen, "127.0.0.1:50051");
  EXPECT_FALSE(c.insecure);
  EXPECT_TRUE(c.embedded());
  EXPECT_EQ(c.max_failed_logins, 5);
  EXPECT_EQ(c.lockout_seconds, 300);
  EXPECT_EQ(c.idle_timeout_seconds, 600);
  EXPECT_EQ(c.session_max_hours, 12);
  EXPECT_EQ(c.password_min_length, 10);
  EXPECT_EQ(c.password_history, 5);
  EXPECT_EQ(c.password_max_age_days, 90);
}

TEST(Config, FileOverridesDefaults) {
  auto file = WriteConfig("listen = \"127.0.0.1:6000\"\ndb-pool-size = 3\n");
  auto c = Parse({"--config", file});
  EXPECT_EQ(c.listen, "127.0.0.1:6000");
  EXPECT_EQ(c.db_pool_size, 3);
}

TEST(Config, EnvironmentOverridesFile) {
  auto file = WriteConfig("listen = \"127.0.0.1:6000\"\ndb-pool-size = 3\n");
  EnvGuard env("CRM_LISTEN", "127.0.0.1:7000");
  auto c = Parse({"--config", file});
  EXPECT_EQ(c.listen, "127.0.0.1:7000");
  EXPECT_EQ(c.db_pool_size, 3);  // untouched by the environment: still from the file
}

TEST(Config, FlagsOverrideEnvironmentAndFile) {
  auto file = WriteConfig("listen = \"127.0.0.1:6000\"\n");
  EnvGuard env("CRM_LISTEN", "127.0.0.1:7000");
  auto c = Parse({"--config", file, "--listen", "127.0.0.1:8000"});
  EXPECT_EQ(c.listen, "127.0.0.1:8000");
}

TEST(Config, ConfigFileCanComeFromTheEnvironment) {
  auto file = WriteConfig("idle-timeout-seconds = 120\n");
  EnvGuard env("CRM_CONFIG", file.c_str());
  EXPECT_EQ(Parse({}).idle_timeout_seconds, 120);
}

TEST(Config, DatabaseUrlFromEnvironmentSelectsProductionMode) {
  EnvGuard env("CRM_DATABASE_URL", "postgresql://crm@db.internal/crm");
  auto c = Parse({});
  EXPECT_FALSE(c.embedded());
}

TEST(Config, RejectsValuesOutsideTheRegulatoryLimits) {
  // regulatory.md section 4: lock after <= 5 failures for >= 300 s; idle <= 600 s.
  EXPECT_THROW(Parse({"--max-failed-logins", "6"}), CLI::ValidationError);
  EXPECT_THROW(Parse({"--lockout-seconds", "299"}), CLI::ValidationError);
  EXPECT_THROW(Parse({"--idle-timeout-seconds", "601"}), CLI::ValidationError);
}

TEST(Config, PlaintextOnlyOnLoopback) {
  auto c = Parse({"--insecure", "--listen", "0.0.0.0:50051"});
  EXPECT_THROW(crm::app::ValidateServerConfig(c), CLI::ValidationError);
  auto ok = Parse({"--insecure", "--listen", "127.0.0.1:50051"});
  EXPECT_NO_THROW(crm::app::ValidateServerConfig(ok));
}

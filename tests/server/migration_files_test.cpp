#include <gtest/gtest.h>

#include <fstream>

#include "security/crypto.h"
#include "storage/migrator.h"
#include "support/pg_cluster.h"

using crm::storage::LoadMigrationFiles;
using crm::storage::MigrationError;

namespace {
void Write(const std::filesystem::path& p, const std::string& text) { std::ofstream(p) << text; }
}  // namespace

TEST(MigrationFiles, AreOrderedByVersionWithTheirSha256) {
  auto dir = crm::testing::MakeTempDir("crm-mig-");
  Write(dir / "V0002__second.sql", "SELECT 2;");
  Write(dir / "V0001__first.sql", "SELECT 1;");
  Write(dir / "README.md", "not a migration");
  auto files = LoadMigrationFiles(dir);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].version, 1);
  EXPECT_EQ(files[0].name, "first");
  EXPECT_EQ(files[0].sha256, crm::security::Sha256Hex("SELECT 1;"));
  EXPECT_EQ(files[1].version, 2);
}

TEST(MigrationFiles, ChecksumChangesWithOneByte) {
  auto dir = crm::testing::MakeTempDir("crm-mig-");
  Write(dir / "V0001__first.sql", "SELECT 1;");
  auto before = LoadMigrationFiles(dir)[0].sha256;
  Write(dir / "V0001__first.sql", "SELECT 1; ");
  EXPECT_NE(LoadMigrationFiles(dir)[0].sha256, before);
}

TEST(MigrationFiles, RejectsBadNamesAndDuplicateVersions) {
  auto dir = crm::testing::MakeTempDir("crm-mig-");
  Write(dir / "0001_first.sql", "SELECT 1;");
  EXPECT_THROW(LoadMigrationFiles(dir), MigrationError);
  std::filesystem::remove(dir / "0001_first.sql");
  Write(dir / "V0001__a.sql", "SELECT 1;");
  Write(dir / "V0001__b.sql", "SELECT 1;");
  EXPECT_THROW(LoadMigrationFiles(dir), MigrationError);
}

TEST(MigrationFiles, TheShippedMigrationsLoad) {
  auto files = LoadMigrationFiles(crm::testing::MigrationsDir());
  ASSERT_FALSE(files.empty());
  for (size_t i = 0; i < files.size(); ++i) EXPECT_EQ(files[i].version, static_cast<int>(i) + 1);
}

// The audit chain against the real database (product.md section 4,
// regulatory.md section 4): tamper trials done as superuser with triggers
// disabled are each detected at the right sequence; concurrent writers keep
// one intact chain; an event and its change commit or roll back together.
#include <gtest/gtest.h>

#include <pqxx/pqxx>
#include <thread>

#include "common/error.h"
#include "domain/audit_record.h"
#include "security/audit_signer.h"
#include "security/crypto.h"
#include "storage/audit_repository.h"
#include "storage/audit_sealer.h"
#include "storage/connection_pool.h"
#include "storage/migrator.h"
#include "storage/transaction.h"
#include "support/pg_cluster.h"
#include "usecases/audit_verifier.h"

using crm::security::HexEncode;
using crm::storage::AuditRepository;
using crm::usecases::ChainProblem;
using crm::usecases::VerifyResult;

namespace {

class AuditChainTest : public ::testing::Test {
 protected:
  void SetUp() override {
    crm::testing::InstallTestAuditSigner();
    conninfo_ = crm::testing::PgCluster::Shared().NewDatabase();
    pqxx::connection c(conninfo_);
    crm::storage::Migrator(crm::testing::MigrationsDir()).Up(c);
    pool_ = std::make_unique<crm::storage::ConnectionPool>(conninfo_, 8, "crm_app");
    sealer_ = std::make_unique<crm::storage::AuditSealer>(conninfo_);
  }

  int64_t Write(const std::string& action, nlohmann::json details = nlohmann::json::object()) {
    int64_t seq = 0;
    crm::storage::InTransaction(*pool_, {}, [&](pqxx::work& tx) {
      seq =
          AuditRepository::Record(tx, {"", "tester", "TEST", "", "127.0.0.1", "req"},
                                  {action, "thing", std::to_string(seq), "", crm::storage::AuditOutcome::kOk, details});
    });
    return seq;
  }

  void WriteMany(int n) {
    for (int i = 1; i <= n; ++i)
      Write(i % 3 ? "customer.view" : "customer.update", {{"i", i}, {"note", "event " + std::to_string(i)}});
  }

  void Checkpoint() {
    sealer_->SealNow();
    sealer_->Checkpoint();
  }

  int CountAll(const std::string& table) {
    pqxx::connection c(conninfo_);
    pqxx::read_transaction tx(c);
    return tx.exec("SELECT count(*) FROM " + table)[0][0].as<int>();
  }

  // Runs SQL as the superuser with every trigger disabled: the attacker.
  void Tamper(const std::string& sql) {
    pqxx::connection c(conninfo_);
    pqxx::work tx(c);
    tx.exec0("SET LOCAL session_replication_role = replica");
    tx.exec(sql);
    tx.commit();
  }

  VerifyResult Verify() {
    sealer_->SealNow();
    pqxx::connection c(conninfo_);
    crm::storage::PrepareAll(c);
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(c);
    return crm::usecases::VerifyAuditChain(tx, *crm::security::AuditSigner::Process(), {});
  }

  std::vector<crm::domain::AuditRecord> All() {
    sealer_->SealNow();
    pqxx::connection c(conninfo_);
    crm::storage::PrepareAll(c);
    pqxx::read_transaction tx(c);
    AuditRepository::PrepareScan(tx);
    return AuditRepository::ScanAfter(tx, 0, 253402300799000000, 0, 100000);
  }

  static std::string Hex(const std::vector<uint8_t>& b) { return "'\\x" + HexEncode(b) + "'::bytea"; }

  std::string conninfo_;
  std::unique_ptr<crm::storage::ConnectionPool> pool_;
  std::unique_ptr<crm::storage::AuditSealer> sealer_;
};

#define EXPECT_BROKEN(result, kind, seq)                                                                       \
  do {                                                                                                         \
    auto r_ = (result);                                                                                        \
    EXPECT_FALSE(r_.intact);                                                                                   \
    EXPECT_EQ(std::string(crm::usecases::ChainProblemName(r_.problem)), crm::usecases::ChainProblemName(kind)) \
        << r_.detail;                                                                                          \
    EXPECT_EQ(r_.first_bad_seq, seq) << r_.detail;                                                             \
  } while (0)

}  // namespace

TEST_F(AuditChainTest, AnUntouchedChainVerifies) {
  WriteMany(40);
  Checkpoint();
  WriteMany(10);
  auto r = Verify();
  EXPECT_TRUE(r.intact) << r.detail;
  EXPECT_EQ(r.events_checked, 50);
  EXPECT_EQ(r.first_seq, 1);
  EXPECT_EQ(r.last_seq, 50);
  EXPECT_EQ(r.checkpoints_checked, 1);
}

// The verifier streams the chain as COPY text: values with tabs, newlines,
// backslashes, escape-looking text and Chinese must come back byte for byte.
TEST_F(AuditChainTest, AwkwardTextInEventsStillVerifies) {
  const std::string awkward = "tab\there\nnew line\\N \\x41 back\\slash \u5f20\u4e09 \r\x01";
  crm::storage::InTransaction(*pool_, {}, [&](pqxx::work& tx) {
    AuditRepository::Record(tx, {"", "\u674e\t\\N", "TEST", "", "127.0.0.1", "\\N"},
                            {"customer.view",
                             "thing",
                             awkward,
                             awkward,
                             crm::storage::AuditOutcome::kOk,
                             {{"note", awkward}, {"list", {awkward, "\\"}}}});
  });
  WriteMany(3);
  auto r = Verify();
  EXPECT_TRUE(r.intact) << r.detail;
  EXPECT_EQ(r.events_checked, 4);
  // And a change to such a value is still found, at its sequence.
  Tamper("UPDATE audit_event SET reason = reason || ' ' WHERE seq = 1");
  EXPECT_BROKEN(Verify(), ChainProblem::kAltered, 1);
}

TEST_F(AuditChainTest, EmptyTrailVerifies) {
  auto r = Verify();
  EXPECT_TRUE(r.intact);
  EXPECT_EQ(r.events_checked, 0);
}

// --- The tamper trials -------------------------------------------------------

class TamperTrial : public AuditChainTest {
 protected:
  void SetUp() override {
    AuditChainTest::SetUp();
    WriteMany(40);
    Checkpoint();                  // signs seq 40
    WriteMany(10);                 // 41..50
    ASSERT_TRUE(Verify().intact);  // seals 41..50 too
  }
};

TEST_F(TamperTrial, T01_ChangedActionIsAlteredAtItsSequence) {
  Tamper("UPDATE audit_event SET action = 'customer.delete' WHERE seq = 10");
  EXPECT_BROKEN(Verify(), ChainProblem::kAltered, 10);
}

TEST_F(TamperTrial, T02_ChangedDetailsOfTheFirstEvent) {
  Tamper("UPDATE audit_event SET details = '{\"i\": 999}' WHERE seq = 1");
  EXPECT_BROKEN(Verify(), ChainProblem::kAltered, 1);
}

TEST_F(TamperTrial, T03_ChangedOutcomeOfTheLastEvent) {
  Tamper("UPDATE audit_event SET outcome = 'denied' WHERE seq = 50");
  EXPECT_BROKEN(Verify(), ChainProblem::kAltered, 50);
}

TEST_F(TamperTrial, T04_ShiftedTimestamp) {
  Tamper("UPDATE audit_event SET event_time = event_time + interval '1 microsecond' WHERE seq = 20");
  EXPECT_BROKEN(Verify(), ChainProblem::kAltered, 20);
}

TEST_F(TamperTrial, T05_ChangedActor) {
  Tamper("UPDATE audit_event SET actor_username = 'someone-else' WHERE seq = 33");
  EXPECT_BROKEN(Verify(), ChainProblem::kAltered, 33);
}

TEST_F(TamperTrial, T06_DeletedRowIsMissing) {
  Tamper("DELETE FROM audit_event WHERE seq = 15");
  EXPECT_BROKEN(Verify(), ChainProblem::kMissing, 15);
}

TEST_F(TamperTrial, T07_DeletedFirstRowIsMissing) {
  Tamper("DELETE FROM audit_event WHERE seq = 1");
  EXPECT_BROKEN(Verify(), ChainProblem::kMissing, 1);
}

TEST_F(TamperTrial, T08_DeletedRangeIsMissingFromItsStart) {
  Tamper("DELETE FROM audit_event WHERE seq BETWEEN 30 AND 32");
  EXPECT_BROKEN(Verify(), ChainProblem::kMissing, 30);
}

TEST_F(TamperTrial, T09_DroppedTailAfterACheckpointIsTruncated) {
  Checkpoint();  // signs seq 50
  Tamper(
      "DELETE FROM audit_event WHERE seq > 45; UPDATE audit_head SET last_seq = 45, "
      "last_hash = (SELECT hash FROM audit_event WHERE seq = 45)");
  EXPECT_BROKEN(Verify(), ChainProblem::kTruncated, 46);
}

TEST_F(TamperTrial, T10_DroppedTailWithTheHeadLeftIsTruncated) {
  Tamper("DELETE FROM audit_event WHERE seq > 40");
  EXPECT_BROKEN(Verify(), ChainProblem::kTruncated, 41);
}

TEST_F(TamperTrial, T11_ForgedRowWithADuplicateSequenceIsInserted) {
  Tamper(
      "INSERT INTO audit_event SELECT seq, event_time + interval '1 microsecond', actor_user_id, actor_username, "
      "actor_role, session_id, client_address, request_id, 'customer.export', target_type, target_id, reason, "
      "outcome, details, prev_hash, hash, mac_key_id, mac FROM audit_event WHERE seq = 25");
  EXPECT_BROKEN(Verify(), ChainProblem::kInserted, 25);
}

TEST_F(TamperTrial, T12_ForgedRowAppendedWithAValidHashIsInserted) {
  auto rows = All();
  crm::domain::AuditRecord forged = rows.back();
  forged.seq = 51;
  forged.event_time_us += 1000;
  forged.action = "customer.export";
  forged.prev_hash = rows.back().hash;
  forged.hash = crm::security::AuditSigner::ChainHash(forged.prev_hash, crm::domain::CanonicalEncoding(forged));
  auto mac = crm::security::RandomBytes(32);  // the attacker has no key
  Tamper(
      "INSERT INTO audit_event (seq, event_time, actor_username, action, target_type, outcome, details, prev_hash, "
      "hash, mac_key_id, mac, target_id, request_id, client_address, actor_role) VALUES (51, timestamptz 'epoch' + " +
      std::to_string(forged.event_time_us) +
      " * interval '1 microsecond', 'tester', 'customer.export', 'thing', 'ok', '" + forged.details_json + "', " +
      Hex(forged.prev_hash) + ", " + Hex(forged.hash) + ", 'test-key', " + Hex(mac) +
      ", '0', 'req', '127.0.0.1', 'TEST'); UPDATE audit_head SET last_seq = 51, last_hash = " + Hex(forged.hash));
  EXPECT_BROKEN(Verify(), ChainProblem::kInserted, 51);
}

TEST_F(TamperTrial, T13_ForgedRowSplicedIntoTheMiddleIsInserted) {
  auto rows = All();
  crm::domain::AuditRecord forged = rows[19];  // seq 20
  forged.action = "customer.export";
  forged.prev_hash = rows[18].hash;
  forged.event_time_us -= 1;
  forged.hash = crm::security::AuditSigner::ChainHash(forged.prev_hash, crm::domain::CanonicalEncoding(forged));
  auto mac = crm::security::RandomBytes(32);
  Tamper(
      "UPDATE audit_event SET seq = seq + 1 WHERE seq >= 20; "
      "INSERT INTO audit_event (seq, event_time, actor_username, action, target_type, target_id, outcome, details, "
      "prev_hash, hash, mac_key_id, mac, request_id, client_address, actor_role) VALUES (20, timestamptz 'epoch' + " +
      std::to_string(forged.event_time_us) +
      " * interval '1 microsecond', 'tester', 'customer.export', 'thing', '0', 'ok', '" + forged.details_json + "', " +
      Hex(forged.prev_hash) + ", " + Hex(forged.hash) + ", 'test-key', " + Hex(mac) +
      ", 'req', '127.0.0.1', 'TEST'); UPDATE audit_head SET last_seq = last_seq + 1");
  EXPECT_BROKEN(Verify(), ChainProblem::kInserted, 20);
}

TEST_F(TamperTrial, T14_SwappedRowsAreReordered) {
  Tamper("UPDATE audit_event SET seq = CASE seq WHEN 5 THEN 6 ELSE 5 END WHERE seq IN (5, 6)");
  EXPECT_BROKEN(Verify(), ChainProblem::kReordered, 5);
}

TEST_F(TamperTrial, T15_SwappedFirstRowsAreReordered) {
  Tamper("UPDATE audit_event SET seq = CASE seq WHEN 1 THEN 2 ELSE 1 END WHERE seq IN (1, 2)");
  EXPECT_BROKEN(Verify(), ChainProblem::kReordered, 1);
}

namespace {
// Edits one row and recomputes every hash from there on, as an attacker who
// knows the algorithm (but not the MAC key) would.
std::string RewriteFrom(std::vector<crm::domain::AuditRecord> rows, size_t index, const std::string& new_action) {
  rows[index].action = new_action;
  std::string sql;
  for (size_t i = index; i < rows.size(); ++i) {
    if (i > index) rows[i].prev_hash = rows[i - 1].hash;
    rows[i].hash = crm::security::AuditSigner::ChainHash(rows[i].prev_hash, crm::domain::CanonicalEncoding(rows[i]));
    sql += "UPDATE audit_event SET action = '" + rows[i].action + "', prev_hash = '\\x" + HexEncode(rows[i].prev_hash) +
           "', hash = '\\x" + HexEncode(rows[i].hash) + "' WHERE seq = " + std::to_string(rows[i].seq) + ";";
  }
  sql += "UPDATE audit_head SET last_hash = '\\x" + HexEncode(rows.back().hash) + "';";
  return sql;
}
}  // namespace

TEST_F(TamperTrial, T16_RecomputedHashesAfterAnEditAreCaughtAtTheEdit) {
  Tamper(RewriteFrom(All(), 11, "customer.delete"));  // seq 12
  EXPECT_BROKEN(Verify(), ChainProblem::kAltered, 12);
}

TEST_F(TamperTrial, T17_RecomputedHashesAfterTheCheckpoint) {
  Tamper(RewriteFrom(All(), 44, "customer.delete"));  // seq 45
  EXPECT_BROKEN(Verify(), ChainProblem::kAltered, 45);
}

TEST_F(TamperTrial, T18_ForgedCheckpointIsInvalid) {
  Tamper("INSERT INTO audit_checkpoint (seq, hash, create_time, mac_key_id, mac) VALUES (30, " +
         Hex(crm::security::RandomBytes(32)) + ", now(), 'test-key', " + Hex(crm::security::RandomBytes(32)) + ")");
  EXPECT_BROKEN(Verify(), ChainProblem::kCheckpointInvalid, 30);
}

TEST_F(TamperTrial, T19_AlteredCheckpointIsInvalid) {
  Tamper("UPDATE audit_checkpoint SET hash = " + Hex(crm::security::RandomBytes(32)) + " WHERE seq = 40");
  EXPECT_BROKEN(Verify(), ChainProblem::kCheckpointInvalid, 40);
}

TEST_F(TamperTrial, T20_OverwrittenStoredHashIsAltered) {
  Tamper("UPDATE audit_event SET hash = " + Hex(crm::security::RandomBytes(32)) + " WHERE seq = 33");
  EXPECT_BROKEN(Verify(), ChainProblem::kAltered, 33);
}

TEST_F(TamperTrial, T21_OverwrittenPreviousHashIsAltered) {
  Tamper("UPDATE audit_event SET prev_hash = " + Hex(crm::security::RandomBytes(32)) + " WHERE seq = 40");
  EXPECT_BROKEN(Verify(), ChainProblem::kAltered, 40);
}

TEST_F(TamperTrial, T22_DeletedCheckpointedRowIsMissing) {
  Tamper("DELETE FROM audit_event WHERE seq = 40");
  EXPECT_BROKEN(Verify(), ChainProblem::kMissing, 40);
}

TEST_F(TamperTrial, RangeVerificationStartsFromTheStoredPredecessor) {
  Tamper("UPDATE audit_event SET action = 'customer.delete' WHERE seq = 10");
  pqxx::connection c(conninfo_);
  crm::storage::PrepareAll(c);
  pqxx::read_transaction tx(c);
  auto signer = crm::security::AuditSigner::Process();
  EXPECT_TRUE(crm::usecases::VerifyAuditChain(tx, *signer, {20, 30, 100, nullptr}).intact);
  auto r = crm::usecases::VerifyAuditChain(tx, *signer, {5, 15, 100, nullptr});
  EXPECT_FALSE(r.intact);
  EXPECT_EQ(r.first_bad_seq, 10);
}

// --- Protection in the database ----------------------------------------------

TEST_F(AuditChainTest, TheApplicationRoleCanOnlyAppendAndRead) {
  WriteMany(3);
  Verify();
  WriteMany(1);  // one still pending
  pqxx::connection c(conninfo_);
  for (const char* sql : {"UPDATE audit_event SET outcome = 'ok'", "DELETE FROM audit_event", "TRUNCATE audit_event",
                          "INSERT INTO audit_event SELECT * FROM audit_event", "DELETE FROM audit_checkpoint",
                          "UPDATE audit_checkpoint SET seq = 0",
                          "INSERT INTO audit_checkpoint (seq, hash, create_time, mac_key_id, mac) SELECT seq, hash, "
                          "create_time, mac_key_id, mac FROM audit_checkpoint",
                          "UPDATE audit_head SET last_seq = 0", "SELECT * FROM audit_pending",
                          "DELETE FROM audit_pending", "UPDATE audit_pending SET outcome = 'ok'"}) {
    pqxx::work tx(c);
    tx.exec0("SET LOCAL ROLE crm_app");
    try {
      tx.exec(sql);
      ADD_FAILURE() << "crm_app could run: " << sql;
    } catch (const pqxx::insufficient_privilege&) {
    }
  }
}

TEST_F(AuditChainTest, TriggersRejectChangesEvenForTheOwner) {
  WriteMany(3);
  Verify();                       // sealed
  pqxx::connection c(conninfo_);  // the superuser that owns the tables
  WriteMany(1);                   // pending
  for (const char* sql : {"UPDATE audit_event SET outcome = 'ok'", "DELETE FROM audit_event", "TRUNCATE audit_event",
                          "UPDATE audit_head SET last_seq = 0", "DELETE FROM audit_head", "DELETE FROM audit_pending",
                          "UPDATE audit_pending SET outcome = 'ok'", "TRUNCATE audit_pending"}) {
    pqxx::work tx(c);
    EXPECT_THROW(tx.exec(sql), pqxx::sql_error) << sql;
  }
  EXPECT_TRUE(Verify().intact);
  EXPECT_EQ(Verify().events_checked, 4);
}

// V0017 moved the pending table's rules into domains: the database still
// refuses a malformed action or outcome from any writer, and changes nothing.
TEST_F(AuditChainTest, APendingEventWithAMalformedActionOrOutcomeIsRefused) {
  WriteMany(2);
  pqxx::connection c(conninfo_);
  const std::string insert =
      "INSERT INTO audit_pending (actor_username, action, target_type, target_id, outcome, details) "
      "VALUES ('tester', $1, 'thing', '1', $2, '{}')";
  for (const auto& [action, outcome] : std::vector<std::pair<std::string, std::string>>{{"Customer View", "ok"},
                                                                                        {"customer", "ok"},
                                                                                        {"customer.view;", "ok"},
                                                                                        {"customer.view", "maybe"},
                                                                                        {"customer.view", "OK"},
                                                                                        {"", "ok"}}) {
    pqxx::work tx(c);
    tx.exec0("SET LOCAL ROLE crm_app");
    EXPECT_THROW(tx.exec_params(insert, action, outcome), pqxx::check_violation) << action << " / " << outcome;
  }
  EXPECT_THROW(Write("Customer View"), crm::Error);
  {
    pqxx::work tx(c);
    tx.exec0("SET LOCAL ROLE crm_app");
    tx.exec_params(insert, "customer.view", "denied");
    tx.commit();
  }
  auto r = Verify();
  EXPECT_TRUE(r.intact);
  EXPECT_EQ(r.events_checked, 3);
}

TEST_F(AuditChainTest, EventsLandInMonthlyPartitions) {
  WriteMany(2);
  Verify();  // sealed
  ASSERT_EQ(CountAll("audit_event"), 2);
  pqxx::connection c(conninfo_);
  pqxx::read_transaction tx(c);
  auto r = tx.exec("SELECT tableoid::regclass::text FROM audit_event LIMIT 1");
  EXPECT_EQ(r[0][0].as<std::string>().rfind("audit_event_y", 0), 0u);
  auto parts = tx.exec("SELECT count(*) FROM pg_inherits WHERE inhparent = 'audit_event'::regclass")[0][0].as<int>();
  EXPECT_GE(parts, 4);  // this month and three ahead
}

// --- Atomicity ------------------------------------------------------------------

TEST_F(AuditChainTest, AFailedBusinessWriteLeavesNoEvent) {
  {
    pqxx::connection c(conninfo_);
    pqxx::work tx(c);
    tx.exec0("CREATE TABLE business(id int PRIMARY KEY, v int CHECK (v >= 0))");
    tx.exec0("GRANT SELECT, INSERT ON business TO crm_app");
    tx.commit();
  }
  EXPECT_THROW(
      crm::storage::InTransaction(*pool_, {},
                                  [](pqxx::work& tx) {
                                    tx.exec0("INSERT INTO business VALUES (1, 1)");
                                    AuditRepository::Record(
                                        tx, {"", "tester", "TEST", "", "", ""},
                                        {"business.write", "business", "1", "", crm::storage::AuditOutcome::kOk, {}});
                                    tx.exec0("INSERT INTO business VALUES (2, -1)");  // violates the check
                                  }),
      crm::Error);
  EXPECT_EQ(CountAll("audit_trail"), 0);
  EXPECT_EQ(CountAll("business"), 0);
}

TEST_F(AuditChainTest, AFailedEventWriteRollsBackTheBusinessWrite) {
  {
    pqxx::connection c(conninfo_);
    pqxx::work tx(c);
    tx.exec0("CREATE TABLE business(id int PRIMARY KEY)");
    tx.exec0("GRANT SELECT, INSERT ON business TO crm_app");
    tx.commit();
  }
  // An event the database refuses (an action name outside the allowed form).
  EXPECT_THROW(crm::storage::InTransaction(
                   *pool_, {},
                   [](pqxx::work& tx) {
                     tx.exec0("INSERT INTO business VALUES (1)");
                     AuditRepository::Record(
                         tx, {"", "tester", "TEST", "", "", ""},
                         {"NOT A VALID ACTION", "business", "1", "", crm::storage::AuditOutcome::kOk, {}});
                   }),
               crm::Error);
  // And no audit key at all: the write is refused too.
  auto signer = crm::security::AuditSigner::Process();
  crm::security::AuditSigner::SetProcessSigner(nullptr);
  EXPECT_THROW(
      crm::storage::InTransaction(*pool_, {},
                                  [](pqxx::work& tx) {
                                    tx.exec0("INSERT INTO business VALUES (2)");
                                    AuditRepository::Record(
                                        tx, {"", "tester", "TEST", "", "", ""},
                                        {"business.write", "business", "2", "", crm::storage::AuditOutcome::kOk, {}});
                                  }),
      crm::Error);
  crm::security::AuditSigner::SetProcessSigner(signer);
  EXPECT_EQ(CountAll("business"), 0);
  EXPECT_EQ(CountAll("audit_trail"), 0);
}

TEST_F(AuditChainTest, ALateCommitIsChainedAfterEarlierSealsWithoutAGap) {
  pqxx::connection slow(conninfo_);
  pqxx::work slow_tx(slow);
  slow_tx.exec0("SET LOCAL ROLE crm_app");
  crm::storage::PrepareAll(slow);
  AuditRepository::Record(slow_tx, {"", "slow", "TEST", "", "", ""},
                          {"customer.view", "customer", "1", "", crm::storage::AuditOutcome::kOk, {}});
  Write("customer.view");  // a later event, committed first
  auto first = Verify();
  EXPECT_TRUE(first.intact);
  EXPECT_EQ(first.events_checked, 1);
  slow_tx.commit();
  auto second = Verify();
  EXPECT_TRUE(second.intact) << second.detail;
  EXPECT_EQ(second.events_checked, 2);
  EXPECT_EQ(CountAll("audit_pending"), 0);
}

// --- Concurrency ------------------------------------------------------------------

TEST_F(AuditChainTest, EightWritersKeepOneIntactChain) {
  {
    pqxx::connection c(conninfo_);
    pqxx::work tx(c);
    tx.exec0("CREATE TABLE business(id bigserial PRIMARY KEY, writer int, n int)");
    tx.exec0("GRANT SELECT, INSERT ON business TO crm_app");
    tx.exec0("GRANT USAGE ON SEQUENCE business_id_seq TO crm_app");
    tx.commit();
  }
  constexpr int kThreads = 8, kEach = 1000;
  std::atomic<int> acked{0}, failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        try {
          crm::storage::InTransaction(*pool_, {}, [&](pqxx::work& tx) {
            tx.exec_params("INSERT INTO business (writer, n) VALUES ($1, $2)", t, i);
            AuditRepository::Record(tx, {"", "writer" + std::to_string(t), "TEST", "", "", ""},
                                    {"business.write",
                                     "business",
                                     std::to_string(i),
                                     "",
                                     crm::storage::AuditOutcome::kOk,
                                     {{"writer", t}, {"n", i}}});
          });
          ++acked;
        } catch (const crm::Error&) {
          ++failed;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failed.load(), 0);
  auto r = Verify();
  EXPECT_TRUE(r.intact) << r.detail << " at " << r.first_bad_seq;
  EXPECT_EQ(r.events_checked, acked.load());
  pqxx::connection c(conninfo_);
  pqxx::read_transaction tx(c);
  EXPECT_EQ(tx.exec("SELECT count(*) FROM business")[0][0].as<int>(), acked.load());
}

TEST_F(AuditChainTest, OneStatementWritesTheChangeAndItsEvent) {
  {
    pqxx::connection c(conninfo_);
    pqxx::work tx(c);
    tx.exec0("CREATE TABLE business(id int PRIMARY KEY, v int)");
    tx.exec0("INSERT INTO business VALUES (1, 0), (2, 0)");
    tx.exec0("GRANT SELECT, UPDATE ON business TO crm_app");
    tx.commit();
  }
  const std::string sql =
      AuditRepository::WithEventSql("UPDATE business SET v = v + 1 WHERE id = $1 RETURNING id, v", 1);
  crm::storage::AuditWho who{"", "tester", "TEST", "", "", "r1"};
  for (int id : {1, 2, 3}) {  // 3 does not exist: no change, no event
    crm::storage::InTransaction(*pool_, {}, [&](pqxx::work& tx) {
      tx.conn().prepare("business_bump_audited", sql);
      auto rows = AuditRepository::ExecWithEvent(
          tx, "business_bump_audited", who,
          {"business.update", "business", std::to_string(id), "", crm::storage::AuditOutcome::kOk, {{"fields", {"v"}}}},
          id);
      EXPECT_EQ(rows.size(), id == 3 ? 0u : 1u);
      if (!rows.empty()) {
        EXPECT_EQ(rows[0][1].as<int>(), 1);
      }
    });
  }
  auto r = Verify();
  EXPECT_TRUE(r.intact);
  EXPECT_EQ(r.events_checked, 2);
  auto events = All();
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].target_id, "1");
  EXPECT_EQ(events[1].target_id, "2");
  EXPECT_EQ(events[1].request_id, "r1");
  EXPECT_EQ(events[1].details_json, "{\"fields\":[\"v\"]}");
  // A failing business statement leaves neither.
  EXPECT_THROW(crm::storage::InTransaction(
                   *pool_, {},
                   [&](pqxx::work& tx) {
                     AuditRepository::ExecWithEvent(
                         tx, "business_bump_audited", who,
                         {"business.update", "business", "x", "", crm::storage::AuditOutcome::kOk, {}}, "not-a-number");
                   }),
               crm::Error);
  EXPECT_EQ(CountAll("audit_trail"), 2);
}

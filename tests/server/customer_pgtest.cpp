// Clients through a real in-process server over TLS (product.md sections 1
// and 5, regulatory.md section 3): scoping defended twice, encryption at rest,
// masking, reveal with a reason, etags, idempotent create, validation.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <pqxx/pqxx>

#include "crm/v1/customer.grpc.pb.h"
#include "storage/audit_sealer.h"
#include "storage/connection_pool.h"
#include "support/test_server.h"
#include "usecases/user_admin.h"

using crm::testing::AuthedContext;
using crm::testing::ErrorReason;
using crm::testing::TestServer;
using crm::testing::ViolationFields;

namespace {

// A synthetic resident ID with a correct check digit (GB 11643).
std::string SyntheticPrcId(const std::string& first17) {
  static const int kW[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static const char kC[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (first17[i] - '0') * kW[i];
  return first17 + kC[sum % 11];
}

const std::string kCanaryId = SyntheticPrcId("11010519850317002");
const std::string kCanaryPhone = "13912345678";

class CustomerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    {
      crm::storage::ConnectionPool pool(server_->conninfo(), 1);
      crm::SystemClock clock;
      crm::usecases::UserAdmin admin(pool, clock, server_->config().auth_settings(), "test");
      admin.CreateBranch("B2", "Branch Two");
      admin.CreateTeam("B2", "T3", "Team Three");
      auto add = [&](const char* name, const char* role, const char* branch, const char* team) {
        crm::usecases::CreateUserInput in{name, std::string("Test ") + name, role, branch, team, TestServer::kPassword, false};
        admin.CreateUser(in);
      };
      add("manager1", "ACCOUNT_MANAGER", "B1", "T1");
      add("manager2", "ACCOUNT_MANAGER", "B1", "T2");
      add("manager3", "ACCOUNT_MANAGER", "B2", "T3");
      add("manager4", "ACCOUNT_MANAGER", "B1", "T1");
      add("lead1", "TEAM_LEAD", "B1", "T1");
      add("lead2", "TEAM_LEAD", "B1", "T2");
      add("branchmgr1", "BRANCH_MANAGER", "B1", "");
      add("branchmgr2", "BRANCH_MANAGER", "B2", "");
      add("compliance1", "COMPLIANCE_OFFICER", "", "");
      add("admin1", "ADMIN", "", "");
    }
    channel_ = new std::shared_ptr<grpc::Channel>(server_->Channel());
    for (const char* u : {"manager1", "manager2", "manager3", "manager4", "lead1", "lead2", "branchmgr1", "branchmgr2",
                          "compliance1", "admin1"})
      tokens_[u] = crm::testing::LoginOrDie(**channel_, u, TestServer::kPassword);
  }
  static void TearDownTestSuite() {
    delete channel_;
    delete server_;
  }

  void SetUp() override { stub_ = crm::v1::CustomerService::NewStub(*channel_); }

  crm::v1::Customer Sample(const std::string& name) {
    crm::v1::Customer c;
    c.set_kind(crm::v1::INDIVIDUAL);
    c.set_name(name);
    c.set_gender("F");
    c.mutable_birth_date()->set_year(1985);
    c.mutable_birth_date()->set_month(3);
    c.mutable_birth_date()->set_day(17);
    c.set_id_type(crm::v1::PRC_ID_CARD);
    c.set_id_number(kCanaryId);
    c.set_phone(kCanaryPhone);
    c.set_email("zhang.wei@example.com");
    c.set_address("北京市朝阳区建国路88号");
    c.set_district("北京市朝阳区");
    c.set_occupation("engineer");
    return c;
  }

  grpc::Status Create(const std::string& who, const crm::v1::Customer& c, crm::v1::Customer* out,
                      const std::string& request_id = "") {
    auto ctx = AuthedContext(tokens_[who]);
    crm::v1::CreateCustomerRequest req;
    static int n = 0;
    req.set_request_id(request_id.empty() ? "req-" + std::to_string(++n) : request_id);
    *req.mutable_customer() = c;
    return stub_->CreateCustomer(ctx.get(), req, out);
  }

  grpc::Status Get(const std::string& who, const std::string& id, crm::v1::Customer* out) {
    auto ctx = AuthedContext(tokens_[who]);
    crm::v1::GetCustomerRequest req;
    req.set_id(id);
    return stub_->GetCustomer(ctx.get(), req, out);
  }

  static std::string UserId(const std::string& username) {
    pqxx::connection c(server_->conninfo());
    pqxx::read_transaction tx(c);
    return tx.exec_params("SELECT id::text FROM app_user WHERE username = $1", username)[0][0].as<std::string>();
  }

  static int Count(const std::string& sql) {
    pqxx::connection c(server_->conninfo());
    pqxx::read_transaction tx(c);
    return tx.exec(sql)[0][0].as<int>();
  }

  static TestServer* server_;
  static std::shared_ptr<grpc::Channel>* channel_;
  static std::map<std::string, std::string> tokens_;
  std::unique_ptr<crm::v1::CustomerService::Stub> stub_;
};

TestServer* CustomerTest::server_ = nullptr;
std::shared_ptr<grpc::Channel>* CustomerTest::channel_ = nullptr;
std::map<std::string, std::string> CustomerTest::tokens_;

}  // namespace

TEST_F(CustomerTest, CreateAndGetMaskEverySensitiveField) {
  crm::v1::Customer created;
  auto s = Create("manager1", Sample("张伟"), &created);
  ASSERT_TRUE(s.ok()) << s.error_message();
  // regulatory.md section 3: ID first 3 and last 4, mobile first 3 and last 4,
  // address down to the district.
  EXPECT_EQ(created.id_number(), kCanaryId.substr(0, 3) + std::string(11, '*') + kCanaryId.substr(14));
  EXPECT_EQ(created.phone(), "139****5678");
  EXPECT_EQ(created.email(), "z***@example.com");
  EXPECT_EQ(created.address(), "北京市朝阳区****");
  EXPECT_EQ(created.status(), crm::v1::PROSPECT);
  EXPECT_EQ(created.etag(), "v1");
  crm::v1::Customer got;
  ASSERT_TRUE(Get("manager1", created.id(), &got).ok());
  EXPECT_EQ(got.id_number(), created.id_number());
  EXPECT_EQ(got.phone(), "139****5678");
  EXPECT_EQ(got.name(), "张伟");
  EXPECT_EQ(got.birth_date().year(), 1985);
}

TEST_F(CustomerTest, CreateIsIdempotentByRequestId) {
  crm::v1::Customer a, b;
  ASSERT_TRUE(Create("manager1", Sample("李娜"), &a, "idem-1").ok());
  ASSERT_TRUE(Create("manager1", Sample("李娜"), &b, "idem-1").ok());
  EXPECT_EQ(a.id(), b.id());
  EXPECT_EQ(Count("SELECT count(*) FROM customer WHERE request_id = 'idem-1'"), 1);
}

TEST_F(CustomerTest, BadInputNamesEachFieldAndChangesNothing) {
  int before = Count("SELECT count(*) FROM customer");
  auto c = Sample("");
  c.set_id_number(kCanaryId.substr(0, 17) + (kCanaryId[17] == '1' ? "2" : "1"));  // wrong check digit
  c.set_phone("12345");
  c.set_email("not-an-email");
  crm::v1::Customer out;
  auto s = Create("manager1", c, &out);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  auto fields = ViolationFields(s);
  for (const char* f : {"customer.name", "customer.id_number", "customer.phone", "customer.email"})
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end()) << f;
  // No personal data in the error text.
  EXPECT_EQ(s.error_message().find("12345"), std::string::npos);
  EXPECT_EQ(Count("SELECT count(*) FROM customer"), before);
}

TEST_F(CustomerTest, EachRoleSeesExactlyItsScopeAndDenialsAreRecorded) {
  crm::v1::Customer c;
  ASSERT_TRUE(Create("manager1", Sample("王芳"), &c).ok());
  struct Case {
    const char* who;
    grpc::StatusCode code;
  };
  for (const auto& k : {Case{"manager1", grpc::StatusCode::OK}, Case{"manager2", grpc::StatusCode::NOT_FOUND},
                        Case{"manager3", grpc::StatusCode::NOT_FOUND}, Case{"lead1", grpc::StatusCode::OK},
                        Case{"lead2", grpc::StatusCode::NOT_FOUND}, Case{"branchmgr1", grpc::StatusCode::OK},
                        Case{"branchmgr2", grpc::StatusCode::NOT_FOUND}, Case{"compliance1", grpc::StatusCode::OK},
                        Case{"admin1", grpc::StatusCode::PERMISSION_DENIED}}) {
    crm::v1::Customer got;
    EXPECT_EQ(Get(k.who, c.id(), &got).error_code(), k.code) << k.who;
  }
  // Writes: compliance reads but never changes; others outside scope see nothing.
  for (const auto& k : {Case{"compliance1", grpc::StatusCode::PERMISSION_DENIED},
                        Case{"admin1", grpc::StatusCode::PERMISSION_DENIED},
                        Case{"manager2", grpc::StatusCode::NOT_FOUND}, Case{"branchmgr2", grpc::StatusCode::NOT_FOUND}}) {
    auto ctx = AuthedContext(tokens_[k.who]);
    crm::v1::UpdateCustomerRequest req;
    req.mutable_customer()->set_id(c.id());
    req.mutable_customer()->set_occupation("x");
    req.mutable_update_mask()->add_paths("occupation");
    req.set_etag(c.etag());
    crm::v1::Customer out;
    EXPECT_EQ(stub_->UpdateCustomer(ctx.get(), req, &out).error_code(), k.code) << k.who;
  }
  server_->server().sealer().SealNow();
  // Every denied read and write is on record against this client or the RPC.
  EXPECT_EQ(Count("SELECT count(*) FROM audit_event WHERE target_id = '" + c.id() +
                  "' AND outcome = 'denied' AND action IN ('customer.view','customer.update')"),
            4 + 2);  // reads: manager2, manager3, lead2, branchmgr2; writes: manager2, branchmgr2
  EXPECT_GE(Count("SELECT count(*) FROM audit_event WHERE action = 'auth.permission_denied' "
                  "AND target_id LIKE '/crm.v1.CustomerService/%'"),
            3);
}

TEST_F(CustomerTest, RowLevelSecurityHoldsWithoutTheServiceCheck) {
  crm::v1::Customer c;
  ASSERT_TRUE(Create("manager1", Sample("赵敏"), &c).ok());
  pqxx::connection conn(server_->conninfo());
  auto visible = [&](const std::string& actor_id, const std::string& role, const std::string& team,
                     const std::string& branch) {
    pqxx::work tx(conn);
    tx.exec0("SET LOCAL ROLE crm_app");
    tx.exec_params("SELECT set_config('crm.actor_id', $1, true), set_config('crm.actor_role', $2, true), "
                   "set_config('crm.actor_team', $3, true), set_config('crm.actor_branch', $4, true)",
                   actor_id, role, team, branch);
    int n = tx.exec_params("SELECT count(*) FROM customer WHERE id = $1::uuid", c.id())[0][0].as<int>();
    int updated = static_cast<int>(
        tx.exec_params("UPDATE customer SET occupation = 'hacked' WHERE id = $1::uuid", c.id()).affected_rows());
    tx.abort();
    return std::pair{n, updated};
  };
  pqxx::read_transaction q(conn);
  auto ids = q.exec_params(
      "SELECT (SELECT id::text FROM app_user WHERE username = 'manager2'), (SELECT team_id::text FROM app_user WHERE "
      "username = 'lead2'), (SELECT branch_id::text FROM app_user WHERE username = 'branchmgr2')")[0];
  std::string m2 = ids[0].as<std::string>(), t2 = ids[1].as<std::string>(), b2 = ids[2].as<std::string>();
  q.commit();
  EXPECT_EQ(visible(c.owner_user_id(), "ACCOUNT_MANAGER", c.team_id(), c.branch_id()), std::pair(1, 1));
  EXPECT_EQ(visible(m2, "ACCOUNT_MANAGER", t2, c.branch_id()), std::pair(0, 0));
  EXPECT_EQ(visible(m2, "TEAM_LEAD", t2, c.branch_id()), std::pair(0, 0));
  EXPECT_EQ(visible(m2, "BRANCH_MANAGER", "", b2), std::pair(0, 0));
  EXPECT_EQ(visible(m2, "COMPLIANCE_OFFICER", "", ""), std::pair(1, 0));  // reads, never writes
  EXPECT_EQ(visible(m2, "ADMIN", "", ""), std::pair(0, 0));
  EXPECT_EQ(visible("", "", "", ""), std::pair(0, 0));  // nobody set: nothing
}

TEST_F(CustomerTest, NoPlaintextOfSensitiveFieldsAnywhereInTheDatabase) {
  crm::v1::Customer c;
  ASSERT_TRUE(Create("manager1", Sample("钱多多"), &c).ok());
  crm::v1::Customer got;
  ASSERT_TRUE(Get("manager1", c.id(), &got).ok());
  server_->server().sealer().SealNow();
  std::string cmd = "/usr/lib/postgresql/15/bin/pg_dump '" + server_->conninfo() + "'";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string dump;
  std::array<char, 65536> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) dump.append(buf.data(), n);
  ASSERT_EQ(pclose(p), 0);
  ASSERT_GT(dump.size(), 1000u);
  EXPECT_NE(dump.find("钱多多"), std::string::npos);  // the dump is real
  EXPECT_EQ(dump.find(kCanaryId), std::string::npos);
  EXPECT_EQ(dump.find(kCanaryPhone), std::string::npos);
  EXPECT_EQ(dump.find("zhang.wei@example.com"), std::string::npos);
  EXPECT_EQ(dump.find("建国路88号"), std::string::npos);
}

TEST_F(CustomerTest, RevealNeedsAReasonTheRightRoleAndIsRecorded) {
  crm::v1::Customer c;
  ASSERT_TRUE(Create("manager1", Sample("孙丽"), &c).ok());
  auto reveal = [&](const std::string& who, const std::string& reason, crm::v1::RevealSensitiveFieldResponse* out) {
    auto ctx = AuthedContext(tokens_[who]);
    crm::v1::RevealSensitiveFieldRequest req;
    req.set_id(c.id());
    req.set_field(crm::v1::PHONE);
    req.set_reason(reason);
    return stub_->RevealSensitiveField(ctx.get(), req, out);
  };
  crm::v1::RevealSensitiveFieldResponse out;
  auto no_reason = reveal("manager1", " ", &out);
  EXPECT_EQ(no_reason.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(ViolationFields(no_reason), std::vector<std::string>{"reason"});
  ASSERT_TRUE(reveal("manager1", "client called to confirm a trade", &out).ok());
  EXPECT_EQ(out.value(), kCanaryPhone);
  EXPECT_TRUE(reveal("compliance1", "AML review", &out).ok());
  EXPECT_EQ(reveal("lead1", "curious", &out).error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(reveal("manager2", "curious", &out).error_code(), grpc::StatusCode::NOT_FOUND);
  server_->server().sealer().SealNow();
  EXPECT_EQ(Count("SELECT count(*) FROM audit_event WHERE action = 'customer.reveal' AND target_id = '" + c.id() +
                  "' AND outcome = 'ok' AND reason IS NOT NULL AND details->>'field' = 'phone'"),
            2);
}

TEST_F(CustomerTest, AStaleEtagIsAbortedAndAFreshOneUpdatesOnlyTheMaskedFields) {
  crm::v1::Customer c;
  ASSERT_TRUE(Create("manager1", Sample("周杰"), &c).ok());
  auto update = [&](const std::string& etag, crm::v1::Customer* out) {
    auto ctx = AuthedContext(tokens_["manager1"]);
    crm::v1::UpdateCustomerRequest req;
    req.mutable_customer()->set_id(c.id());
    req.mutable_customer()->set_phone("13700001111");
    req.mutable_customer()->set_name("ignored: not in the mask");
    req.mutable_update_mask()->add_paths("phone");
    req.set_etag(etag);
    return stub_->UpdateCustomer(ctx.get(), req, out);
  };
  crm::v1::Customer updated;
  ASSERT_TRUE(update(c.etag(), &updated).ok());
  EXPECT_EQ(updated.phone(), "137****1111");
  EXPECT_EQ(updated.name(), "周杰");
  EXPECT_EQ(updated.etag(), "v2");
  auto stale = update(c.etag(), &updated);
  EXPECT_EQ(stale.error_code(), grpc::StatusCode::ABORTED);
  EXPECT_EQ(ErrorReason(stale), "ETAG_MISMATCH");
  server_->server().sealer().SealNow();
  // The event names the field and carries keyed hashes, never the numbers.
  pqxx::connection conn(server_->conninfo());
  pqxx::read_transaction tx(conn);
  auto details = tx.exec_params("SELECT details::text FROM audit_event WHERE action = 'customer.update' AND "
                                "target_id = $1 AND outcome = 'ok'",
                                c.id())[0][0]
                     .as<std::string>();
  EXPECT_NE(details.find("\"fields\":[\"phone\"]"), std::string::npos) << details;
  EXPECT_NE(details.find("old_hmac"), std::string::npos);
  EXPECT_EQ(details.find("13700001111"), std::string::npos);
  EXPECT_EQ(details.find(kCanaryPhone), std::string::npos);
}

TEST_F(CustomerTest, SearchFindsByExactPhoneOrIdAndByNameWithinScope) {
  crm::v1::Customer c;
  auto sample = Sample("欧阳娜娜");
  sample.set_phone("13655556666");
  sample.set_id_number(SyntheticPrcId("31010419900101123"));
  ASSERT_TRUE(Create("manager1", sample, &c).ok());
  auto search = [&](const std::string& who, const std::string& q) {
    auto ctx = AuthedContext(tokens_[who]);
    crm::v1::SearchCustomersRequest req;
    req.set_query(q);
    crm::v1::SearchCustomersResponse resp;
    auto s = stub_->SearchCustomers(ctx.get(), req, &resp);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return resp;
  };
  auto by_phone = search("manager1", "136 5555 6666");
  EXPECT_EQ(by_phone.matched_by(), "phone");
  ASSERT_EQ(by_phone.customers_size(), 1);
  EXPECT_EQ(by_phone.customers(0).id(), c.id());
  auto by_id = search("manager1", SyntheticPrcId("31010419900101123"));
  EXPECT_EQ(by_id.matched_by(), "id_number");
  ASSERT_EQ(by_id.customers_size(), 1);
  auto by_name = search("manager1", "阳娜");
  EXPECT_EQ(by_name.matched_by(), "name");
  ASSERT_GE(by_name.customers_size(), 1);
  EXPECT_EQ(search("manager2", "13655556666").customers_size(), 0);
  EXPECT_EQ(search("manager2", "阳娜").customers_size(), 0);
  server_->server().sealer().SealNow();
  // Search events never carry the number that was searched for.
  EXPECT_EQ(Count("SELECT count(*) FROM audit_event WHERE action = 'customer.search' AND "
                  "details::text LIKE '%13655556666%'"),
            0);
}

// Name search finds candidates through the character-pair index (V0010) and
// decides with ILIKE: every fragment shape a user types must still match
// exactly what a plain substring search would, in every role's scope.
TEST_F(CustomerTest, NameSearchMatchesAnyFragmentShapeInEveryScope) {
  crm::v1::Customer c1, c2, c3, c4;
  ASSERT_TRUE(Create("manager1", Sample("司马相如"), &c1).ok());
  ASSERT_TRUE(Create("manager1", Sample("Sima Xiangru"), &c2).ok());
  ASSERT_TRUE(Create("manager1", Sample("司马100%基金"), &c3).ok());
  ASSERT_TRUE(Create("manager3", Sample("司马光"), &c4).ok());
  auto names = [&](const std::string& who, const std::string& q) {
    auto ctx = AuthedContext(tokens_[who]);
    crm::v1::SearchCustomersRequest req;
    req.set_query(q);
    req.set_page_size(100);
    crm::v1::SearchCustomersResponse resp;
    auto s = stub_->SearchCustomers(ctx.get(), req, &resp);
    EXPECT_TRUE(s.ok()) << s.error_message();
    EXPECT_EQ(resp.matched_by(), "name");
    std::vector<std::string> out;
    for (const auto& c : resp.customers())
      if (c.name().find("司马") != std::string::npos || c.name().find("Sima") != std::string::npos)
        out.push_back(c.name());
    return out;
  };
  using V = std::vector<std::string>;
  // Shapes: one character, two, three, pairs present but not adjacent, Latin
  // in another case, LIKE wildcards taken literally.
  EXPECT_EQ(names("manager1", "马"), (V{"司马100%基金", "司马相如"}));
  EXPECT_EQ(names("manager1", "司马相"), (V{"司马相如"}));
  EXPECT_EQ(names("manager1", "马如"), V{});
  EXPECT_EQ(names("manager1", "相如司马"), V{});
  EXPECT_EQ(names("manager1", "sIMA xIANG"), (V{"Sima Xiangru"}));
  EXPECT_EQ(names("manager1", "0%基"), (V{"司马100%基金"}));
  EXPECT_EQ(names("manager1", "1_0"), V{});
  // Scope: own book only for a manager; team, branch, everyone for the others.
  EXPECT_EQ(names("manager4", "司马"), V{});                      // same team, not the owner
  EXPECT_EQ(names("lead1", "司马").size(), 2u);                   // team T1
  EXPECT_EQ(names("lead2", "司马"), V{});                         // team T2
  EXPECT_EQ(names("branchmgr1", "司马").size(), 2u);              // branch B1
  EXPECT_EQ(names("branchmgr2", "司马"), (V{"司马光"}));          // branch B2
  EXPECT_EQ(names("compliance1", "司马").size(), 3u);             // all
  // A renamed client is found by its new name only.
  auto ctx = AuthedContext(tokens_["manager3"]);
  crm::v1::UpdateCustomerRequest up;
  up.mutable_customer()->set_id(c4.id());
  up.mutable_customer()->set_name("诸葛亮");
  up.mutable_update_mask()->add_paths("name");
  up.set_etag(c4.etag());
  crm::v1::Customer renamed;
  ASSERT_TRUE(stub_->UpdateCustomer(ctx.get(), up, &renamed).ok());
  EXPECT_EQ(names("branchmgr2", "司马"), V{});
  auto ctx2 = AuthedContext(tokens_["branchmgr2"]);
  crm::v1::SearchCustomersRequest req;
  req.set_query("葛亮");
  crm::v1::SearchCustomersResponse resp;
  ASSERT_TRUE(stub_->SearchCustomers(ctx2.get(), req, &resp).ok());
  ASSERT_EQ(resp.customers_size(), 1);
  EXPECT_EQ(resp.customers(0).id(), c4.id());
}

// The search must reach customer_name_search_idx as the server's role, under
// row-level security: that needs the gram functions and @@> to be LEAKPROOF
// (V0010). Without it PostgreSQL filters the whole book row by row (0.4 s for
// a 50,000-client book instead of 5 ms). Plain scans are switched off so that
// a tiny test table gives the answer a million-client one does: the index
// when the condition may go ahead of the policy, a sequential scan otherwise.
TEST_F(CustomerTest, NameSearchUsesItsIndexUnderRowLevelSecurity) {
  pqxx::connection conn(server_->conninfo());
  pqxx::work tx(conn);
  tx.exec0("SET LOCAL ROLE crm_app");
  tx.exec0("SET LOCAL enable_seqscan = off");
  tx.exec0("SET LOCAL enable_indexscan = off");
  tx.exec("SELECT set_config('crm.actor_role', 'COMPLIANCE_OFFICER', true)");
  std::string plan;
  for (const auto& r : tx.exec_params("EXPLAIN SELECT id FROM customer WHERE archive_time IS NULL AND "
                                      "crm_name_grams(name) @@> crm_name_query_grams($1) AND name ILIKE $2 "
                                      "ORDER BY name, id LIMIT 20",
                                      "司马", "%司马%"))
    plan += r[0].as<std::string>() + "\n";
  EXPECT_NE(plan.find("Bitmap Index Scan on customer_name_search_idx"), std::string::npos) << plan;
  EXPECT_NE(plan.find("Index Cond: (crm_name_grams(name) @@>"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("Seq Scan"), std::string::npos) << plan;
}

// Every indexed list order reaches its index as crm_app under row-level
// security, for the first page and for the next (keyset) page (V0011):
// otherwise each page reads and sorts the whole scope (1.2 s at a million).
TEST_F(CustomerTest, ListOrdersUseTheirIndexUnderRowLevelSecurity) {
  pqxx::connection conn(server_->conninfo());
  pqxx::work tx(conn);
  tx.exec0("SET LOCAL ROLE crm_app");
  tx.exec0("SET LOCAL enable_seqscan = off");
  tx.exec0("SET LOCAL enable_sort = off");
  tx.exec("SELECT set_config('crm.actor_role', 'COMPLIANCE_OFFICER', true)");
  const std::vector<std::pair<std::string, std::string>> orders{
      {"crm_sort_key(tier)", "'B'"}, {"crm_sort_key(risk_level)", "'C3'"}, {"status", "'ACTIVE'"},
      {"create_time", "now()"}};
  for (const auto& [key, cursor] : orders) {
    for (const char* dir : {"ASC", "DESC"}) {
      const std::string cmp = std::string(dir) == "ASC" ? ">" : "<";
      std::string plan;
      for (const auto& r : tx.exec("EXPLAIN SELECT id FROM customer WHERE archive_time IS NULL AND (" + key +
                                   ", name, id) " + cmp + " (" + cursor +
                                   ", 'x', '00000000-0000-0000-0000-000000000000'::uuid) ORDER BY " + key + " " +
                                   dir + ", name " + dir + ", id " + dir + " LIMIT 101"))
        plan += r[0].as<std::string>() + "\n";
      EXPECT_NE(plan.find("Index Cond: (ROW("), std::string::npos) << key << " " << dir << "\n" << plan;
      EXPECT_EQ(plan.find("Sort"), std::string::npos) << key << " " << dir << "\n" << plan;
    }
  }
}

TEST_F(CustomerTest, ListsPageWithinScopeAndArchivingNeedsAReason) {
  for (int i = 0; i < 5; ++i) {
    crm::v1::Customer c;
    ASSERT_TRUE(Create("manager2", Sample("列表客户" + std::to_string(i)), &c).ok());
  }
  std::vector<std::string> names;
  std::string token;
  int pages = 0;
  do {
    auto ctx = AuthedContext(tokens_["manager2"]);
    crm::v1::ListCustomersRequest req;
    req.set_page_size(2);
    req.set_page_token(token);
    crm::v1::ListCustomersResponse resp;
    ASSERT_TRUE(stub_->ListCustomers(ctx.get(), req, &resp).ok());
    for (const auto& c : resp.customers()) {
      names.push_back(c.name());
      EXPECT_EQ(c.phone(), "139****5678");
    }
    token = resp.next_page_token();
  } while (!token.empty() && ++pages < 10);
  EXPECT_EQ(names.size(), 5u);  // only manager2's own clients
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));

  // lead2 (team T2) sees the same five; lead1 none of them.
  auto count_for = [&](const std::string& who) {
    auto ctx = AuthedContext(tokens_[who]);
    crm::v1::ListCustomersRequest req;
    req.set_page_size(500);
    crm::v1::ListCustomersResponse resp;
    EXPECT_TRUE(stub_->ListCustomers(ctx.get(), req, &resp).ok());
    int n = 0;
    for (const auto& c : resp.customers())
      if (c.name().rfind("列表客户", 0) == 0) ++n;
    return n;
  };
  EXPECT_EQ(count_for("lead2"), 5);
  EXPECT_EQ(count_for("lead1"), 0);
  EXPECT_EQ(count_for("compliance1"), 5);

  // Archive: a reason is required; archived clients leave the default list.
  auto ctx = AuthedContext(tokens_["manager2"]);
  crm::v1::ListCustomersRequest req;
  crm::v1::ListCustomersResponse resp;
  ASSERT_TRUE(stub_->ListCustomers(ctx.get(), req, &resp).ok());
  std::string id = resp.customers(0).id();
  crm::v1::ArchiveCustomerRequest arch;
  arch.set_id(id);
  crm::v1::Customer out;
  auto c1 = AuthedContext(tokens_["manager2"]);
  EXPECT_EQ(ViolationFields(stub_->ArchiveCustomer(c1.get(), arch, &out)), std::vector<std::string>{"reason"});
  arch.set_reason("client closed all accounts");
  auto c2 = AuthedContext(tokens_["manager2"]);
  ASSERT_TRUE(stub_->ArchiveCustomer(c2.get(), arch, &out).ok());
  EXPECT_TRUE(out.has_archive_time());
  EXPECT_EQ(count_for("lead2"), 4);
}

TEST_F(CustomerTest, LeadsTransferClientsWithAReasonAndHistoryIsKept) {
  crm::v1::Customer a, b;
  ASSERT_TRUE(Create("manager1", Sample("迁移客户甲"), &a).ok());
  ASSERT_TRUE(Create("manager1", Sample("迁移客户乙"), &b).ok());
  auto transfer = [&](const std::string& who, std::vector<std::string> ids, const std::string& to,
                      const std::string& reason) {
    auto ctx = AuthedContext(tokens_[who]);
    crm::v1::TransferCustomersRequest req;
    for (auto& id : ids) req.add_customer_ids(id);
    req.set_from_user_id(UserId("manager1"));
    req.set_to_user_id(UserId(to));
    req.set_reason(reason);
    crm::v1::TransferCustomersResponse resp;
    auto s = stub_->TransferCustomers(ctx.get(), req, &resp);
    return std::pair{s, resp.transferred()};
  };
  EXPECT_EQ(transfer("manager1", {a.id()}, "manager4", "leaving").first.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(ViolationFields(transfer("lead1", {a.id()}, "manager4", "").first), std::vector<std::string>{"reason"});
  // lead2 does not lead team T1: refused, and nothing moves.
  EXPECT_EQ(transfer("lead2", {a.id()}, "manager2", "reorg").first.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  auto ok = transfer("lead1", {a.id(), b.id()}, "manager4", "manager1 moves to the research desk");
  ASSERT_TRUE(ok.first.ok()) << ok.first.error_message();
  EXPECT_EQ(ok.second, 2);
  crm::v1::Customer got;
  EXPECT_EQ(Get("manager1", a.id(), &got).error_code(), grpc::StatusCode::NOT_FOUND);
  ASSERT_TRUE(Get("manager4", a.id(), &got).ok());
  EXPECT_EQ(got.owner_user_id(), UserId("manager4"));
  EXPECT_EQ(Count("SELECT count(*) FROM customer_owner_history WHERE customer_id IN ('" + a.id() + "','" + b.id() + "')"), 2);
  server_->server().sealer().SealNow();
  EXPECT_EQ(Count("SELECT count(*) FROM audit_event WHERE action = 'customer.transfer' AND reason = "
                  "'manager1 moves to the research desk'"),
            2);
}

// Sortable columns: every order_by pages through the same clients, in the
// order a user expects (ties by name), ascending and descending; a token only
// continues the order it was issued for; a bad order names the field.
TEST_F(CustomerTest, ListsInEveryOrderAcrossPages) {
  const char* tiers[] = {"B", "", "A", "C", "A", "B", "", "C"};
  for (int i = 0; i < 8; ++i) {
    crm::v1::Customer c;
    ASSERT_TRUE(Create("manager4", Sample(std::string("排序客户") + static_cast<char>('H' - i)), &c).ok());
    if (tiers[i][0] != '\0') {
      pqxx::connection conn(server_->conninfo());
      pqxx::work tx(conn);
      tx.exec_params0("UPDATE customer SET tier = $2 WHERE id = $1::uuid", c.id(), std::string(tiers[i]));
      tx.commit();
    }
  }
  struct Row {
    std::string name, tier, status;
    int64_t created = 0, updated = 0;
  };
  auto list = [&](const std::string& order_by, int page_size, grpc::Status* status = nullptr,
                  const std::string& token = "") {
    std::vector<Row> rows;
    std::string next = token;
    int pages = 0;
    do {
      auto ctx = AuthedContext(tokens_["manager4"]);
      crm::v1::ListCustomersRequest req;
      req.set_order_by(order_by);
      req.set_page_size(page_size);
      req.set_page_token(next);
      crm::v1::ListCustomersResponse resp;
      auto s = stub_->ListCustomers(ctx.get(), req, &resp);
      if (status) *status = s;
      if (!s.ok()) return rows;
      for (const auto& c : resp.customers())
        if (c.name().rfind("排序客户", 0) == 0)  // the manager's other clients come from other tests
          rows.push_back({c.name(), c.tier(), crm::v1::CustomerStatus_Name(c.status()),
                          c.create_time().seconds() * 1000000 + c.create_time().nanos() / 1000,
                          c.update_time().seconds() * 1000000 + c.update_time().nanos() / 1000});
      next = resp.next_page_token();
    } while (!next.empty() && ++pages < 20);
    return rows;
  };
  auto names = [](const std::vector<Row>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(r.name);
    return out;
  };
  const auto by_name = list("", 3);
  ASSERT_EQ(by_name.size(), 8u);
  EXPECT_TRUE(std::is_sorted(by_name.begin(), by_name.end(), [](const Row& a, const Row& b) { return a.name < b.name; }));
  auto desc = names(list("name desc", 3));
  auto asc = names(by_name);
  std::reverse(asc.begin(), asc.end());
  EXPECT_EQ(desc, asc);
  // Tier: '' (no tier yet) first, then A, B, C; within a tier by name.
  auto by_tier = list("tier", 3);
  ASSERT_EQ(by_tier.size(), 8u);
  EXPECT_TRUE(std::is_sorted(by_tier.begin(), by_tier.end(), [](const Row& a, const Row& b) {
    return std::tie(a.tier, a.name) < std::tie(b.tier, b.name);
  }));
  EXPECT_EQ(by_tier.front().tier, "");
  EXPECT_EQ(by_tier.back().tier, "C");
  auto by_tier_desc = list("TIER DESC", 2);
  ASSERT_EQ(by_tier_desc.size(), 8u);
  EXPECT_EQ(by_tier_desc.front().tier, "C");
  EXPECT_TRUE(std::is_sorted(by_tier_desc.begin(), by_tier_desc.end(), [](const Row& a, const Row& b) {
    return std::tie(a.tier, a.name) > std::tie(b.tier, b.name);
  }));
  auto newest = list("create_time desc", 3);
  ASSERT_EQ(newest.size(), 8u);
  EXPECT_TRUE(std::is_sorted(newest.begin(), newest.end(), [](const Row& a, const Row& b) { return a.created > b.created; }));
  EXPECT_EQ(newest.front().name, "排序客户A");  // created last
  auto updated = list("update_time", 3);
  EXPECT_EQ(updated.size(), 8u);
  auto by_status = list("status", 5);
  EXPECT_EQ(by_status.size(), 8u);
  // Errors: an unknown field, and a token carried over to another order.
  grpc::Status st;
  list("aum desc", 3, &st);
  EXPECT_EQ(ViolationFields(st), std::vector<std::string>{"order_by"});
  {
    auto ctx = AuthedContext(tokens_["manager4"]);
    crm::v1::ListCustomersRequest req;
    req.set_order_by("tier");
    req.set_page_size(2);
    crm::v1::ListCustomersResponse resp;
    ASSERT_TRUE(stub_->ListCustomers(ctx.get(), req, &resp).ok());
    ASSERT_FALSE(resp.next_page_token().empty());
    list("name", 2, &st, resp.next_page_token());
    EXPECT_EQ(ViolationFields(st), std::vector<std::string>{"page_token"});
  }
}

TEST_F(CustomerTest, ADelegationGivesTemporaryAccessThatEnds) {
  crm::v1::Customer c;
  ASSERT_TRUE(Create("manager1", Sample("委托客户"), &c).ok());
  crm::v1::Customer got;
  EXPECT_EQ(Get("manager2", c.id(), &got).error_code(), grpc::StatusCode::NOT_FOUND);
  auto delegate = [&](const std::string& who, const std::string& to, int64_t seconds_ahead) {
    auto ctx = AuthedContext(tokens_[who]);
    crm::v1::CreateDelegationRequest req;
    req.set_customer_id(c.id());
    req.set_delegate_user_id(UserId(to));
    req.mutable_expire_time()->set_seconds(std::time(nullptr) + seconds_ahead);
    req.set_reason("annual leave");
    crm::v1::Delegation d;
    return stub_->CreateDelegation(ctx.get(), req, &d);
  };
  EXPECT_EQ(ViolationFields(delegate("manager1", "manager2", -10)), std::vector<std::string>{"expire_time"});
  EXPECT_EQ(ViolationFields(delegate("manager1", "manager2", 100LL * 24 * 3600)), std::vector<std::string>{"expire_time"});
  ASSERT_TRUE(delegate("manager1", "manager2", 3600).ok());
  EXPECT_TRUE(Get("manager2", c.id(), &got).ok());
  // A delegate cannot pass the client on.
  EXPECT_EQ(delegate("manager2", "manager3", 3600).error_code(), grpc::StatusCode::NOT_FOUND);
  // When a delegation lapses, access ends (checked in the database as well).
  {
    pqxx::connection conn(server_->conninfo());
    pqxx::work tx(conn);
    tx.exec_params("INSERT INTO customer_delegation (customer_id, delegate_user_id, granted_by, reason, create_time, "
                   "expire_time) VALUES ($1::uuid, $2::uuid, $3::uuid, 'short', now() - interval '2 hours', "
                   "now() - interval '1 hour')",
                   c.id(), UserId("manager3"), UserId("manager1"));
    tx.commit();
  }
  EXPECT_EQ(Get("manager3", c.id(), &got).error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(CustomerTest, InteractionsAreAppendOnlyAndCorrectedByAmendments) {
  crm::v1::Customer c;
  ASSERT_TRUE(Create("manager1", Sample("服务记录客户"), &c).ok());
  auto create = [&](const std::string& summary, int64_t ago_s) {
    auto ctx = AuthedContext(tokens_["manager1"]);
    crm::v1::CreateInteractionRequest req;
    req.set_customer_id(c.id());
    req.set_channel(crm::v1::CHANNEL_PHONE);
    req.mutable_occur_time()->set_seconds(std::time(nullptr) - ago_s);
    req.set_summary(summary);
    crm::v1::Interaction out;
    EXPECT_TRUE(stub_->CreateInteraction(ctx.get(), req, &out).ok());
    return out;
  };
  auto first = create("Called about the bond fund; client will think it over.", 3600);
  create("Sent the prospectus by e-mail.", 60);
  {
    auto ctx = AuthedContext(tokens_["manager1"]);
    crm::v1::AmendInteractionRequest req;
    req.set_interaction_id(first.id());
    req.set_summary("Called about the money-market fund; client will think it over.");
    crm::v1::Interaction out;
    EXPECT_EQ(ViolationFields(stub_->AmendInteraction(ctx.get(), req, &out)), std::vector<std::string>{"reason"});
    req.set_reason("wrong product named");
    auto ctx2 = AuthedContext(tokens_["manager1"]);
    ASSERT_TRUE(stub_->AmendInteraction(ctx2.get(), req, &out).ok());
    EXPECT_EQ(out.amends_id(), first.id());
  }
  auto ctx = AuthedContext(tokens_["manager1"]);
  crm::v1::ListInteractionsRequest req;
  req.set_customer_id(c.id());
  crm::v1::ListInteractionsResponse list;
  ASSERT_TRUE(stub_->ListInteractions(ctx.get(), req, &list).ok());
  ASSERT_EQ(list.interactions_size(), 3);  // the original stays; the amendment is a new record
  int originals_marked = 0;
  for (const auto& i : list.interactions())
    if (i.id() == first.id()) {
      EXPECT_FALSE(i.amended_by_id().empty());
      EXPECT_EQ(i.summary(), "Called about the bond fund; client will think it over.");
      ++originals_marked;
    }
  EXPECT_EQ(originals_marked, 1);
  // Not even the owner of the tables can edit one in place.
  pqxx::connection conn(server_->conninfo());
  pqxx::work tx(conn);
  EXPECT_THROW(tx.exec_params("UPDATE interaction SET summary = 'x' WHERE id = $1::uuid", first.id()), pqxx::sql_error);
  tx.abort();
  auto other = AuthedContext(tokens_["manager2"]);
  EXPECT_EQ(stub_->ListInteractions(other.get(), req, &list).error_code(), grpc::StatusCode::NOT_FOUND);
  // The 360 view carries the latest contacts, newest first.
  crm::v1::Customer got;
  ASSERT_TRUE(Get("manager1", c.id(), &got).ok());
  ASSERT_GE(got.recent_interactions_size(), 2);
  EXPECT_LE(got.recent_interactions_size(), 5);
  EXPECT_EQ(got.recent_interactions(0).id(), list.interactions(0).id());
  EXPECT_GE(got.recent_interactions(0).occur_time().seconds(), got.recent_interactions(1).occur_time().seconds());
}

TEST_F(CustomerTest, ConsentIsPerPurposeAndChannelAndTheLatestIsInForce) {
  crm::v1::Customer c;
  ASSERT_TRUE(Create("manager1", Sample("同意客户"), &c).ok());
  auto consent = [&](crm::v1::ConsentPurpose purpose, crm::v1::ConsentChannel channel, bool granted) {
    auto ctx = AuthedContext(tokens_["manager1"]);
    crm::v1::UpdateConsentRequest req;
    req.set_customer_id(c.id());
    req.set_purpose(purpose);
    req.set_channel(channel);
    req.set_granted(granted);
    req.set_method("signed form 2026-11");
    crm::v1::Consent out;
    return stub_->UpdateConsent(ctx.get(), req, &out);
  };
  ASSERT_TRUE(consent(crm::v1::MARKETING, crm::v1::CONSENT_SMS, true).ok());
  ASSERT_TRUE(consent(crm::v1::MARKETING, crm::v1::CONSENT_EMAIL, true).ok());
  ASSERT_TRUE(consent(crm::v1::MARKETING, crm::v1::CONSENT_SMS, false).ok());  // withdrawn
  EXPECT_EQ(ViolationFields(consent(crm::v1::MARKETING, crm::v1::CONSENT_ALL, true)), std::vector<std::string>{"channel"});
  crm::v1::Customer got;
  ASSERT_TRUE(Get("manager1", c.id(), &got).ok());
  ASSERT_EQ(got.consents_size(), 2);
  for (const auto& k : got.consents()) {
    EXPECT_EQ(k.granted(), k.channel() == crm::v1::CONSENT_EMAIL) << crm::v1::ConsentChannel_Name(k.channel());
  }
  EXPECT_EQ(Count("SELECT count(*) FROM customer_consent WHERE customer_id = '" + c.id() + "'"), 3);  // history kept
}

TEST_F(CustomerTest, AccountsAreEncryptedMaskedAndFoundByExactNumber) {
  crm::v1::Customer c;
  ASSERT_TRUE(Create("manager1", Sample("账户客户"), &c).ok());
  auto ctx = AuthedContext(tokens_["manager1"]);
  crm::v1::AddAccountRequest req;
  req.set_customer_id(c.id());
  req.set_kind(crm::v1::BANK);
  req.set_number("6222 0212 3456 7890 123");
  crm::v1::Account account;
  ASSERT_TRUE(stub_->AddAccount(ctx.get(), req, &account).ok());
  EXPECT_EQ(account.number(), "622202*********0123");  // first 6 and last 4 (regulatory.md section 3)
  crm::v1::Customer got;
  ASSERT_TRUE(Get("manager1", c.id(), &got).ok());
  ASSERT_EQ(got.accounts_size(), 1);
  EXPECT_EQ(got.accounts(0).number(), "622202*********0123");
  auto sctx = AuthedContext(tokens_["manager1"]);
  crm::v1::SearchCustomersRequest sreq;
  sreq.set_query("6222021234567890123");
  crm::v1::SearchCustomersResponse sresp;
  ASSERT_TRUE(stub_->SearchCustomers(sctx.get(), sreq, &sresp).ok());
  EXPECT_EQ(sresp.matched_by(), "account_number");
  ASSERT_EQ(sresp.customers_size(), 1);
  EXPECT_EQ(sresp.customers(0).id(), c.id());
  EXPECT_EQ(Count("SELECT count(*) FROM customer_account WHERE number_mask = '622202*********0123' AND "
                  "position('\\x36323232303231323334' in number_enc) = 0"),
            1);
  auto bad = AuthedContext(tokens_["manager1"]);
  req.set_number("12ab");
  EXPECT_EQ(ViolationFields(stub_->AddAccount(bad.get(), req, &account)), std::vector<std::string>{"number"});
}

TEST_F(CustomerTest, HouseholdLinksClientsAndRelatedPersonsWithoutLeakingNames) {
  crm::v1::Customer husband, wife, colleague_client;
  ASSERT_TRUE(Create("manager1", Sample("家庭成员丈夫"), &husband).ok());
  ASSERT_TRUE(Create("manager1", Sample("家庭成员妻子"), &wife).ok());
  ASSERT_TRUE(Create("manager4", Sample("同事的客户"), &colleague_client).ok());
  auto add = [&](const std::string& who, crm::v1::RelationType type, const std::string& client, const std::string& name) {
    auto ctx = AuthedContext(tokens_[who]);
    crm::v1::AddRelationRequest req;
    req.set_customer_id(husband.id());
    req.set_relation(type);
    req.set_related_customer_id(client);
    req.set_related_name(name);
    crm::v1::Relation out;
    return stub_->AddRelation(ctx.get(), req, &out);
  };
  ASSERT_TRUE(add("manager1", crm::v1::SPOUSE, wife.id(), "").ok());
  ASSERT_TRUE(add("manager1", crm::v1::CHILD, "", "小明").ok());
  // manager1 cannot link a client outside their book.
  EXPECT_EQ(ViolationFields(add("manager1", crm::v1::SIBLING, colleague_client.id(), "")),
            std::vector<std::string>{"related_customer_id"});
  EXPECT_EQ(ViolationFields(add("manager1", crm::v1::SIBLING, "", "")), std::vector<std::string>{"related_customer_id"});
  // The lead links the two books; then manager1 sees the link but not the name.
  ASSERT_TRUE(add("lead1", crm::v1::SIBLING, colleague_client.id(), "").ok());
  crm::v1::Customer got;
  ASSERT_TRUE(Get("manager1", husband.id(), &got).ok());
  ASSERT_EQ(got.relations_size(), 3);
  std::map<crm::v1::RelationType, crm::v1::Relation> by_type;
  for (const auto& r : got.relations()) by_type[r.relation()] = r;
  EXPECT_EQ(by_type[crm::v1::SPOUSE].related_name(), "家庭成员妻子");
  EXPECT_EQ(by_type[crm::v1::CHILD].related_name(), "小明");
  EXPECT_FALSE(by_type[crm::v1::SIBLING].related_in_scope());
  EXPECT_EQ(by_type[crm::v1::SIBLING].related_name(), "");
  ASSERT_TRUE(Get("lead1", husband.id(), &got).ok());
  for (const auto& r : got.relations())
    if (r.relation() == crm::v1::SIBLING) {
      EXPECT_EQ(r.related_name(), "同事的客户");
    }
  // Both ways: the wife's view lists the husband as spouse; a child client
  // lists its father as parent; the colleague's client shows the link to a
  // client outside manager4's book without the name.
  crm::v1::Customer son;
  ASSERT_TRUE(Create("manager1", Sample("家庭成员儿子"), &son).ok());
  ASSERT_TRUE(add("manager1", crm::v1::CHILD, son.id(), "").ok());
  ASSERT_TRUE(Get("manager1", wife.id(), &got).ok());
  ASSERT_EQ(got.relations_size(), 1);
  EXPECT_EQ(got.relations(0).relation(), crm::v1::SPOUSE);
  EXPECT_EQ(got.relations(0).related_customer_id(), husband.id());
  EXPECT_EQ(got.relations(0).related_name(), "家庭成员丈夫");
  EXPECT_FALSE(got.relations(0).recorded_here());
  ASSERT_TRUE(Get("manager1", son.id(), &got).ok());
  ASSERT_EQ(got.relations_size(), 1);
  EXPECT_EQ(got.relations(0).relation(), crm::v1::PARENT);
  EXPECT_EQ(got.relations(0).related_name(), "家庭成员丈夫");
  ASSERT_TRUE(Get("manager4", colleague_client.id(), &got).ok());
  ASSERT_EQ(got.relations_size(), 1);
  EXPECT_EQ(got.relations(0).relation(), crm::v1::SIBLING);
  EXPECT_FALSE(got.relations(0).related_in_scope());
  EXPECT_EQ(got.relations(0).related_name(), "");
  // The turned-round kinds are answers only.
  auto bad = add("manager1", crm::v1::CONTROLLED_ENTITY, wife.id(), "");
  EXPECT_EQ(ViolationFields(bad), std::vector<std::string>{"relation"});
}

// The 360 view carries the latest holdings, the latest AUM and a year of
// daily AUM (oldest first), within the caller's scope only.
TEST_F(CustomerTest, GetCustomerCarriesHoldingsAndAYearOfAum) {
  crm::v1::Customer created;
  ASSERT_TRUE(Create("manager1", Sample("黄金周"), &created).ok());
  {
    pqxx::connection c(server_->conninfo());
    pqxx::work tx(c);
    tx.exec_params(
        "INSERT INTO aum_daily (customer_id, day, aum_minor) "
        "SELECT $1::uuid, current_date - g, 100000000 + (400 - g) * 1000 FROM generate_series(0, 400) g",
        created.id());
    tx.exec_params("INSERT INTO product (id, code, name, type, risk, currency) "
                   "VALUES (gen_random_uuid(), 'H-360', '稳健债券360', 'FUND', 2, 'CNY') ON CONFLICT DO NOTHING");
    tx.exec_params("INSERT INTO holding (customer_id, product_code, market_value_minor) VALUES "
                   "($1::uuid, 'H-360', 5000000), ($1::uuid, 'OFF-CATALOGUE', 7000000), ($1::uuid, 'SOLD', 0)",
                   created.id());
    tx.exec_params("INSERT INTO cash_balance (customer_id, amount_minor, as_of) VALUES ($1::uuid, 123456, "
                   "current_date - 1)",
                   created.id());
    tx.exec_params("INSERT INTO customer_metrics (customer_id, aum_minor, trades_90d, last_trade_date, "
                   "commission_12m_minor, net_cash_flow_3m_minor, avg_aum_3m_minor, as_of) VALUES ($1::uuid, 0, 7, "
                   "current_date - 3, 88800, -150000, 99000000, current_date) ON CONFLICT (customer_id) DO UPDATE SET "
                   "trades_90d = 7, last_trade_date = current_date - 3, commission_12m_minor = 88800, "
                   "net_cash_flow_3m_minor = -150000, avg_aum_3m_minor = 99000000",
                   created.id());
    tx.commit();
  }
  crm::v1::Customer got;
  ASSERT_TRUE(Get("manager1", created.id(), &got).ok());
  // The last 12 months only, oldest first, ending today with the latest AUM.
  ASSERT_EQ(got.aum_history_size(), 366);
  for (int i = 1; i < got.aum_history_size(); ++i) {
    const auto& a = got.aum_history(i - 1).day();
    const auto& b = got.aum_history(i).day();
    EXPECT_LT(std::make_tuple(a.year(), a.month(), a.day()), std::make_tuple(b.year(), b.month(), b.day()));
  }
  EXPECT_EQ(got.aum_minor(), 100000000 + 400 * 1000);
  EXPECT_EQ(got.aum_history(got.aum_history_size() - 1).aum_minor(), got.aum_minor());
  EXPECT_TRUE(got.has_aum_date());
  EXPECT_EQ(got.cash_minor(), 123456);
  EXPECT_TRUE(got.has_cash_date());
  ASSERT_TRUE(got.has_activity());
  EXPECT_EQ(got.activity().trades_90d(), 7);
  EXPECT_TRUE(got.activity().has_last_trade_date());
  EXPECT_EQ(got.activity().commission_12m_minor(), 88800);
  EXPECT_EQ(got.activity().net_cash_flow_3m_minor(), -150000);
  // Holdings: largest first, with the catalogue name where there is one;
  // positions sold down to zero are left out.
  ASSERT_EQ(got.holdings_size(), 2);
  EXPECT_EQ(got.holdings(0).product_code(), "OFF-CATALOGUE");
  EXPECT_EQ(got.holdings(0).product_name(), "");
  EXPECT_EQ(got.holdings(0).market_value_minor(), 7000000);
  EXPECT_EQ(got.holdings(1).product_name(), "稳健债券360");
  EXPECT_EQ(got.holdings(1).currency(), "CNY");
  // Another team's manager sees nothing of it.
  crm::v1::Customer other;
  EXPECT_EQ(Get("manager3", created.id(), &other).error_code(), grpc::StatusCode::NOT_FOUND);
}

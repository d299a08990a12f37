// The scoping matrix of issue 4 (product.md section 5): every role x the four
// positions a client can have relative to the caller (their own, the same
// team, another team of the branch, another branch) x every read and write
// method of crm.v1.CustomerService. Expected answers come from the spec, not
// from the policy module: an account manager works on their own clients, a
// team lead on the team's, a branch manager on the branch's, compliance reads
// everything and changes nothing, an administrator sees no client. Outside the
// scope a client does not exist (NOT_FOUND, or FAILED_PRECONDITION for a
// transfer, which never says which client); a role that may not use a method
// at all gets PERMISSION_DENIED. Every refusal leaves an audit event naming the
// caller.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <map>
#include <pqxx/pqxx>

#include "crm/v1/customer.grpc.pb.h"
#include "domain/policy.h"
#include "storage/connection_pool.h"
#include "storage/customer_repository.h"
#include "support/test_server.h"
#include "usecases/user_admin.h"

using crm::testing::AuthedContext;
using crm::testing::TestServer;
using grpc::StatusCode;

namespace {

enum class Rel { kOwn, kSameTeam, kOtherTeam, kOtherBranch };
const char* RelName(Rel r) {
  switch (r) {
    case Rel::kOwn: return "own";
    case Rel::kSameTeam: return "same team";
    case Rel::kOtherTeam: return "other team";
    case Rel::kOtherBranch: return "other branch";
  }
  return "?";
}
constexpr Rel kRels[] = {Rel::kOwn, Rel::kSameTeam, Rel::kOtherTeam, Rel::kOtherBranch};

// The callers: all in branch B1, team T1 where they have one.
struct Caller {
  const char* user;
  const char* role;
};
constexpr Caller kCallers[] = {{"am_own", "ACCOUNT_MANAGER"},
                               {"lead_t1", "TEAM_LEAD"},
                               {"bm_b1", "BRANCH_MANAGER"},
                               {"officer", "COMPLIANCE_OFFICER"},
                               {"admin", "ADMIN"}};

// What the spec says the caller sees (product.md section 5).
bool InScope(const std::string& role, Rel r) {
  if (role == "ACCOUNT_MANAGER") return r == Rel::kOwn;
  if (role == "TEAM_LEAD") return r == Rel::kOwn || r == Rel::kSameTeam;
  if (role == "BRANCH_MANAGER") return r != Rel::kOtherBranch;
  if (role == "COMPLIANCE_OFFICER") return true;
  return false;
}
StatusCode ExpectRead(const std::string& role, Rel r) {
  if (role == "ADMIN") return StatusCode::PERMISSION_DENIED;
  return InScope(role, r) ? StatusCode::OK : StatusCode::NOT_FOUND;
}
StatusCode ExpectWrite(const std::string& role, Rel r) {
  if (role == "ADMIN" || role == "COMPLIANCE_OFFICER") return StatusCode::PERMISSION_DENIED;
  return InScope(role, r) ? StatusCode::OK : StatusCode::NOT_FOUND;
}
// Plain text only to the owning manager, or compliance.
StatusCode ExpectReveal(const std::string& role, Rel r) {
  if (role == "ACCOUNT_MANAGER") return r == Rel::kOwn ? StatusCode::OK : StatusCode::NOT_FOUND;
  if (role == "COMPLIANCE_OFFICER") return StatusCode::OK;
  return StatusCode::PERMISSION_DENIED;
}
// Leads move clients between managers; a transfer outside the scope is
// refused as a whole without naming the client.
StatusCode ExpectTransfer(const std::string& role, Rel r) {
  if (role != "TEAM_LEAD" && role != "BRANCH_MANAGER") return StatusCode::PERMISSION_DENIED;
  return InScope(role, r) ? StatusCode::OK : StatusCode::FAILED_PRECONDITION;
}

class ScopingMatrixTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    tokens_ = server_->CreateSecondBranchAndUsers({{"am_own", "ACCOUNT_MANAGER", "B1", "T1"},
                                                   {"am_team", "ACCOUNT_MANAGER", "B1", "T1"},
                                                   {"am_delegate", "ACCOUNT_MANAGER", "B1", "T1"},
                                                   {"am_other_team", "ACCOUNT_MANAGER", "B1", "T2"},
                                                   {"am_other_branch", "ACCOUNT_MANAGER", "B2", "T3"},
                                                   {"lead_t1", "TEAM_LEAD", "B1", "T1"},
                                                   {"bm_b1", "BRANCH_MANAGER", "B1", ""},
                                                   {"officer", "COMPLIANCE_OFFICER", "", ""},
                                                   {"admin", "ADMIN", "", ""}});
    channel_ = new std::shared_ptr<grpc::Channel>(server_->Channel());
    // One client per position, created by its owner, with a contact to amend.
    const std::map<Rel, std::pair<const char*, const char*>> owners{{Rel::kOwn, {"am_own", "矩阵甲"}},
                                                                    {Rel::kSameTeam, {"am_team", "矩阵乙"}},
                                                                    {Rel::kOtherTeam, {"am_other_team", "矩阵丙"}},
                                                                    {Rel::kOtherBranch, {"am_other_branch", "矩阵丁"}}};
    auto stub = crm::v1::CustomerService::NewStub(*channel_);
    for (const auto& [rel, owner] : owners) {
      auto ctx = AuthedContext(tokens_[owner.first]);
      crm::v1::CreateCustomerRequest req;
      req.set_request_id(std::string("matrix-") + owner.first);
      req.mutable_customer()->set_kind(crm::v1::INDIVIDUAL);
      req.mutable_customer()->set_name(owner.second);
      req.mutable_customer()->set_phone("13800138000");
      crm::v1::Customer c;
      auto s = stub->CreateCustomer(ctx.get(), req, &c);
      ASSERT_TRUE(s.ok()) << s.error_message();
      clients_[rel] = c.id();
      names_[rel] = owner.second;
      owner_ids_[rel] = UserId(owner.first);
      auto ictx = AuthedContext(tokens_[owner.first]);
      crm::v1::CreateInteractionRequest ireq;
      ireq.set_customer_id(c.id());
      ireq.set_channel(crm::v1::CHANNEL_PHONE);
      ireq.set_summary("first call");
      crm::v1::Interaction i;
      ASSERT_TRUE(stub->CreateInteraction(ictx.get(), ireq, &i).ok());
    }
  }
  static void TearDownTestSuite() {
    delete channel_;
    delete server_;
  }
  void SetUp() override { stub_ = crm::v1::CustomerService::NewStub(*channel_); }

  static std::string UserId(const std::string& username) {
    pqxx::connection c(server_->conninfo());
    pqxx::read_transaction tx(c);
    return tx.exec_params1("SELECT id::text FROM app_user WHERE username = $1", username)[0].as<std::string>();
  }
  static std::string Query(const std::string& sql, const std::string& param) {
    pqxx::connection c(server_->conninfo());
    pqxx::read_transaction tx(c);
    auto r = tx.exec_params(sql, param);
    return r.empty() || r[0][0].is_null() ? std::string() : r[0][0].as<std::string>();
  }
  // Refusals on record for this caller (sealed or not yet).
  static int Denials(const std::string& user_id) {
    return std::stoi(
        Query("SELECT count(*) FROM audit_trail WHERE actor_user_id::text = $1 AND outcome = 'denied'", user_id));
  }

  // Runs one call and checks the answer and, for a refusal, its audit event.
  void Expect(const Caller& caller, Rel rel, const std::string& method, StatusCode expected,
              const std::function<grpc::Status(grpc::ClientContext*)>& call) {
    const std::string uid = UserId(caller.user);
    const int before = Denials(uid);
    auto ctx = AuthedContext(tokens_[caller.user]);
    const grpc::Status s = call(ctx.get());
    EXPECT_EQ(s.error_code(), expected) << caller.user << " " << method << " on the " << RelName(rel)
                                        << " client: " << s.error_message();
    if (expected != StatusCode::OK && s.error_code() == expected) {
      EXPECT_GT(Denials(uid), before) << caller.user << " " << method << " on the " << RelName(rel)
                                      << " client: the refusal is not on record";
    }
    ++calls_;
  }

  static TestServer* server_;
  static std::shared_ptr<grpc::Channel>* channel_;
  static std::map<std::string, std::string> tokens_;
  static std::map<Rel, std::string> clients_, names_, owner_ids_;
  std::unique_ptr<crm::v1::CustomerService::Stub> stub_;
  int calls_ = 0;
};

TestServer* ScopingMatrixTest::server_ = nullptr;
std::shared_ptr<grpc::Channel>* ScopingMatrixTest::channel_ = nullptr;
std::map<std::string, std::string> ScopingMatrixTest::tokens_;
std::map<Rel, std::string> ScopingMatrixTest::clients_, ScopingMatrixTest::names_, ScopingMatrixTest::owner_ids_;

TEST_F(ScopingMatrixTest, ReadsFollowTheScopeOfEachRole) {
  for (const auto& caller : kCallers) {
    for (Rel rel : kRels) {
      const std::string id = clients_[rel];
      const StatusCode read = ExpectRead(caller.role, rel);
      Expect(caller, rel, "GetCustomer", read, [&](grpc::ClientContext* ctx) {
        crm::v1::GetCustomerRequest req;
        req.set_id(id);
        crm::v1::Customer out;
        return stub_->GetCustomer(ctx, req, &out);
      });
      Expect(caller, rel, "ListInteractions", read, [&](grpc::ClientContext* ctx) {
        crm::v1::ListInteractionsRequest req;
        req.set_customer_id(id);
        crm::v1::ListInteractionsResponse out;
        return stub_->ListInteractions(ctx, req, &out);
      });
      Expect(caller, rel, "RevealSensitiveField", ExpectReveal(caller.role, rel), [&](grpc::ClientContext* ctx) {
        crm::v1::RevealSensitiveFieldRequest req;
        req.set_id(id);
        req.set_field(crm::v1::PHONE);
        req.set_reason("scoping matrix");
        crm::v1::RevealSensitiveFieldResponse out;
        return stub_->RevealSensitiveField(ctx, req, &out);
      });
      // Lists and searches never show a client outside the scope.
      bool listed = false, found = false;
      const StatusCode list_code = caller.role == std::string("ADMIN") ? StatusCode::PERMISSION_DENIED : StatusCode::OK;
      Expect(caller, rel, "ListCustomers", list_code, [&](grpc::ClientContext* ctx) {
        crm::v1::ListCustomersRequest req;
        req.set_page_size(500);
        crm::v1::ListCustomersResponse out;
        auto s = stub_->ListCustomers(ctx, req, &out);
        for (const auto& c : out.customers()) listed |= c.id() == id;
        return s;
      });
      Expect(caller, rel, "SearchCustomers", list_code, [&](grpc::ClientContext* ctx) {
        crm::v1::SearchCustomersRequest req;
        req.set_query(names_[rel]);
        crm::v1::SearchCustomersResponse out;
        auto s = stub_->SearchCustomers(ctx, req, &out);
        for (const auto& c : out.customers()) found |= c.id() == id;
        return s;
      });
      EXPECT_EQ(listed, read == StatusCode::OK) << caller.user << " ListCustomers, " << RelName(rel) << " client";
      EXPECT_EQ(found, read == StatusCode::OK) << caller.user << " SearchCustomers, " << RelName(rel) << " client";
    }
  }
  EXPECT_EQ(calls_, 5 * 4 * 5);
}

TEST_F(ScopingMatrixTest, WritesFollowTheScopeOfEachRole) {
  const std::string delegate = UserId("am_delegate");
  int n = 0;
  for (const auto& caller : kCallers) {
    for (Rel rel : kRels) {
      const std::string id = clients_[rel];
      const StatusCode write = ExpectWrite(caller.role, rel);
      ++n;
      Expect(caller, rel, "UpdateCustomer", write, [&](grpc::ClientContext* ctx) {
        crm::v1::UpdateCustomerRequest req;
        req.mutable_customer()->set_id(id);
        req.mutable_customer()->set_occupation("matrix " + std::to_string(n));
        req.mutable_update_mask()->add_paths("occupation");
        req.set_etag("v" + Query("SELECT version::text FROM customer WHERE id = $1::uuid", id));
        crm::v1::Customer out;
        return stub_->UpdateCustomer(ctx, req, &out);
      });
      Expect(caller, rel, "ArchiveCustomer", write, [&](grpc::ClientContext* ctx) {
        crm::v1::ArchiveCustomerRequest req;
        req.set_id(id);
        req.set_reason("scoping matrix");
        crm::v1::Customer out;
        return stub_->ArchiveCustomer(ctx, req, &out);
      });
      if (write == StatusCode::OK) {
        Expect(caller, rel, "RestoreCustomer", StatusCode::OK, [&](grpc::ClientContext* ctx) {
          crm::v1::RestoreCustomerRequest req;
          req.set_id(id);
          req.set_reason("scoping matrix");
          crm::v1::Customer out;
          return stub_->RestoreCustomer(ctx, req, &out);
        });
      } else {
        // Restoring a client out of reach is refused the same way.
        Expect(caller, rel, "RestoreCustomer", write, [&](grpc::ClientContext* ctx) {
          crm::v1::RestoreCustomerRequest req;
          req.set_id(id);
          req.set_reason("scoping matrix");
          crm::v1::Customer out;
          return stub_->RestoreCustomer(ctx, req, &out);
        });
      }
      Expect(caller, rel, "CreateInteraction", write, [&](grpc::ClientContext* ctx) {
        crm::v1::CreateInteractionRequest req;
        req.set_customer_id(id);
        req.set_channel(crm::v1::CHANNEL_MEETING);
        req.set_summary("matrix meeting");
        crm::v1::Interaction out;
        return stub_->CreateInteraction(ctx, req, &out);
      });
      const std::string latest = Query(
          "SELECT id::text FROM interaction i WHERE customer_id = $1::uuid AND NOT EXISTS (SELECT 1 FROM interaction "
          "a WHERE a.amends_id = i.id) ORDER BY create_time DESC LIMIT 1",
          id);
      Expect(caller, rel, "AmendInteraction", write, [&](grpc::ClientContext* ctx) {
        crm::v1::AmendInteractionRequest req;
        req.set_interaction_id(latest);
        req.set_summary("matrix meeting, corrected");
        req.set_reason("typo");
        crm::v1::Interaction out;
        return stub_->AmendInteraction(ctx, req, &out);
      });
      Expect(caller, rel, "UpdateConsent", write, [&](grpc::ClientContext* ctx) {
        crm::v1::UpdateConsentRequest req;
        req.set_customer_id(id);
        req.set_purpose(crm::v1::MARKETING);
        req.set_channel(crm::v1::CONSENT_SMS);
        req.set_granted(n % 2 == 0);
        req.set_method("by phone, recorded");
        crm::v1::Consent out;
        return stub_->UpdateConsent(ctx, req, &out);
      });
      Expect(caller, rel, "AddAccount", write, [&](grpc::ClientContext* ctx) {
        crm::v1::AddAccountRequest req;
        req.set_customer_id(id);
        req.set_kind(crm::v1::SECURITIES);
        req.set_number("6010" + std::to_string(100000 + n));
        req.mutable_open_date()->set_year(2020);
        req.mutable_open_date()->set_month(1);
        req.mutable_open_date()->set_day(2);
        crm::v1::Account out;
        return stub_->AddAccount(ctx, req, &out);
      });
      Expect(caller, rel, "AddRelation", write, [&](grpc::ClientContext* ctx) {
        crm::v1::AddRelationRequest req;
        req.set_customer_id(id);
        req.set_relation(crm::v1::CHILD);
        req.set_related_name("矩阵家属" + std::to_string(n));
        crm::v1::Relation out;
        return stub_->AddRelation(ctx, req, &out);
      });
      Expect(caller, rel, "UpdateTags", write, [&](grpc::ClientContext* ctx) {
        crm::v1::UpdateTagsRequest req;
        req.set_customer_id(id);
        req.add_add("matrix");
        crm::v1::UpdateTagsResponse out;
        return stub_->UpdateTags(ctx, req, &out);
      });
      Expect(caller, rel, "CreateDelegation", write, [&](grpc::ClientContext* ctx) {
        crm::v1::CreateDelegationRequest req;
        req.set_customer_id(id);
        req.set_delegate_user_id(delegate);
        req.mutable_expire_time()->set_seconds(std::time(nullptr) + 3600);
        req.set_reason("holiday cover");
        crm::v1::Delegation out;
        return stub_->CreateDelegation(ctx, req, &out);
      });
      const StatusCode transfer = ExpectTransfer(caller.role, rel);
      Expect(caller, rel, "TransferCustomers", transfer, [&](grpc::ClientContext* ctx) {
        crm::v1::TransferCustomersRequest req;
        req.add_customer_ids(id);
        req.set_from_user_id(owner_ids_[rel]);
        req.set_to_user_id(delegate);
        req.set_reason("scoping matrix");
        crm::v1::TransferCustomersResponse out;
        return stub_->TransferCustomers(ctx, req, &out);
      });
      if (transfer == StatusCode::OK) {  // and back to the owner, so the matrix stays as it was
        Expect(caller, rel, "TransferCustomers back", StatusCode::OK, [&](grpc::ClientContext* ctx) {
          crm::v1::TransferCustomersRequest req;
          req.add_customer_ids(id);
          req.set_from_user_id(delegate);
          req.set_to_user_id(owner_ids_[rel]);
          req.set_reason("scoping matrix, back");
          crm::v1::TransferCustomersResponse out;
          return stub_->TransferCustomers(ctx, req, &out);
        });
      }
    }
  }
  // Nobody outside the scope changed anything: the other branch's client
  // carries only its own manager's and the branch-less roles' refusals.
  EXPECT_EQ(Query("SELECT count(*)::text FROM interaction WHERE customer_id = $1::uuid", clients_[Rel::kOtherBranch]),
            "1");
  EXPECT_EQ(
      Query("SELECT count(*)::text FROM customer_account WHERE customer_id = $1::uuid", clients_[Rel::kOtherBranch]),
      "0");
  EXPECT_EQ(Query("SELECT owner_user_id::text FROM customer WHERE id = $1::uuid", clients_[Rel::kSameTeam]),
            owner_ids_[Rel::kSameTeam]);
}

}  // namespace

// Issue 24: the client-scope rule is written once in C++ (domain::InScope with
// the scope domain::Authorize gives) and once more as row-level security
// (V0009), the second defence. For every role, the system actor included,
// and every position of a client, including one the caller stands in for,
// both must give the same answer: the C++ rule over the client's placement,
// and PostgreSQL over the same row as crm_app acting as that caller.
TEST_F(ScopingMatrixTest, TheScopeRuleAndRowLevelSecurityAgree) {
  // am_delegate stands in for am_own on the own client (an active delegation).
  {
    pqxx::connection c(server_->conninfo());
    pqxx::work tx(c);
    tx.exec_params0(
        "INSERT INTO customer_delegation (customer_id, delegate_user_id, granted_by, reason, expire_time) "
        "VALUES ($1::uuid, $2::uuid, $3::uuid, 'holiday', now() + interval '7 days')",
        clients_[Rel::kOwn], UserId("am_delegate"), UserId("lead_t1"));
    tx.commit();
  }
  // The callers as the session layer builds them, and the server's own actor.
  std::vector<crm::domain::Actor> actors;
  {
    pqxx::connection c(server_->conninfo());
    pqxx::read_transaction tx(c);
    for (const auto& row : tx.exec(
             "SELECT u.id::text, u.username, u.role, COALESCE(u.team_id::text, ''), "
             "COALESCE(u.branch_id::text, t.branch_id::text, '') FROM app_user u LEFT JOIN team t ON t.id = u.team_id "
             "WHERE u.username IN ('am_own','am_team','am_delegate','am_other_team','am_other_branch','lead_t1',"
             "'bm_b1','officer','admin')")) {
      crm::domain::Actor a;
      a.user_id = row[0].as<std::string>();
      a.username = row[1].as<std::string>();
      a.role = *crm::domain::ParseRole(row[2].as<std::string>());
      a.team_id = row[3].as<std::string>();
      a.branch_id = row[4].as<std::string>();
      actors.push_back(a);
    }
  }
  ASSERT_EQ(actors.size(), 9u);
  actors.push_back(crm::domain::Actor::System("tiering-engine"));

  crm::storage::ConnectionPool app(server_->conninfo(), 1, "crm_app");
  int compared = 0;
  std::map<std::string, int> seen;  // clients each caller reads
  for (const auto& actor : actors) {
    for (Rel rel : kRels) {
      const std::string& id = clients_[rel];
      bool rls_reads = false, rls_writes = false, delegated = false;
      std::string owner, team, branch;
      {
        auto lease = app.Acquire();
        pqxx::work tx(lease.conn());  // never committed: the update below is rolled back
        crm::storage::CustomerRepository::ActAs(tx, actor);
        rls_reads = tx.exec_params1("SELECT count(*) FROM customer WHERE id = $1::uuid", id)[0].as<int>() == 1;
        rls_writes =
            tx.exec_params("UPDATE customer SET version = version WHERE id = $1::uuid", id).affected_rows() == 1;
      }
      {
        pqxx::connection c(server_->conninfo());
        pqxx::read_transaction tx(c);
        auto r = tx.exec_params1(
            "SELECT owner_user_id::text, team_id::text, branch_id::text, EXISTS (SELECT 1 FROM customer_delegation d "
            "WHERE d.customer_id = customer.id AND d.delegate_user_id::text = $2 AND d.expire_time > now()) "
            "FROM customer WHERE id = $1::uuid",
            id, actor.user_id);
        owner = r[0].as<std::string>();
        team = r[1].as<std::string>();
        branch = r[2].as<std::string>();
        delegated = r[3].as<bool>();
      }
      const crm::domain::ClientPlacement placement{owner, team, branch, delegated};
      const auto read = crm::domain::Authorize(actor, crm::domain::Action::kCustomerRead);
      const auto write = crm::domain::Authorize(actor, crm::domain::Action::kCustomerWrite);
      const bool cpp_reads = read.allowed && crm::domain::InScope(actor, read.scope, placement);
      const bool cpp_writes = write.allowed && crm::domain::InScope(actor, write.scope, placement);
      const std::string what = actor.username + " (" + std::string(crm::domain::RoleName(actor.role)) + ") on the " +
                               RelName(rel) + " client";
      EXPECT_EQ(cpp_reads, rls_reads) << what << ": read";
      if (actor.role == crm::domain::Role::kSystem) {
        // The engine changes only what a recompute owns (the tier), through
        // its own update policy (V0008); client data it never edits.
        EXPECT_FALSE(cpp_writes) << what;
        EXPECT_TRUE(rls_writes) << what;
      } else {
        EXPECT_EQ(cpp_writes, rls_writes) << what << ": write";
      }
      compared += 2;
      seen[actor.username] += cpp_reads;
    }
  }
  EXPECT_EQ(compared, 10 * 4 * 2);
  // Not trivially empty or full (earlier tests of this suite may have left
  // more delegations to am_delegate).
  EXPECT_EQ(seen["officer"], 4);
  EXPECT_EQ(seen["tiering-engine"], 4);
  EXPECT_EQ(seen["admin"], 0);
  EXPECT_EQ(seen["bm_b1"], 3);
  EXPECT_EQ(seen["lead_t1"], 2);
  EXPECT_EQ(seen["am_other_branch"], 1);
  EXPECT_GE(seen["am_delegate"], 1);
}

// The client-service fixture shared by customer_pgtest.cpp and
// customer_list_pgtest.cpp: one in-process server over TLS with users in two
// branches and three teams, signed in once for the whole suite.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <pqxx/pqxx>
#include <string>

#include "crm/v1/customer.grpc.pb.h"
#include "storage/connection_pool.h"
#include "support/test_server.h"
#include "usecases/user_admin.h"

namespace crm::testing {

// A synthetic resident ID with a correct check digit (GB 11643).
inline std::string SyntheticPrcId(const std::string& first17) {
  static const int kW[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static const char kC[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (first17[i] - '0') * kW[i];
  return first17 + kC[sum % 11];
}

inline const std::string kCanaryId = SyntheticPrcId("11010519850317002");
inline const std::string kCanaryPhone = "13912345678";

class CustomerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    tokens_ = server_->CreateSecondBranchAndUsers({{"manager1", "ACCOUNT_MANAGER", "B1", "T1"},
                                                   {"manager2", "ACCOUNT_MANAGER", "B1", "T2"},
                                                   {"manager3", "ACCOUNT_MANAGER", "B2", "T3"},
                                                   {"manager4", "ACCOUNT_MANAGER", "B1", "T1"},
                                                   {"lead1", "TEAM_LEAD", "B1", "T1"},
                                                   {"lead2", "TEAM_LEAD", "B1", "T2"},
                                                   {"branchmgr1", "BRANCH_MANAGER", "B1", ""},
                                                   {"branchmgr2", "BRANCH_MANAGER", "B2", ""},
                                                   {"compliance1", "COMPLIANCE_OFFICER", "", ""},
                                                   {"admin1", "ADMIN", "", ""}});
    channel_ = new std::shared_ptr<grpc::Channel>(server_->Channel());
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

  // A search as `who` (a page of 100); a failed call fails the test.
  crm::v1::SearchCustomersResponse Search(const std::string& who, const std::string& query) {
    auto ctx = AuthedContext(tokens_[who]);
    crm::v1::SearchCustomersRequest req;
    req.set_query(query);
    req.set_page_size(100);
    crm::v1::SearchCustomersResponse resp;
    auto s = stub_->SearchCustomers(ctx.get(), req, &resp);
    EXPECT_TRUE(s.ok()) << query << ": " << s.error_message();
    return resp;
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

  inline static TestServer* server_ = nullptr;
  inline static std::shared_ptr<grpc::Channel>* channel_ = nullptr;
  inline static std::map<std::string, std::string> tokens_;
  std::unique_ptr<crm::v1::CustomerService::Stub> stub_;
};

}  // namespace crm::testing

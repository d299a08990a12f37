// Shared by the desktop tests: a GrpcCrmApi signed in to the in-process server.
#pragma once

#include <QObject>
#include <QTest>
#include <memory>

#include "api/grpc_crm_api.h"
#include "support/test_server.h"

namespace crm::testing {

inline std::unique_ptr<crm::desktop::GrpcCrmApi> SignedInApi(const TestServer& server, const QString& user) {
  auto api = std::make_unique<crm::desktop::GrpcCrmApi>(QString::fromStdString(server.address()),
                                                       QString::fromStdString(server.ca_path()), 10000);
  bool done = false;
  QObject ctx;
  api->login(user, QString::fromLatin1(TestServer::kPassword), &ctx, [&](crm::desktop::Result<crm::desktop::LoginResult> r) {
    if (r.ok()) api->setAccessToken(r.value.accessToken);
    done = true;
  });
  if (!QTest::qWaitFor([&] { return done; }, 10000)) return nullptr;
  return api;
}

}  // namespace crm::testing

// GrpcCrmApi: the tiering calls (crm.v1.TieringService).
#include <nlohmann/json.hpp>

#include "api/grpc_crm_api.h"
#include "api/grpc_support.h"
#include "api/money.h"
#include <QLocale>

#include "crm/v1/tiering.grpc.pb.h"

namespace crm::desktop {
namespace {

}  // namespace

void GrpcCrmApi::getTierHistory(const QString& customerId, QObject* context,
                                std::function<void(Result<QList<TierChangeInfo>>)> done) {
  auto channel = m_channel;
  int deadline = m_deadlineMs;
  std::string tok = token().toStdString(), cid = customerId.toStdString();
  run<QList<TierChangeInfo>>(
      context,
      [channel, deadline, tok, cid]() {
        auto stub = crm::v1::TieringService::NewStub(channel);
        auto ctx = makeContext(tok, deadline);
        crm::v1::GetCustomerTierHistoryRequest req;
        req.set_customer_id(cid);
        crm::v1::GetCustomerTierHistoryResponse resp;
        grpc::Status status = stub->GetCustomerTierHistory(ctx.get(), req, &resp);
        Result<QList<TierChangeInfo>> r;
        r.error = ApiError::fromStatus(status);
        if (!status.ok()) return r;
        for (const auto& c : resp.changes()) {
          TierChangeInfo info;
          info.policyCode = QString::fromStdString(c.policy_code());
          info.policyVersion = c.policy_version();
          info.fromTier = QString::fromStdString(c.from_tier());
          info.toTier = QString::fromStdString(c.to_tier());
          info.changeTime = toDateTime(c.change_time());
          info.byRun = !c.run_id().empty();
          const auto m = nlohmann::json::parse(c.metrics_json(), nullptr, false);
          if (m.is_object())
            for (const auto& [key, value] : m.items()) {
              if (!value.is_number_integer()) continue;
              QString name = QString::fromStdString(key);
              const bool money = name.endsWith(QLatin1String("_minor"));
              if (money) name.chop(6);
              info.metrics.append({name, money ? formatYuan(value.get<int64_t>()) : QString::number(value.get<int64_t>())});
            }
          r.value.append(info);
        }
        return r;
      },
      std::move(done));
}

}  // namespace crm::desktop

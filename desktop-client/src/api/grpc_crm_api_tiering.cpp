// GrpcCrmApi: the tiering calls (crm.v1.TieringService).
#include <algorithm>
#include <nlohmann/json.hpp>

#include "api/grpc_crm_api.h"
#include "api/display_formats.h"
#include "api/grpc_support.h"
#include "api/money.h"
#include <QLocale>

#include "crm/v1/tiering.grpc.pb.h"

namespace crm::desktop {
namespace {

TierPolicyInfo toPolicy(const crm::v1::TierPolicy& p) {
  TierPolicyInfo info;
  info.id = QString::fromStdString(p.id());
  info.code = QString::fromStdString(p.code());
  info.name = QString::fromStdString(p.name());
  info.status = QString::fromStdString(crm::v1::TierPolicyStatus_Name(p.status()));
  info.etag = QString::fromStdString(p.etag());
  info.version = p.version();
  for (const auto& t : p.tiers()) info.tiers << QString::fromStdString(t.code());
  // A better tier is served more often: rank by contact interval (the rules'
  // order puts "dormant" first because it is tested first).
  std::vector<std::pair<int, QString>> byService;
  for (const auto& t : p.tiers()) byService.emplace_back(t.contact_interval_days(), QString::fromStdString(t.code()));
  std::stable_sort(byService.begin(), byService.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [days, code] : byService) info.ranked << code;
  info.createdBy = QString::fromStdString(p.created_by_user_id());
  info.updatedBy = QString::fromStdString(p.updated_by_user_id());
  info.definitionJson = QString::fromStdString(p.definition_json());
  return info;
}

}  // namespace

void GrpcCrmApi::listTierPolicies(QObject* context, std::function<void(Result<QList<TierPolicyInfo>>)> done) {
  unary<QList<TierPolicyInfo>>(
      context,
      [](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        crm::v1::ListTierPoliciesResponse resp;
        auto status =
            crm::v1::TieringService::NewStub(channel)->ListTierPolicies(ctx, crm::v1::ListTierPoliciesRequest(), &resp);
        return toResult<QList<TierPolicyInfo>>(status, resp, [](const crm::v1::ListTierPoliciesResponse& r) {
          QList<TierPolicyInfo> out;
          for (const auto& p : r.policies()) out << toPolicy(p);
          return out;
        });
      },
      std::move(done));
}

void GrpcCrmApi::getTierPolicy(const QString& id, QObject* context, std::function<void(Result<TierPolicyInfo>)> done) {
  crm::v1::GetTierPolicyRequest req;
  req.set_id(id.toStdString());
  unary<TierPolicyInfo>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        crm::v1::TierPolicy resp;
        auto status = crm::v1::TieringService::NewStub(channel)->GetTierPolicy(ctx, req, &resp);
        return toResult<TierPolicyInfo>(status, resp, toPolicy);
      },
      std::move(done));
}

void GrpcCrmApi::createTierPolicy(const QString& code, const QString& name, const QString& definitionJson,
                                  QObject* context, std::function<void(Result<TierPolicyInfo>)> done) {
  crm::v1::CreateTierPolicyRequest req;
  req.set_code(code.toStdString());
  req.set_name(name.toStdString());
  req.set_definition_json(definitionJson.toStdString());
  unary<TierPolicyInfo>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        crm::v1::TierPolicy resp;
        auto status = crm::v1::TieringService::NewStub(channel)->CreateTierPolicy(ctx, req, &resp);
        return toResult<TierPolicyInfo>(status, resp, toPolicy);
      },
      std::move(done));
}

void GrpcCrmApi::updateTierPolicy(const QString& id, const QString& etag, const QString& name,
                                  const QString& definitionJson, QObject* context,
                                  std::function<void(Result<TierPolicyInfo>)> done) {
  crm::v1::UpdateTierPolicyRequest req;
  req.set_id(id.toStdString());
  req.set_etag(etag.toStdString());
  req.set_name(name.toStdString());
  req.set_definition_json(definitionJson.toStdString());
  unary<TierPolicyInfo>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        crm::v1::TierPolicy resp;
        auto status = crm::v1::TieringService::NewStub(channel)->UpdateTierPolicy(ctx, req, &resp);
        return toResult<TierPolicyInfo>(status, resp, toPolicy);
      },
      std::move(done));
}

void GrpcCrmApi::validateTierPolicy(const QString& definitionJson, QObject* context,
                                    std::function<void(Result<QList<PolicyProblemInfo>>)> done) {
  crm::v1::ValidateTierPolicyRequest req;
  req.set_definition_json(definitionJson.toStdString());
  unary<QList<PolicyProblemInfo>>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        crm::v1::ValidateTierPolicyResponse resp;
        auto status = crm::v1::TieringService::NewStub(channel)->ValidateTierPolicy(ctx, req, &resp);
        return toResult<QList<PolicyProblemInfo>>(status, resp, [](const crm::v1::ValidateTierPolicyResponse& r) {
          QList<PolicyProblemInfo> out;
          for (const auto& p : r.problems())
            out << PolicyProblemInfo{QString::fromStdString(p.field()), QString::fromStdString(p.description())};
          return out;
        });
      },
      std::move(done));
}

void GrpcCrmApi::previewTierPolicy(const QString& id, QObject* context,
                                   std::function<void(Result<TierPreviewInfo>)> done) {
  crm::v1::PreviewTierPolicyRequest req;
  req.set_id(id.toStdString());
  unary<TierPreviewInfo>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        crm::v1::PreviewTierPolicyResponse resp;
        auto status = crm::v1::TieringService::NewStub(channel)->PreviewTierPolicy(ctx, req, &resp);
        return toResult<TierPreviewInfo>(status, resp, [](const crm::v1::PreviewTierPolicyResponse& r) {
          TierPreviewInfo p;
          for (const auto& c : r.before()) p.before.append({QString::fromStdString(c.tier()), c.count()});
          for (const auto& c : r.after()) p.after.append({QString::fromStdString(c.tier()), c.count()});
          for (const auto& t : r.transitions())
            p.transitions << TierTransitionInfo{QString::fromStdString(t.from_tier()),
                                                QString::fromStdString(t.to_tier()), t.count()};
          p.clients = r.clients();
          p.changing = r.changing();
          return p;
        });
      },
      std::move(done), 120000);  // a preview reads every client's metrics
}

void GrpcCrmApi::activateTierPolicy(const QString& id, const QString& etag, const QString& reason, QObject* context,
                                    std::function<void(Result<QString>)> done) {
  crm::v1::ActivateTierPolicyRequest req;
  req.set_id(id.toStdString());
  req.set_etag(etag.toStdString());
  req.set_reason(reason.toStdString());
  unary<QString>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        crm::v1::ActivateTierPolicyResponse resp;
        auto status = crm::v1::TieringService::NewStub(channel)->ActivateTierPolicy(ctx, req, &resp);
        return toResult<QString>(status, resp, [](const crm::v1::ActivateTierPolicyResponse& r) {
          return QString::fromStdString(r.run_id());
        });
      },
      std::move(done));
}

std::shared_ptr<CallCanceller> GrpcCrmApi::recomputeTiers(const QString& reason, QObject* context,
                                                          std::function<void(qint64, qint64, qint64)> progress,
                                                          std::function<void(Result<QPair<qint64, qint64>>)> done) {
  auto canceller = std::make_shared<StreamCanceller>();
  auto channel = m_channel;
  std::string tok = token().toStdString();
  crm::v1::RecomputeTiersRequest req;
  req.set_reason(reason.toStdString());
  QPointer<QObject> guard(context);
  run<QPair<qint64, qint64>>(
      context,
      [channel, tok, req, canceller, guard, progress]() {
        auto stub = crm::v1::TieringService::NewStub(channel);
        auto ctx = makeContext(tok, 60 * 60 * 1000);  // a million clients take minutes
        if (!canceller->attach(ctx.get())) ctx->TryCancel();
        auto reader = stub->RecomputeTiers(ctx.get(), req);
        crm::v1::RecomputeProgress msg;
        Result<QPair<qint64, qint64>> r;
        while (reader->Read(&msg)) {
          r.value = {msg.processed(), msg.changed()};
          const qint64 total = msg.total(), processed = msg.processed(), changed = msg.changed();
          QMetaObject::invokeMethod(
              QCoreApplication::instance(),
              [guard, progress, total, processed, changed] {
                if (guard && progress) progress(total, processed, changed);
              },
              Qt::QueuedConnection);
        }
        grpc::Status status = reader->Finish();
        canceller->detach();
        if (status.ok() && canceller->cancelled()) status = grpc::Status(grpc::StatusCode::CANCELLED, "cancelled");
        r.error = ApiError::fromStatus(status);
        return r;
      },
      std::move(done));
  return canceller;
}

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
          // The engine counts "never" (no trade, no contact) from 1900-01-01,
          // so the rules treat it as long ago; shown as never (an empty value).
          QDate asOf;
          if (m.is_object() && m.contains("as_of") && m["as_of"].is_string())
            asOf = QDate::fromString(QString::fromStdString(m["as_of"].get<std::string>()), Qt::ISODate);
          const qint64 neverDays = asOf.isValid() ? QDate(1900, 1, 1).daysTo(asOf) : -1;
          if (m.is_object())
            for (const auto& [key, value] : m.items()) {
              if (!value.is_number_integer()) continue;
              QString name = QString::fromStdString(key);
              const bool money = name.endsWith(QLatin1String("_minor"));
              if (money) name.chop(6);
              if (name.startsWith(QLatin1String("days_since_")) && value.get<int64_t>() == neverDays) {
                info.metrics.append({name, QString()});
                continue;
              }
              info.metrics.append(
                  {name, money ? formatYuanWithUnit(value.get<int64_t>()) : QString::number(value.get<int64_t>())});
            }
          r.value.append(info);
        }
        return r;
      },
      std::move(done));
}

}  // namespace crm::desktop

// GrpcCrmApi: editing a client and its interactions (crm.v1.CustomerService).
#include "api/grpc_crm_api.h"
#include "api/grpc_support.h"
#include "crm/v1/customer.grpc.pb.h"

namespace crm::desktop {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

InteractionInfo toInteraction(const v1::Interaction& i) {
  InteractionInfo info;
  info.id = q(i.id());
  info.customerId = q(i.customer_id());
  info.channel = q(v1::InteractionChannel_Name(i.channel()));
  info.occurTime = toDateTime(i.occur_time());
  info.createTime = toDateTime(i.create_time());
  info.authorUserId = q(i.author_user_id());
  info.summary = q(i.summary());
  info.amendsId = q(i.amends_id());
  info.amendReason = q(i.amend_reason());
  info.amendedById = q(i.amended_by_id());
  return info;
}

}  // namespace

void GrpcCrmApi::updateCustomer(const QString& id, const QString& etag, const QList<QPair<QString, QString>>& fields,
                                QObject* context, std::function<void(Result<QString>)> done) {
  auto channel = m_channel;
  int deadline = m_deadlineMs;
  std::string tok = token().toStdString();
  v1::UpdateCustomerRequest req;
  req.mutable_customer()->set_id(id.toStdString());
  req.set_etag(etag.toStdString());
  auto* c = req.mutable_customer();
  for (const auto& [field, value] : fields) {
    const std::string v = value.toStdString();
    if (field == QLatin1String("name")) c->set_name(v);
    else if (field == QLatin1String("occupation")) c->set_occupation(v);
    else if (field == QLatin1String("employer")) c->set_employer(v);
    else if (field == QLatin1String("email")) c->set_email(v);
    else if (field == QLatin1String("phone")) c->set_phone(v);
    else if (field == QLatin1String("address")) c->set_address(v);
    else continue;
    req.mutable_update_mask()->add_paths(field.toStdString());
  }
  run<QString>(
      context,
      [channel, deadline, tok, req]() {
        auto stub = v1::CustomerService::NewStub(channel);
        auto ctx = makeContext(tok, deadline);
        v1::Customer resp;
        grpc::Status status = stub->UpdateCustomer(ctx.get(), req, &resp);
        Result<QString> r;
        r.error = ApiError::fromStatus(status);
        if (status.ok()) r.value = q(resp.etag());
        return r;
      },
      std::move(done));
}

void GrpcCrmApi::listInteractions(const QString& customerId, QObject* context,
                                  std::function<void(Result<QList<InteractionInfo>>)> done) {
  auto channel = m_channel;
  int deadline = m_deadlineMs;
  std::string tok = token().toStdString(), cid = customerId.toStdString();
  run<QList<InteractionInfo>>(
      context,
      [channel, deadline, tok, cid]() {
        auto stub = v1::CustomerService::NewStub(channel);
        auto ctx = makeContext(tok, deadline);
        v1::ListInteractionsRequest req;
        req.set_customer_id(cid);
        req.set_page_size(200);
        v1::ListInteractionsResponse resp;
        grpc::Status status = stub->ListInteractions(ctx.get(), req, &resp);
        Result<QList<InteractionInfo>> r;
        r.error = ApiError::fromStatus(status);
        if (status.ok())
          for (const auto& i : resp.interactions()) r.value << toInteraction(i);
        return r;
      },
      std::move(done));
}

void GrpcCrmApi::createInteraction(const QString& customerId, const QString& channelName, const QDateTime& occurTime,
                                   const QString& summary, QObject* context,
                                   std::function<void(Result<InteractionInfo>)> done) {
  auto channel = m_channel;
  int deadline = m_deadlineMs;
  std::string tok = token().toStdString();
  v1::CreateInteractionRequest req;
  req.set_customer_id(customerId.toStdString());
  v1::InteractionChannel c = v1::INTERACTION_CHANNEL_UNSPECIFIED;
  v1::InteractionChannel_Parse(channelName.toStdString(), &c);
  req.set_channel(c);
  if (occurTime.isValid()) {
    const qint64 ms = occurTime.toMSecsSinceEpoch();
    req.mutable_occur_time()->set_seconds(ms / 1000);
    req.mutable_occur_time()->set_nanos(static_cast<int>(ms % 1000) * 1000000);
  }
  req.set_summary(summary.toStdString());
  run<InteractionInfo>(
      context,
      [channel, deadline, tok, req]() {
        auto stub = v1::CustomerService::NewStub(channel);
        auto ctx = makeContext(tok, deadline);
        v1::Interaction resp;
        grpc::Status status = stub->CreateInteraction(ctx.get(), req, &resp);
        Result<InteractionInfo> r;
        r.error = ApiError::fromStatus(status);
        if (status.ok()) r.value = toInteraction(resp);
        return r;
      },
      std::move(done));
}

void GrpcCrmApi::amendInteraction(const QString& interactionId, const QString& summary, const QString& reason,
                                  QObject* context, std::function<void(Result<InteractionInfo>)> done) {
  auto channel = m_channel;
  int deadline = m_deadlineMs;
  std::string tok = token().toStdString();
  v1::AmendInteractionRequest req;
  req.set_interaction_id(interactionId.toStdString());
  req.set_summary(summary.toStdString());
  req.set_reason(reason.toStdString());
  run<InteractionInfo>(
      context,
      [channel, deadline, tok, req]() {
        auto stub = v1::CustomerService::NewStub(channel);
        auto ctx = makeContext(tok, deadline);
        v1::Interaction resp;
        grpc::Status status = stub->AmendInteraction(ctx.get(), req, &resp);
        Result<InteractionInfo> r;
        r.error = ApiError::fromStatus(status);
        if (status.ok()) r.value = toInteraction(resp);
        return r;
      },
      std::move(done));
}

}  // namespace crm::desktop

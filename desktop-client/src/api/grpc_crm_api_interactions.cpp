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
  info.authorName = q(i.author_name());
  if (i.has_next_action_date())
    info.nextActionDate = QDate(i.next_action_date().year(), i.next_action_date().month(), i.next_action_date().day());
  return info;
}

}  // namespace

void GrpcCrmApi::updateCustomer(const QString& id, const QString& etag, const QList<QPair<QString, QString>>& fields,
                                QObject* context, std::function<void(Result<QString>)> done) {
  v1::UpdateCustomerRequest req;
  req.mutable_customer()->set_id(id.toStdString());
  req.set_etag(etag.toStdString());
  auto* c = req.mutable_customer();
  for (const auto& [field, value] : fields) {
    const std::string v = value.toStdString();
    if (field == QLatin1String("name"))
      c->set_name(v);
    else if (field == QLatin1String("occupation"))
      c->set_occupation(v);
    else if (field == QLatin1String("employer"))
      c->set_employer(v);
    else if (field == QLatin1String("email"))
      c->set_email(v);
    else if (field == QLatin1String("phone"))
      c->set_phone(v);
    else if (field == QLatin1String("address"))
      c->set_address(v);
    else
      continue;
    req.mutable_update_mask()->add_paths(field.toStdString());
  }
  unary<QString>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::Customer resp;
        auto status = v1::CustomerService::NewStub(channel)->UpdateCustomer(ctx, req, &resp);
        return toResult<QString>(status, resp, [](const v1::Customer& c) { return q(c.etag()); });
      },
      std::move(done));
}

void GrpcCrmApi::listInteractions(const QString& customerId, QObject* context,
                                  std::function<void(Result<QList<InteractionInfo>>)> done) {
  v1::ListInteractionsRequest req;
  req.set_customer_id(customerId.toStdString());
  req.set_page_size(200);
  unary<QList<InteractionInfo>>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::ListInteractionsResponse resp;
        auto status = v1::CustomerService::NewStub(channel)->ListInteractions(ctx, req, &resp);
        return toResult<QList<InteractionInfo>>(status, resp, [](const v1::ListInteractionsResponse& r) {
          QList<InteractionInfo> out;
          for (const auto& i : r.interactions()) out << toInteraction(i);
          return out;
        });
      },
      std::move(done));
}

void GrpcCrmApi::createInteraction(const QString& customerId, const QString& channelName, const QDateTime& occurTime,
                                   const QString& summary, const QDate& nextAction, const QString& requestId,
                                   QObject* context, std::function<void(Result<InteractionInfo>)> done) {
  v1::CreateInteractionRequest req;
  req.set_request_id(requestId.toStdString());
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
  if (nextAction.isValid()) {
    req.mutable_next_action_date()->set_year(nextAction.year());
    req.mutable_next_action_date()->set_month(nextAction.month());
    req.mutable_next_action_date()->set_day(nextAction.day());
  }
  unary<InteractionInfo>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::Interaction resp;
        auto status = v1::CustomerService::NewStub(channel)->CreateInteraction(ctx, req, &resp);
        return toResult<InteractionInfo>(status, resp, toInteraction);
      },
      std::move(done));
}

void GrpcCrmApi::amendInteraction(const QString& interactionId, const QString& summary, const QString& reason,
                                  QObject* context, std::function<void(Result<InteractionInfo>)> done) {
  v1::AmendInteractionRequest req;
  req.set_interaction_id(interactionId.toStdString());
  req.set_summary(summary.toStdString());
  req.set_reason(reason.toStdString());
  unary<InteractionInfo>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::Interaction resp;
        auto status = v1::CustomerService::NewStub(channel)->AmendInteraction(ctx, req, &resp);
        return toResult<InteractionInfo>(status, resp, toInteraction);
      },
      std::move(done));
}

}  // namespace crm::desktop

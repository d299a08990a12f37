// GrpcCrmApi: messages through the server's outbox (crm.v1.NotificationService).
#include "api/grpc_crm_api.h"
#include "api/grpc_support.h"
#include "crm/v1/notification.grpc.pb.h"

namespace crm::desktop {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

OutboxMessageInfo toMessage(const v1::OutboxMessage& m) {
  OutboxMessageInfo i;
  i.id = m.id();
  i.channel = q(m.channel());
  i.customerId = q(m.customer_id());
  i.customerName = q(m.customer_name());
  i.templateCode = q(m.template_code());
  i.language = q(m.language());
  i.purpose = q(m.purpose());
  i.status = q(m.status());
  i.lastError = q(m.last_error());
  i.source = q(m.source());
  i.attempts = m.attempts();
  i.createTime = toDateTime(m.create_time());
  if (m.has_sent_time()) i.sentTime = toDateTime(m.sent_time());
  if (m.has_next_attempt_time()) i.nextAttemptTime = toDateTime(m.next_attempt_time());
  return i;
}

}  // namespace

void GrpcCrmApi::listMessageChannels(QObject* context, std::function<void(Result<MessageChannels>)> done) {
  unary<MessageChannels>(
      context,
      [](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::ListChannelsRequest req;
        v1::ListChannelsResponse resp;
        auto status = v1::NotificationService::NewStub(channel)->ListChannels(ctx, req, &resp);
        return toResult<MessageChannels>(status, resp, [](const v1::ListChannelsResponse& r) {
          MessageChannels out;
          for (const auto& c : r.channels())
            out.channels << MessageChannelInfo{q(c.name()), q(c.kind()), q(c.consent_channel()), c.max_bytes()};
          for (const auto& t : r.templates())
            out.templates << MessageTemplateInfo{q(t.code()),    q(t.language()), q(t.purpose()),
                                                 q(t.subject()), q(t.body()),     t.personal_data()};
          return out;
        });
      },
      std::move(done));
}

void GrpcCrmApi::sendClientMessage(const QString& requestId, const QString& customerId, const QString& channel,
                                   const QString& templateCode, const QString& language, const QString& text,
                                   QObject* context, std::function<void(Result<OutboxMessageInfo>)> done) {
  v1::SendClientMessageRequest req;
  req.set_request_id(requestId.toStdString());
  req.set_customer_id(customerId.toStdString());
  req.set_channel(channel.toStdString());
  req.set_template_code(templateCode.toStdString());
  req.set_language(language.toStdString());
  req.set_text(text.toStdString());
  unary<OutboxMessageInfo>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& ch, grpc::ClientContext* ctx) {
        v1::OutboxMessage resp;
        auto status = v1::NotificationService::NewStub(ch)->SendClientMessage(ctx, req, &resp);
        return toResult<OutboxMessageInfo>(status, resp, [](const v1::OutboxMessage& m) { return toMessage(m); });
      },
      std::move(done));
}

void GrpcCrmApi::listMessages(const QString& customerId, const QString& status, const QString& pageToken,
                              QObject* context, std::function<void(Result<OutboxMessagePage>)> done) {
  v1::ListMessagesRequest req;
  req.set_customer_id(customerId.toStdString());
  req.set_status(status.toStdString());
  req.set_page_size(100);
  req.set_page_token(pageToken.toStdString());
  unary<OutboxMessagePage>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& ch, grpc::ClientContext* ctx) {
        v1::ListMessagesResponse resp;
        auto st = v1::NotificationService::NewStub(ch)->ListMessages(ctx, req, &resp);
        return toResult<OutboxMessagePage>(st, resp, [](const v1::ListMessagesResponse& r) {
          OutboxMessagePage page;
          for (const auto& m : r.messages()) page.items << toMessage(m);
          page.nextPageToken = q(r.next_page_token());
          return page;
        });
      },
      std::move(done));
}

}  // namespace crm::desktop

#include "services/notification_service.h"

#include "common/error.h"
#include "common/ids.h"
#include "services/proto_convert.h"

namespace crm::services {

using domain::Action;

namespace {

void ToProto(const domain::OutboxMessage& m, crm::v1::OutboxMessage* out) {
  out->set_id(m.id);
  out->set_channel(m.channel);
  out->set_customer_id(m.customer_id);
  out->set_template_code(m.template_code);
  out->set_language(m.language);
  out->set_purpose(domain::PurposeName(m.purpose));
  out->set_status(domain::MessageStatusName(m.status));
  out->set_attempts(m.attempts);
  out->set_last_error(m.last_error);
  out->set_source(m.source);
  out->set_customer_name(m.customer_name);
  auto at = [](int64_t us) { return TimePoint(std::chrono::microseconds(us)); };
  SetTimestamp(out->mutable_create_time(), at(m.create_time_us));
  if (m.sent_time_us) SetTimestamp(out->mutable_sent_time(), at(m.sent_time_us));
  SetTimestamp(out->mutable_next_attempt_time(), at(m.next_attempt_time_us));
}

}  // namespace

grpc::ServerUnaryReactor* NotificationService::ListChannels(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::ListChannelsRequest*,
                                                            crm::v1::ListChannelsResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.NotificationService/ListChannels", rpc::AuthMode::kSession,
                         [this, resp](rpc::Call& call) {
                           call.caller().Require(Action::kMessageSend);
                           resp->Clear();
                           for (const auto& t : usecases::messages::Templates(call.caller())) {
                             auto* p = resp->add_templates();
                             p->set_code(t.code);
                             p->set_language(t.language);
                             p->set_purpose(domain::PurposeName(t.purpose));
                             p->set_subject(t.subject);
                             p->set_body(t.body);
                             p->set_personal_data(t.personal_data);
                           }
                           for (const auto& c : channels_.all()) {
                             if (c.consent_channel.empty()) continue;  // staff channels
                             auto* p = resp->add_channels();
                             p->set_name(c.name);
                             p->set_kind(domain::ChannelKindName(c.kind));
                             p->set_consent_channel(c.consent_channel);
                             p->set_max_bytes(static_cast<int32_t>(c.max_bytes));
                           }
                         });
}

grpc::ServerUnaryReactor* NotificationService::SendClientMessage(grpc::CallbackServerContext* ctx,
                                                                 const crm::v1::SendClientMessageRequest* req,
                                                                 crm::v1::OutboxMessage* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.NotificationService/SendClientMessage", rpc::AuthMode::kSession,
      [this, req, resp](rpc::Call& call) {
        call.caller().Require(Action::kMessageSend);
        Validation v;
        if (!IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
        if (req->channel().empty()) v.Fail("channel", crm::v1::FieldProblem::REQUIRED, "is required");
        if (req->template_code().empty()) v.Fail("template_code", crm::v1::FieldProblem::REQUIRED, "is required");
        const std::string language = req->language().empty() ? "zh_CN" : req->language();
        if (language != "zh_CN" && language != "en")
          v.Fail("language", crm::v1::FieldProblem::NOT_ONE_OF, "must be zh_CN or en");
        if (req->text().find_first_not_of(" \t\r\n") == std::string::npos)
          v.Fail("text", crm::v1::FieldProblem::REQUIRED, "is required");
        if (req->request_id().size() > 100)
          v.Fail("request_id", crm::v1::FieldProblem::TOO_LONG, "must be at most 100 characters", 100);
        else if (req->request_id().find_first_not_of(
                     "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") != std::string::npos)
          v.Fail("request_id", "must be letters, digits, '_' or '-'");
        v.ThrowIfFailed();
        usecases::messages::ClientMessageRequest r;
        r.request_id = req->request_id();
        r.customer_id = req->customer_id();
        r.channel = req->channel();
        r.template_code = req->template_code();
        r.language = language;
        r.text = req->text();
        ToProto(usecases::messages::SendToClient(call.caller(), channels_, r, max_attempts_), resp);
      });
}

grpc::ServerUnaryReactor* NotificationService::ListMessages(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::ListMessagesRequest* req,
                                                            crm::v1::ListMessagesResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.NotificationService/ListMessages", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(req->customer_id().empty() ? Action::kMessageAudit : Action::kCustomerRead);
        Validation v;
        if (!req->customer_id().empty() && !IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
        if (!req->status().empty() && !domain::MessageStatusFromName(req->status()))
          v.Fail("status", crm::v1::FieldProblem::NOT_ONE_OF,
                 "must be PENDING, SENDING, SENT, DEAD, CANCELLED or SUPPRESSED");
        if (req->page_size() < 0 || req->page_size() > 200)
          v.Fail("page_size", crm::v1::FieldProblem::INVALID, "must be from 0 to 200");
        const int64_t before = IdPageToken(v, req->page_token());
        v.ThrowIfFailed();
        usecases::messages::ListRequest r;
        r.customer_id = req->customer_id();
        r.status = req->status();
        r.before_id = before;
        r.limit = req->page_size() == 0 ? 50 : req->page_size();
        auto rows = usecases::messages::List(call.caller(), r);
        resp->Clear();
        for (const auto& m : rows) ToProto(m, resp->add_messages());
        if (static_cast<int>(rows.size()) == r.limit && !rows.empty())
          resp->set_next_page_token(std::to_string(rows.back().id));
      });
}

}  // namespace crm::services

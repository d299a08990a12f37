#include "usecases/messages.h"

#include <nlohmann/json.hpp>
#include <regex>

#include "common/error.h"
#include "common/ids.h"
#include "security/crypto.h"
#include "storage/transaction.h"
#include "usecases/client_access.h"
#include "usecases/customer_input.h"

namespace crm::usecases::messages {

using domain::Action;
using storage::AuditOutcome;
using storage::OutboxRepository;

const channels::ChannelConfig* ChannelSet::Find(const std::string& name) const {
  for (const auto& c : channels_)
    if (c.name == name) return &c;
  return nullptr;
}

std::map<std::string, std::string> MessageVariables(const std::string& variables_json,
                                                    const domain::MessageTemplate& tmpl,
                                                    const domain::Customer* client) {
  std::map<std::string, std::string> vars;
  auto j = nlohmann::json::parse(variables_json, nullptr, false);
  if (j.is_object())
    for (const auto& [k, v] : j.items()) vars[k] = v.is_string() ? v.get<std::string>() : v.dump();
  if (client) vars["client_name"] = tmpl.personal_data ? client->name : domain::MaskName(client->name);
  return vars;
}

std::string ClientAddress(const domain::Customer& client, const std::string& consent_channel) {
  return DecryptField(client,
                      consent_channel == "EMAIL" ? domain::SensitiveField::kEmail : domain::SensitiveField::kPhone);
}

storage::OutboxRepository::Queued Enqueue(pqxx::transaction_base& tx, const ChannelSet& channels,
                                          const storage::NewOutboxMessage& m, const domain::Customer* client) {
  static const std::regex kKey("^[A-Za-z0-9._-]{1,200}$");
  if (!std::regex_match(m.idempotency_key, kKey))  // it travels in headers and the e-mail's Message-ID
    throw Error::InvalidField("idempotency_key", "must be letters, digits, '.', '_' or '-'");
  const auto* ch = channels.Find(m.channel);
  if (!ch) throw Error::InvalidField("channel", crm::v1::FieldProblem::NOT_ONE_OF, "is not a configured channel");
  if (!m.customer_id.empty() && ch->consent_channel.empty())
    throw Error::InvalidField("channel", crm::v1::FieldProblem::NOT_ONE_OF, "reaches staff, not clients");
  auto tmpl = OutboxRepository::Template(tx, m.template_code, m.language);
  if (!tmpl)
    throw Error::InvalidField("template_code", crm::v1::FieldProblem::NOT_ONE_OF, "is not a template in this language");
  if (tmpl->purpose != m.purpose)
    throw Error::InvalidField("template_code", crm::v1::FieldProblem::NOT_ONE_OF, "is a template for another purpose");
  std::string missing;
  const std::string text =
      domain::RenderTemplate(tmpl->body, MessageVariables(m.variables_json, *tmpl, client), &missing);
  if (!missing.empty())
    throw Error::InvalidField("template_code", crm::v1::FieldProblem::INVALID,
                              "needs the variable " + missing + ", which was not given");
  if (text.size() > ch->max_bytes)
    throw Error::InvalidField(
        "text", crm::v1::FieldProblem::TOO_LONG,
        "makes the message longer than the channel takes (" + std::to_string(ch->max_bytes) + " bytes)",
        static_cast<int64_t>(ch->max_bytes));
  return OutboxRepository::Enqueue(tx, m);
}

domain::OutboxMessage SendToClient(Caller& caller, const ChannelSet& channels, const ClientMessageRequest& request,
                                   int max_attempts) {
  domain::OutboxMessage out;
  // The key is the caller's own (two users' request ids never meet) and
  // safe in a header: "api-" and 40 hex digits.
  const std::string key = "api-" + security::Sha256Hex(caller.Confirm().user_id + "\n" +
                                                       (request.request_id.empty() ? NewUuid() : request.request_id))
                                       .substr(0, 40);
  WithClientInScope(
      caller, Action::kMessageSend, request.customer_id, {"message.queue", ""},
      [&](WorkTx& tx, const domain::Customer& client) {
        const auto* ch = channels.Find(request.channel);
        storage::NewOutboxMessage m;
        m.idempotency_key = key;
        m.channel = request.channel;
        m.customer_id = client.id;
        m.template_code = request.template_code;
        m.language = request.language;
        m.variables_json = nlohmann::json{{"text", request.text}}.dump();
        m.source = "user.send";
        m.created_by = tx.actor().user_id;
        m.max_attempts = max_attempts;
        if (auto tmpl = OutboxRepository::Template(tx.work(), request.template_code, request.language))
          m.purpose = tmpl->purpose;
        if (ch && !ch->consent_channel.empty()) {
          if (m.purpose == domain::MessagePurpose::kMarketing &&
              !OutboxRepository::MarketingConsent(tx.work(), client.id, ch->consent_channel))
            throw Error(crm::v1::ErrorReason::NO_MARKETING_CONSENT,
                        "the client has not agreed to marketing by " + ch->consent_channel)
                .AddMetadata("consent_channel", ch->consent_channel);
          if (ClientAddress(client, ch->consent_channel).empty())
            throw Error(
                crm::v1::ErrorReason::NO_CONTACT_ADDRESS,
                "the client has no " + std::string(ch->consent_channel == "EMAIL" ? "e-mail address" : "mobile number"))
                .AddMetadata("consent_channel", ch->consent_channel);
        }
        auto queued = Enqueue(tx.work(), channels, m, &client);
        out = *OutboxRepository::Get(tx.work(), queued.id);
        return nlohmann::json{{"message_id", queued.id},
                              {"channel", m.channel},
                              {"template", m.template_code},
                              {"purpose", domain::PurposeName(m.purpose)},
                              {"replay", !queued.inserted}};
      });
  return out;
}

std::vector<domain::OutboxMessage> List(Caller& caller, const ListRequest& request) {
  std::vector<domain::OutboxMessage> out;
  storage::OutboxFilter f;
  f.status = request.status;
  f.customer_id = request.customer_id;
  f.before_id = request.before_id;
  f.limit = request.limit;
  if (!request.customer_id.empty()) {
    WithClientInScope(caller, Action::kCustomerRead, request.customer_id, {"message.list", ""},
                      [&](WorkTx& tx, const domain::Customer&) {
                        out = OutboxRepository::List(tx.work(), f);
                        return nlohmann::json{{"count", out.size()}};
                      });
    return out;
  }
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kMessageAudit);
    out = OutboxRepository::List(tx.work(), f);
    tx.Audit({"message.list",
              "outbox_message",
              "",
              "",
              AuditOutcome::kOk,
              {{"status", request.status}, {"count", out.size()}}});
  });
  return out;
}

std::vector<domain::MessageTemplate> Templates(Caller& caller) {
  std::vector<domain::MessageTemplate> out;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kMessageSend);
    out = OutboxRepository::Templates(tx.work());
  });
  return out;
}

std::vector<domain::OutboxMessage> AdminList(storage::ConnectionPool& pool, const storage::AuditWho& who,
                                             const storage::OutboxFilter& filter) {
  std::vector<domain::OutboxMessage> out;
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    out = OutboxRepository::List(tx, filter);
    storage::AuditRepository::Record(tx, who,
                                     {"message.list",
                                      "outbox_message",
                                      "",
                                      "",
                                      AuditOutcome::kOk,
                                      {{"status", filter.status}, {"count", out.size()}}});
  });
  return out;
}

std::vector<storage::OutboxAttempt> AdminAttempts(storage::ConnectionPool& pool, int64_t id) {
  std::vector<storage::OutboxAttempt> out;
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) { out = OutboxRepository::Attempts(tx, id); });
  return out;
}

namespace {

void ChangeState(storage::ConnectionPool& pool, const storage::AuditWho& who, int64_t id, const std::string& reason,
                 bool requeue) {
  if (reason.find_first_not_of(" \t") == std::string::npos)
    throw Error::InvalidField("reason", crm::v1::FieldProblem::REQUIRED, "is required");
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    auto m = OutboxRepository::Get(tx, id);
    if (!m) throw Error::NotFound("message");
    const bool done = requeue ? OutboxRepository::Requeue(tx, id) : OutboxRepository::Cancel(tx, id, reason);
    if (!done)
      throw Error(crm::v1::ErrorReason::MESSAGE_STATE,
                  "message " + std::to_string(id) + " is " + domain::MessageStatusName(m->status) +
                      (requeue ? "; only DEAD or CANCELLED messages can be retried"
                               : "; only PENDING or DEAD messages can be cancelled"));
    storage::AuditRepository::Record(tx, who,
                                     {requeue ? "message.requeue" : "message.cancel",
                                      "outbox_message",
                                      std::to_string(id),
                                      reason,
                                      AuditOutcome::kOk,
                                      {{"from_status", domain::MessageStatusName(m->status)},
                                       {"channel", m->channel},
                                       {"customer_id", m->customer_id}}});
  });
}

}  // namespace

void Requeue(storage::ConnectionPool& pool, const storage::AuditWho& who, int64_t id, const std::string& reason) {
  ChangeState(pool, who, id, reason, true);
}

void Cancel(storage::ConnectionPool& pool, const storage::AuditWho& who, int64_t id, const std::string& reason) {
  ChangeState(pool, who, id, reason, false);
}

storage::OutboxStats Stats(storage::ConnectionPool& pool) {
  storage::OutboxStats s;
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) { s = OutboxRepository::Stats(tx); });
  return s;
}

}  // namespace crm::usecases::messages

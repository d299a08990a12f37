// CustomerService: transfers, delegations, the interaction log, consents,
// accounts, relations and tags (usecases/customer_links.h, interactions.h).
#include <ctime>

#include "common/error.h"
#include "domain/customer_rules.h"
#include "domain/policy.h"
#include "security/crypto.h"
#include "services/customer_mapping.h"
#include "services/customer_service.h"
#include "services/proto_convert.h"
#include "usecases/customer_links.h"
#include "usecases/interactions.h"

namespace crm::services {

using domain::Action;
namespace customers = usecases::customers;

namespace {

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

int64_t Micros(const google::protobuf::Timestamp& t) { return t.seconds() * 1000000 + t.nanos() / 1000; }

// A moment's day in the server's zone as YYYY-MM-DD (ISO dates compare as text).
std::string IsoDay(int64_t epoch_us) {
  const std::time_t t = static_cast<std::time_t>(epoch_us / 1000000);
  std::tm local{};
  localtime_r(&t, &local);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
  return buf;
}

}  // namespace

grpc::ServerUnaryReactor* CustomerService::TransferCustomers(grpc::CallbackServerContext* ctx,
                                                             const crm::v1::TransferCustomersRequest* req,
                                                             crm::v1::TransferCustomersResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/TransferCustomers", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kCustomerTransfer);
        Validation v;
        if (req->customer_ids().empty()) v.Fail("customer_ids", "name at least one client");
        if (req->customer_ids_size() > 1000)
          v.Fail("customer_ids", crm::v1::FieldProblem::TOO_MANY, "at most 1000 clients per transfer", 1000);
        for (const auto& id : req->customer_ids())
          if (!IsUuid(id)) {
            v.Fail("customer_ids", "contains something that is not a client id");
            break;
          }
        if (!IsUuid(req->from_user_id())) v.Fail("from_user_id", "is not a user id");
        if (!IsUuid(req->to_user_id())) v.Fail("to_user_id", "is not a user id");
        if (req->from_user_id() == req->to_user_id())
          v.Fail("to_user_id", crm::v1::FieldProblem::SAME_AS_CURRENT_MANAGER, "must differ from from_user_id");
        if (Blank(req->reason())) v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required for a transfer");
        v.ThrowIfFailed();
        const std::vector<std::string> ids(req->customer_ids().begin(), req->customer_ids().end());
        resp->set_transferred(
            customers::Transfer(call.caller(), ids, req->from_user_id(), req->to_user_id(), req->reason()));
      });
}

grpc::ServerUnaryReactor* CustomerService::CreateDelegation(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::CreateDelegationRequest* req,
                                                            crm::v1::Delegation* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/CreateDelegation", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kCustomerWrite);
        Validation v;
        if (!IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
        if (!IsUuid(req->delegate_user_id())) v.Fail("delegate_user_id", "is not a user id");
        if (Blank(req->reason())) v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required");
        const int64_t now_us = ToEpochMicros(std::chrono::system_clock::now());
        const int64_t expire = Micros(req->expire_time());
        if (expire <= now_us) v.Fail("expire_time", crm::v1::FieldProblem::MUST_BE_FUTURE, "must be in the future");
        if (expire > now_us + int64_t{90} * 24 * 3600 * 1000000)
          v.Fail("expire_time", crm::v1::FieldProblem::TOO_FAR_AHEAD, "must be at most 90 days ahead", 90);
        v.ThrowIfFailed();
        const auto d =
            customers::Delegate(call.caller(), req->customer_id(), req->delegate_user_id(), req->reason(), expire);
        resp->set_id(d.id);
        resp->set_customer_id(d.customer_id);
        resp->set_delegate_user_id(d.delegate_user_id);
        *resp->mutable_expire_time() = req->expire_time();
      });
}

grpc::ServerUnaryReactor* CustomerService::ListInteractions(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::ListInteractionsRequest* req,
                                                            crm::v1::ListInteractionsResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/ListInteractions", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kCustomerRead);
        Validation v;
        if (!IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
        if (req->page_size() < 0 || req->page_size() > 200) v.Fail("page_size", "must be between 0 and 200");
        std::optional<usecases::interactions::Cursor> before;
        if (!req->page_token().empty()) {
          try {
            auto b = security::Base64Decode(req->page_token());
            std::string raw(b.begin(), b.end());
            auto sep = raw.find('|');
            before = usecases::interactions::Cursor{std::stoll(raw.substr(0, sep)), raw.substr(sep + 1)};
            if (!IsUuid(before->id)) throw std::invalid_argument("id");
          } catch (const std::exception&) {
            v.Fail("page_token", "is not a token this server issued");
          }
        }
        v.ThrowIfFailed();
        const auto page = usecases::interactions::List(call.caller(), req->customer_id(), before,
                                                       req->page_size() == 0 ? 50 : req->page_size());
        resp->Clear();
        for (const auto& i : page.interactions) InteractionToProto(i, resp->add_interactions());
        if (page.next) {
          std::string raw = std::to_string(page.next->occurred_time_us) + "|" + page.next->id;
          resp->set_next_page_token(security::Base64Encode(std::vector<uint8_t>(raw.begin(), raw.end())));
        }
      });
}

grpc::ServerUnaryReactor* CustomerService::CreateInteraction(grpc::CallbackServerContext* ctx,
                                                             const crm::v1::CreateInteractionRequest* req,
                                                             crm::v1::Interaction* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/CreateInteraction", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kCustomerWrite);
        Validation v;
        if (!IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
        std::string channel = crm::v1::InteractionChannel_Name(req->channel());
        if (req->channel() == crm::v1::INTERACTION_CHANNEL_UNSPECIFIED)
          v.Fail("channel", crm::v1::FieldProblem::REQUIRED, "is required");
        else
          channel = channel.substr(std::string("CHANNEL_").size());
        if (Blank(req->summary())) v.Fail("summary", crm::v1::FieldProblem::REQUIRED, "is required");
        if (req->summary().size() > 4000)
          v.Fail("summary", crm::v1::FieldProblem::TOO_LONG, "must be at most 4000 characters", 4000);
        const int64_t now_us = ToEpochMicros(std::chrono::system_clock::now());
        int64_t occurred = req->has_occur_time() ? Micros(req->occur_time()) : now_us;
        if (occurred > now_us + 60 * 1000000LL)
          v.Fail("occur_time", crm::v1::FieldProblem::MUST_NOT_BE_FUTURE, "must not be in the future");
        if (req->request_id().size() > 100)
          v.Fail("request_id", crm::v1::FieldProblem::TOO_LONG, "must be at most 100 characters", 100);
        // The next step's day: a real date, from the contact's day to a year after today.
        std::string next_action;
        if (req->has_next_action_date()) {
          if (!ValidDate(req->next_action_date(), next_action) || next_action.empty())
            v.Fail("next_action_date", crm::v1::FieldProblem::INVALID_DATE, "is not a valid date");
          else if (next_action < IsoDay(occurred) || next_action > IsoDay(now_us + int64_t{366} * 24 * 3600 * 1000000))
            v.Fail("next_action_date", "must be from the day of the contact to a year ahead");
        }
        v.ThrowIfFailed();
        usecases::interactions::NewInteraction request;
        request.key = KeyOf("CreateInteraction", req->request_id(), *req, call.actor.user_id);
        request.customer_id = req->customer_id();
        request.channel = channel;
        request.occurred_time_us = occurred;
        request.summary = req->summary();
        request.next_action_date = next_action;
        InteractionToProto(usecases::interactions::Create(call.caller(), request), resp);
      });
}

grpc::ServerUnaryReactor* CustomerService::AmendInteraction(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::AmendInteractionRequest* req,
                                                            crm::v1::Interaction* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/AmendInteraction", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kCustomerWrite);
        Validation v;
        if (!IsUuid(req->interaction_id())) v.Fail("interaction_id", "is not an interaction id");
        if (Blank(req->summary())) v.Fail("summary", crm::v1::FieldProblem::REQUIRED, "is required");
        if (req->summary().size() > 4000)
          v.Fail("summary", crm::v1::FieldProblem::TOO_LONG, "must be at most 4000 characters", 4000);
        if (Blank(req->reason())) v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required for an amendment");
        v.ThrowIfFailed();
        InteractionToProto(
            usecases::interactions::Amend(call.caller(), req->interaction_id(), req->summary(), req->reason()), resp);
      });
}

grpc::ServerUnaryReactor* CustomerService::UpdateConsent(grpc::CallbackServerContext* ctx,
                                                         const crm::v1::UpdateConsentRequest* req,
                                                         crm::v1::Consent* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/UpdateConsent", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kCustomerWrite);
        Validation v;
        if (!IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
        std::string purpose, channel;
        if (req->purpose() == crm::v1::CONSENT_PURPOSE_UNSPECIFIED)
          v.Fail("purpose", crm::v1::FieldProblem::NOT_ONE_OF, "choose MARKETING or DATA_SHARING");
        else
          purpose = crm::v1::ConsentPurpose_Name(req->purpose());
        if (req->channel() == crm::v1::CONSENT_CHANNEL_UNSPECIFIED)
          v.Fail("channel", crm::v1::FieldProblem::REQUIRED, "is required");
        else
          channel = crm::v1::ConsentChannel_Name(req->channel()).substr(std::string("CONSENT_").size());
        if (purpose == "MARKETING" && channel == "ALL")
          v.Fail("channel", crm::v1::FieldProblem::CONSENT_PER_CHANNEL, "marketing consent is given per channel");
        if (purpose == "DATA_SHARING" && !channel.empty() && channel != "ALL")
          v.Fail("channel", crm::v1::FieldProblem::CONSENT_ALL_CHANNELS, "data sharing uses ALL");
        if (req->method().find_first_not_of(" \t") == std::string::npos)
          v.Fail("method", crm::v1::FieldProblem::CONSENT_METHOD_REQUIRED, "say how the client gave or withdrew it");
        if (req->method().size() > 200)
          v.Fail("method", crm::v1::FieldProblem::TOO_LONG, "must be at most 200 characters", 200);
        v.ThrowIfFailed();
        ConsentToProto(customers::UpdateConsent(call.caller(), req->customer_id(), purpose, channel, req->granted(),
                                                req->method()),
                       resp);
      });
}

grpc::ServerUnaryReactor* CustomerService::AddAccount(grpc::CallbackServerContext* ctx,
                                                      const crm::v1::AddAccountRequest* req, crm::v1::Account* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/AddAccount", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kCustomerWrite);
        Validation v;
        if (!IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
        if (req->kind() == crm::v1::ACCOUNT_KIND_UNSPECIFIED)
          v.Fail("kind", crm::v1::FieldProblem::REQUIRED, "is required");
        const std::string digits = domain::NormalizeAccountNumber(req->number()).value_or("");
        if (digits.size() < 6 || digits.size() > 20)
          v.Fail("number", crm::v1::FieldProblem::ACCOUNT_NUMBER_FORMAT, "must be 6-20 digits");
        std::string open_date;
        // A real calendar day (not 31 February), from 1990 on and not ahead of today.
        if (req->has_open_date() && (!ValidDate(req->open_date(), open_date) || req->open_date().year() < 1990))
          v.Fail("open_date", crm::v1::FieldProblem::INVALID_DATE, "is not a valid date");
        // (A day of tolerance: the workstation's today may be ahead of the server's zone.)
        else if (!open_date.empty() &&
                 open_date > IsoDay(ToEpochMicros(std::chrono::system_clock::now()) + 86400000000LL))
          v.Fail("open_date", crm::v1::FieldProblem::MUST_NOT_BE_FUTURE, "must not be in the future");
        v.ThrowIfFailed();
        AccountToProto(customers::AddAccount(call.caller(), req->customer_id(), crm::v1::AccountKind_Name(req->kind()),
                                             digits, open_date),
                       resp);
      });
}

grpc::ServerUnaryReactor* CustomerService::AddRelation(grpc::CallbackServerContext* ctx,
                                                       const crm::v1::AddRelationRequest* req,
                                                       crm::v1::Relation* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/AddRelation", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kCustomerWrite);
        Validation v;
        if (!IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
        std::string relation;
        if (req->relation() == crm::v1::RELATION_TYPE_UNSPECIFIED)
          v.Fail("relation", crm::v1::FieldProblem::REQUIRED, "is required");
        else if (req->relation() == crm::v1::CONTROLLED_ENTITY || req->relation() == crm::v1::BENEFICIALLY_OWNED_ENTITY)
          v.Fail("relation", "record CONTROLLER or BENEFICIAL_OWNER on the entity instead");
        else
          relation = req->relation() == crm::v1::OTHER_RELATION ? "OTHER" : crm::v1::RelationType_Name(req->relation());
        const bool has_client = !req->related_customer_id().empty(), has_name = !req->related_name().empty();
        if (has_client == has_name)
          v.Fail("related_customer_id", crm::v1::FieldProblem::CLIENT_OR_PERSON,
                 "give either a related client or a related person's name");
        if (has_client && !IsUuid(req->related_customer_id())) v.Fail("related_customer_id", "is not a client id");
        if (has_client && req->related_customer_id() == req->customer_id())
          v.Fail("related_customer_id", crm::v1::FieldProblem::SELF_REFERENCE, "cannot be the client itself");
        if (req->related_name().size() > 200)
          v.Fail("related_name", crm::v1::FieldProblem::TOO_LONG, "must be at most 200 characters", 200);
        v.ThrowIfFailed();
        RelationToProto(customers::AddRelation(call.caller(), req->customer_id(), relation, req->related_customer_id(),
                                               req->related_name()),
                        resp);
      });
}

grpc::ServerUnaryReactor* CustomerService::UpdateTags(grpc::CallbackServerContext* ctx,
                                                      const crm::v1::UpdateTagsRequest* req,
                                                      crm::v1::UpdateTagsResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/UpdateTags", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kCustomerWrite);
        Validation v;
        if (!IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
        if (req->add().empty() && req->remove().empty())
          v.Fail("add", crm::v1::FieldProblem::TAG_REQUIRED, "name a tag to add or remove");
        for (const auto* list : {&req->add(), &req->remove()})
          for (const auto& t : *list)
            if (Blank(t) || t.size() > 60) {
              v.Fail(list == &req->add() ? "add" : "remove", crm::v1::FieldProblem::TAG_LENGTH,
                     "tags are 1 to 60 characters");
              break;
            }
        v.ThrowIfFailed();
        const auto [manual, rule] =
            customers::UpdateTags(call.caller(), req->customer_id(), {req->add().begin(), req->add().end()},
                                  {req->remove().begin(), req->remove().end()});
        resp->Clear();
        for (const auto& t : manual) resp->add_manual_tags(t);
        for (const auto& t : rule) resp->add_rule_tags(t);
      });
}

}  // namespace crm::services

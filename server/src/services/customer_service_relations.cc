// CustomerService: transfers, delegations and the interaction log.
#include <ctime>

#include "common/error.h"
#include "domain/policy.h"
#include "domain/customer_rules.h"
#include "security/crypto.h"
#include "security/field_cipher.h"
#include "usecases/client_access.h"
#include "services/customer_mapping.h"
#include "services/customer_service.h"
#include "services/proto_convert.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/request_key_repository.h"
#include "storage/user_repository.h"

namespace crm::services {

using domain::Action;
using storage::AuditOutcome;
using storage::AuditRepository;
using storage::AuditWho;
using storage::CustomerRepository;

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
      ctx, "/crm.v1.CustomerService/TransferCustomers", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kCustomerTransfer);
        Validation v;
        if (req->customer_ids().empty()) v.Fail("customer_ids", "name at least one client");
        if (req->customer_ids_size() > 1000)
          v.Fail("customer_ids", crm::v1::FieldProblem::TOO_MANY, "at most 1000 clients per transfer", 1000);
        for (const auto& id : req->customer_ids())
          if (!storage::IsUuid(id)) {
            v.Fail("customer_ids", "contains something that is not a client id");
            break;
          }
        if (!storage::IsUuid(req->from_user_id())) v.Fail("from_user_id", "is not a user id");
        if (!storage::IsUuid(req->to_user_id())) v.Fail("to_user_id", "is not a user id");
        if (req->from_user_id() == req->to_user_id())
          v.Fail("to_user_id", crm::v1::FieldProblem::SAME_AS_CURRENT_MANAGER, "must differ from from_user_id");
        if (Blank(req->reason())) v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required for a transfer");
        v.ThrowIfFailed();
        int moved = 0;
        std::vector<std::string> refused;
        call.caller().TransactWork([&](usecases::WorkTx& work) {
          auto& tx = work.work();
          moved = 0;
          auto to = storage::UserRepository::FindById(tx, req->to_user_id());
          if (!to || to->role != "ACCOUNT_MANAGER" || to->disabled)
            throw Error::InvalidField("to_user_id", crm::v1::FieldProblem::NOT_ACTIVE_MANAGER,
                                      "must be an active account manager");
          storage::CustomerRow probe;
          probe.owner_user_id = to->id;
          probe.team_id = to->team_id;
          probe.branch_id = to->branch_id;
          if (!InScope(call.actor, scope, probe))
            throw Error::InvalidField("to_user_id", crm::v1::FieldProblem::OUTSIDE_TEAM_OR_BRANCH,
                                      "is outside your team or branch");
          // All or nothing: every client must be in scope and owned by from_user_id.
          // A refusal moves nothing, but the attempt on each such client is
          // recorded (and only that is committed); the answer never says which.
          refused.clear();
          for (const auto& id : req->customer_ids()) {
            auto row = CustomerRepository::Get(tx, id);
            if (!row || !InScope(call.actor, scope, *row) || row->owner_user_id != req->from_user_id())
              refused.push_back(id);
          }
          if (!refused.empty()) {
            for (const auto& id : refused)
              work.Audit({"customer.transfer",
                          "customer",
                          id,
                          req->reason(),
                          AuditOutcome::kDenied,
                          {{"from_user_id", req->from_user_id()}, {"to_user_id", to->id}}});
            return;
          }
          for (const auto& id : req->customer_ids()) {
            if (!CustomerRepository::TransferOwner(tx, id, req->from_user_id(), to->id, to->team_id, to->branch_id))
              throw Error(crm::v1::ErrorReason::CONFLICT, "a client changed during the transfer; try again");
            CustomerRepository::InsertOwnerHistory(tx, id, req->from_user_id(), to->id, call.actor.user_id,
                                                   req->reason());
            work.Audit({"customer.transfer",
                        "customer",
                        id,
                        req->reason(),
                        AuditOutcome::kOk,
                        {{"from_user_id", req->from_user_id()}, {"to_user_id", to->id}}});
            ++moved;
          }
        });
        if (!refused.empty()) {
          Error e(crm::v1::ErrorReason::NOT_TRANSFERABLE,
                  "a client is not in your scope or not owned by from_user_id; nothing was transferred");
          e.AddViolation("customer_ids", crm::v1::FieldProblem::NOT_TRANSFERABLE,
                         std::to_string(refused.size()) + " client(s) cannot be transferred from this manager",
                         static_cast<int64_t>(refused.size()));
          throw e;
        }
        resp->set_transferred(moved);
      });
}

grpc::ServerUnaryReactor* CustomerService::CreateDelegation(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::CreateDelegationRequest* req,
                                                            crm::v1::Delegation* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/CreateDelegation", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kCustomerWrite);
        Validation v;
        if (!storage::IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
        if (!storage::IsUuid(req->delegate_user_id())) v.Fail("delegate_user_id", "is not a user id");
        if (Blank(req->reason())) v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required");
        const int64_t now_us = ToEpochMicros(std::chrono::system_clock::now());
        const int64_t expire = Micros(req->expire_time());
        if (expire <= now_us) v.Fail("expire_time", crm::v1::FieldProblem::MUST_BE_FUTURE, "must be in the future");
        if (expire > now_us + int64_t{90} * 24 * 3600 * 1000000)
          v.Fail("expire_time", crm::v1::FieldProblem::TOO_FAR_AHEAD, "must be at most 90 days ahead", 90);
        v.ThrowIfFailed();
        bool found = false;
        call.caller().TransactWork([&](usecases::WorkTx& work) {
          auto& tx = work.work();
          auto row = CustomerRepository::Get(tx, req->customer_id());
          // A delegate may not pass the client on: only the owner or a lead delegates.
          found = row && InScope(call.actor, scope, *row) &&
                  (scope != domain::DataScope::kOwn || row->owner_user_id == call.actor.user_id);
          if (found) {
            auto delegate = storage::UserRepository::FindById(tx, req->delegate_user_id());
            if (!delegate || delegate->role != "ACCOUNT_MANAGER" || delegate->disabled ||
                delegate->id == row->owner_user_id)
              throw Error::InvalidField("delegate_user_id", crm::v1::FieldProblem::SAME_MANAGER,
                                        "must be another active account manager");
            std::string id = CustomerRepository::InsertDelegation(tx, row->id, delegate->id, call.actor.user_id,
                                                                  req->reason(), expire);
            resp->set_id(id);
            resp->set_customer_id(row->id);
            resp->set_delegate_user_id(delegate->id);
            *resp->mutable_expire_time() = req->expire_time();
          }
          work.Audit({"customer.delegate",
                      "customer",
                      req->customer_id(),
                      req->reason(),
                      found ? AuditOutcome::kOk : AuditOutcome::kDenied,
                      {{"delegate_user_id", req->delegate_user_id()}, {"expire_time_us", expire}}});
        });
        if (!found) throw Error::NotFound("customer");
      });
}

grpc::ServerUnaryReactor* CustomerService::ListInteractions(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::ListInteractionsRequest* req,
                                                            crm::v1::ListInteractionsResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/ListInteractions", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kCustomerRead);
        Validation v;
        if (!storage::IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
        if (req->page_size() < 0 || req->page_size() > 200) v.Fail("page_size", "must be between 0 and 200");
        int64_t before_us = INT64_MAX / 2;
        std::string before_id;
        if (!req->page_token().empty()) {
          try {
            auto b = security::Base64Decode(req->page_token());
            std::string raw(b.begin(), b.end());
            auto sep = raw.find('|');
            before_us = std::stoll(raw.substr(0, sep));
            before_id = raw.substr(sep + 1);
            if (!storage::IsUuid(before_id)) throw std::invalid_argument("id");
          } catch (const std::exception&) {
            v.Fail("page_token", "is not a token this server issued");
          }
        }
        v.ThrowIfFailed();
        const int size = req->page_size() == 0 ? 50 : req->page_size();
        resp->Clear();
        usecases::WithClientInScope(
            call.caller(), scope, req->customer_id(), {"interaction.list", ""},
            [&](pqxx::work& tx, const storage::CustomerRow& row) {
              resp->Clear();
              auto rows = CustomerRepository::ListInteractions(tx, row.id, before_us, before_id, size + 1);
              for (int i = 0; i < static_cast<int>(rows.size()) && i < size; ++i)
                InteractionToProto(rows[i], resp->add_interactions());
              if (static_cast<int>(rows.size()) > size) {
                std::string raw = std::to_string(rows[size - 1].occurred_time_us) + "|" + rows[size - 1].id;
                resp->set_next_page_token(security::Base64Encode(std::vector<uint8_t>(raw.begin(), raw.end())));
              }
              return nlohmann::json{{"count", resp->interactions_size()}};
            });
      });
}

grpc::ServerUnaryReactor* CustomerService::CreateInteraction(grpc::CallbackServerContext* ctx,
                                                             const crm::v1::CreateInteractionRequest* req,
                                                             crm::v1::Interaction* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/CreateInteraction", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kCustomerWrite);
        Validation v;
        if (!storage::IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
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
        const auto key = KeyOf("CreateInteraction", req->request_id(), *req, call.actor.user_id);
        usecases::WithClientInScope(call.caller(), scope, req->customer_id(), {"interaction.create", ""},
                                    [&](pqxx::work& tx, const storage::CustomerRow& row) {
                                      if (!key.request_id.empty()) {
                                        if (auto first = storage::RequestKeyRepository::Claim(tx, key)) {
                                          auto earlier = CustomerRepository::GetInteraction(tx, *first);
                                          if (!earlier) throw Error::NotFound("interaction");
                                          InteractionToProto(*earlier,
                                                             resp);  // a repeat: the interaction first recorded
                                          return nlohmann::json{{"interaction_id", *first}, {"replay", true}};
                                        }
                                      }
                                      storage::InteractionRow r;
                                      r.customer_id = row.id;
                                      r.channel = channel;
                                      r.occurred_time_us = occurred;
                                      r.author_user_id = call.actor.user_id;
                                      r.summary = req->summary();
                                      r.next_action_date = next_action;
                                      r.id = CustomerRepository::InsertInteraction(tx, r);
                                      if (!key.request_id.empty())
                                        storage::RequestKeyRepository::Complete(tx, key, r.id);
                                      InteractionToProto(*CustomerRepository::GetInteraction(tx, r.id), resp);
                                      return nlohmann::json{{"interaction_id", r.id}, {"channel", channel}};
                                    });
      });
}

grpc::ServerUnaryReactor* CustomerService::AmendInteraction(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::AmendInteractionRequest* req,
                                                            crm::v1::Interaction* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/AmendInteraction", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kCustomerWrite);
        Validation v;
        if (!storage::IsUuid(req->interaction_id())) v.Fail("interaction_id", "is not an interaction id");
        if (Blank(req->summary())) v.Fail("summary", crm::v1::FieldProblem::REQUIRED, "is required");
        if (req->summary().size() > 4000)
          v.Fail("summary", crm::v1::FieldProblem::TOO_LONG, "must be at most 4000 characters", 4000);
        if (Blank(req->reason())) v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required for an amendment");
        v.ThrowIfFailed();
        bool found = false;
        call.caller().TransactWork([&](usecases::WorkTx& work) {
          auto& tx = work.work();
          auto original = CustomerRepository::GetInteraction(tx, req->interaction_id());
          std::optional<storage::CustomerRow> row;
          if (original) row = CustomerRepository::Get(tx, original->customer_id);
          found = original && row && InScope(call.actor, scope, *row);
          if (found) {
            storage::InteractionRow r = *original;
            r.summary = req->summary();
            r.amends_id = original->id;
            r.amend_reason = req->reason();
            r.author_user_id = call.actor.user_id;
            r.id = CustomerRepository::InsertInteraction(tx, r);
            InteractionToProto(*CustomerRepository::GetInteraction(tx, r.id), resp);
          }
          work.Audit({"interaction.amend",
                      "interaction",
                      req->interaction_id(),
                      req->reason(),
                      found ? AuditOutcome::kOk : AuditOutcome::kDenied,
                      {{"amendment_id", resp->id()}}});
        });
        if (!found) throw Error::NotFound("interaction");
      });
}

}  // namespace crm::services

namespace crm::services {

grpc::ServerUnaryReactor* CustomerService::UpdateConsent(grpc::CallbackServerContext* ctx,
                                                         const crm::v1::UpdateConsentRequest* req,
                                                         crm::v1::Consent* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/UpdateConsent", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, domain::Action::kCustomerWrite);
        Validation v;
        if (!storage::IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
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
        usecases::WithClientInScope(
            call.caller(), scope, req->customer_id(), {"customer.consent", req->method()},
            [&](pqxx::work& tx, const storage::CustomerRow& row) {
              CustomerRepository::InsertConsent(tx, row.id, purpose, channel, req->granted(), req->method(),
                                                call.actor.user_id);
              for (const auto& c : CustomerRepository::CurrentConsents(tx, row.id))
                if (c.purpose == purpose && c.channel == channel) ConsentToProto(c, resp);
              return nlohmann::json{{"purpose", purpose}, {"channel", channel}, {"granted", req->granted()}};
            });
      });
}

grpc::ServerUnaryReactor* CustomerService::AddAccount(grpc::CallbackServerContext* ctx,
                                                      const crm::v1::AddAccountRequest* req, crm::v1::Account* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/AddAccount", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, domain::Action::kCustomerWrite);
        Validation v;
        if (!storage::IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
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
        // An account number is linked to one client only (UNIQUE kind + blind index):
        // a second link names the field instead of a bare ALREADY_EXISTS.
        try {
          usecases::WithClientInScope(
              call.caller(), scope, req->customer_id(), {"customer.account_add", ""},
              [&](pqxx::work& tx, const storage::CustomerRow& row) {
                auto cipher = security::FieldCipher::Process();
                storage::AccountRow a;
                a.id = NewUuid();
                a.customer_id = row.id;
                a.kind = crm::v1::AccountKind_Name(req->kind());
                a.number_enc_hex = security::HexEncode(cipher->Encrypt(digits, "customer_account.number:" + a.id));
                a.number_bidx = cipher->BlindIndex("account_number", digits);
                a.number_mask = domain::MaskAccount(digits);
                a.open_date = open_date;
                a.status = "ACTIVE";
                CustomerRepository::InsertAccount(tx, a);
                AccountToProto(a, resp);
                return nlohmann::json{{"kind", a.kind}, {"account_id", a.id}};
              });
        } catch (const Error& e) {
          if (e.code() != ErrorCode::kAlreadyExists) throw;
          throw Error(crm::v1::ErrorReason::ACCOUNT_EXISTS, "this account number is already linked")
              .AddViolation("number", crm::v1::FieldProblem::ACCOUNT_ALREADY_LINKED, "is already linked to a client");
        }
      });
}

}  // namespace crm::services

namespace crm::services {

grpc::ServerUnaryReactor* CustomerService::AddRelation(grpc::CallbackServerContext* ctx,
                                                       const crm::v1::AddRelationRequest* req,
                                                       crm::v1::Relation* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/AddRelation", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, domain::Action::kCustomerWrite);
        Validation v;
        if (!storage::IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
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
        if (has_client && !storage::IsUuid(req->related_customer_id()))
          v.Fail("related_customer_id", "is not a client id");
        if (has_client && req->related_customer_id() == req->customer_id())
          v.Fail("related_customer_id", crm::v1::FieldProblem::SELF_REFERENCE, "cannot be the client itself");
        if (req->related_name().size() > 200)
          v.Fail("related_name", crm::v1::FieldProblem::TOO_LONG, "must be at most 200 characters", 200);
        v.ThrowIfFailed();
        usecases::WithClientInScope(
            call.caller(), scope, req->customer_id(), {"customer.relation_add", ""},
            [&](pqxx::work& tx, const storage::CustomerRow& row) {
              if (has_client) {
                // Linking to a client needs that client in the caller's scope too.
                auto other = CustomerRepository::Get(tx, req->related_customer_id());
                if (!other || !InScope(call.actor, scope, *other))
                  throw Error::InvalidField("related_customer_id", crm::v1::FieldProblem::CLIENT_NOT_IN_SCOPE,
                                            "no such client in your scope");
              }
              std::string id = CustomerRepository::InsertRelation(tx, row.id, relation, req->related_customer_id(),
                                                                  req->related_name());
              for (const auto& r : CustomerRepository::Relations(tx, row.id))
                if (r.id == id) RelationToProto(r, resp);
              return nlohmann::json{{"relation", relation}, {"related_customer_id", req->related_customer_id()}};
            });
      });
}

grpc::ServerUnaryReactor* CustomerService::UpdateTags(grpc::CallbackServerContext* ctx,
                                                      const crm::v1::UpdateTagsRequest* req,
                                                      crm::v1::UpdateTagsResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.CustomerService/UpdateTags", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kCustomerWrite);
        Validation v;
        if (!storage::IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
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
        usecases::WithClientInScope(
            call.caller(), scope, req->customer_id(), {"customer.tags", ""},
            [&](pqxx::work& tx, const storage::CustomerRow& row) {
              for (const auto& t : req->add()) CustomerRepository::AddTag(tx, row.id, t);
              for (const auto& t : req->remove()) CustomerRepository::RemoveTag(tx, row.id, t);
              resp->Clear();
              auto [manual, rule] = CustomerRepository::Tags(tx, row.id);
              for (const auto& t : manual) resp->add_manual_tags(t);
              for (const auto& t : rule) resp->add_rule_tags(t);
              return nlohmann::json{{"added", std::vector<std::string>(req->add().begin(), req->add().end())},
                                    {"removed", std::vector<std::string>(req->remove().begin(), req->remove().end())}};
            });
      });
}

}  // namespace crm::services

// GrpcCrmApi: creating clients and changing what is on record about them
// (accounts, household, consents, tags, ownership, archive), through
// crm.v1.CustomerService.
#include "api/grpc_crm_api.h"
#include "api/grpc_support.h"
#include "crm/v1/customer.grpc.pb.h"

namespace crm::desktop {
namespace {

std::string s(const QString& v) { return v.toStdString(); }

void setDate(const QDate& d, google::type::Date* out) {
  out->set_year(d.year());
  out->set_month(d.month());
  out->set_day(d.day());
}

// An enum value by its proto name (the UNSPECIFIED zero when unknown, which
// the server refuses naming the field).
template <typename Enum, typename Parse>
Enum parsed(const QString& name, Parse parse) {
  Enum value{};
  return parse(s(name), &value) ? value : Enum{};
}

}  // namespace

void GrpcCrmApi::createCustomer(const QString& requestId, const NewCustomerInput& in, QObject* context,
                                std::function<void(Result<CustomerSummary>)> done) {
  v1::CreateCustomerRequest req;
  req.set_request_id(s(requestId));
  auto* c = req.mutable_customer();
  c->set_kind(parsed<v1::CustomerKind>(in.kind, v1::CustomerKind_Parse));
  c->set_name(s(in.name));
  c->set_gender(s(in.gender));
  if (in.birthDate.isValid()) setDate(in.birthDate, c->mutable_birth_date());
  if (!in.idType.isEmpty()) c->set_id_type(parsed<v1::IdType>(in.idType, v1::IdType_Parse));
  c->set_id_number(s(in.idNumber));
  c->set_phone(s(in.phone));
  c->set_email(s(in.email));
  c->set_address(s(in.address));
  c->set_district(s(in.district));
  c->set_occupation(s(in.occupation));
  c->set_employer(s(in.employer));
  c->set_source(s(in.source));
  c->set_owner_user_id(s(in.ownerUserId));
  unary<CustomerSummary>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::Customer resp;
        auto status = v1::CustomerService::NewStub(channel)->CreateCustomer(ctx, req, &resp);
        return toResult<CustomerSummary>(status, resp, [](const v1::Customer& c) { return toSummary(c); });
      },
      std::move(done));
}

void GrpcCrmApi::addAccount(const QString& customerId, const QString& kind, const QString& number,
                            const QDate& openDate, QObject* context, std::function<void(Result<Empty>)> done) {
  v1::AddAccountRequest req;
  req.set_customer_id(s(customerId));
  req.set_kind(parsed<v1::AccountKind>(kind, v1::AccountKind_Parse));
  req.set_number(s(number));
  if (openDate.isValid()) setDate(openDate, req.mutable_open_date());
  unary<Empty>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::Account resp;
        auto status = v1::CustomerService::NewStub(channel)->AddAccount(ctx, req, &resp);
        return toResult<Empty>(status, resp, [](const v1::Account&) { return Empty{}; });
      },
      std::move(done));
}

void GrpcCrmApi::addRelation(const QString& customerId, const QString& relation, const QString& relatedCustomerId,
                             const QString& relatedName, QObject* context, std::function<void(Result<Empty>)> done) {
  v1::AddRelationRequest req;
  req.set_customer_id(s(customerId));
  req.set_relation(parsed<v1::RelationType>(relation, v1::RelationType_Parse));
  req.set_related_customer_id(s(relatedCustomerId));
  req.set_related_name(s(relatedName));
  unary<Empty>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::Relation resp;
        auto status = v1::CustomerService::NewStub(channel)->AddRelation(ctx, req, &resp);
        return toResult<Empty>(status, resp, [](const v1::Relation&) { return Empty{}; });
      },
      std::move(done));
}

void GrpcCrmApi::updateConsent(const QString& customerId, const ConsentInfo& consent, QObject* context,
                               std::function<void(Result<ConsentInfo>)> done) {
  v1::UpdateConsentRequest req;
  req.set_customer_id(s(customerId));
  req.set_purpose(parsed<v1::ConsentPurpose>(consent.purpose, v1::ConsentPurpose_Parse));
  req.set_channel(parsed<v1::ConsentChannel>(consent.channel, v1::ConsentChannel_Parse));
  req.set_granted(consent.granted);
  req.set_method(s(consent.method));
  unary<ConsentInfo>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::Consent resp;
        auto status = v1::CustomerService::NewStub(channel)->UpdateConsent(ctx, req, &resp);
        return toResult<ConsentInfo>(status, resp, [](const v1::Consent& k) {
          return ConsentInfo{QString::fromStdString(v1::ConsentPurpose_Name(k.purpose())),
                             QString::fromStdString(v1::ConsentChannel_Name(k.channel())), k.granted(),
                             QString::fromStdString(k.method()), toDateTime(k.record_time())};
        });
      },
      std::move(done));
}

void GrpcCrmApi::updateTags(const QString& customerId, const QStringList& add, const QStringList& remove,
                            QObject* context, std::function<void(Result<QStringList>)> done) {
  v1::UpdateTagsRequest req;
  req.set_customer_id(s(customerId));
  for (const auto& t : add) req.add_add(s(t));
  for (const auto& t : remove) req.add_remove(s(t));
  unary<QStringList>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::UpdateTagsResponse resp;
        auto status = v1::CustomerService::NewStub(channel)->UpdateTags(ctx, req, &resp);
        return toResult<QStringList>(status, resp, [](const v1::UpdateTagsResponse& r) {
          QStringList tags;
          for (const auto& t : r.manual_tags()) tags << QString::fromStdString(t);
          return tags;
        });
      },
      std::move(done));
}

void GrpcCrmApi::transferCustomers(const QStringList& customerIds, const QString& fromUserId, const QString& toUserId,
                                   const QString& reason, QObject* context, std::function<void(Result<int>)> done) {
  v1::TransferCustomersRequest req;
  for (const auto& id : customerIds) req.add_customer_ids(s(id));
  req.set_from_user_id(s(fromUserId));
  req.set_to_user_id(s(toUserId));
  req.set_reason(s(reason));
  unary<int>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::TransferCustomersResponse resp;
        auto status = v1::CustomerService::NewStub(channel)->TransferCustomers(ctx, req, &resp);
        return toResult<int>(status, resp, [](const v1::TransferCustomersResponse& r) { return r.transferred(); });
      },
      std::move(done));
}

void GrpcCrmApi::createDelegation(const QString& customerId, const QString& delegateUserId, const QDateTime& expireTime,
                                  const QString& reason, QObject* context, std::function<void(Result<Empty>)> done) {
  v1::CreateDelegationRequest req;
  req.set_customer_id(s(customerId));
  req.set_delegate_user_id(s(delegateUserId));
  *req.mutable_expire_time() = toTimestamp(expireTime);
  req.set_reason(s(reason));
  unary<Empty>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::Delegation resp;
        auto status = v1::CustomerService::NewStub(channel)->CreateDelegation(ctx, req, &resp);
        return toResult<Empty>(status, resp, [](const v1::Delegation&) { return Empty{}; });
      },
      std::move(done));
}

void GrpcCrmApi::setArchived(const QString& customerId, bool archived, const QString& reason, QObject* context,
                             std::function<void(Result<Empty>)> done) {
  const std::string id = s(customerId), why = s(reason);
  unary<Empty>(
      context,
      [id, why, archived](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        auto stub = v1::CustomerService::NewStub(channel);
        v1::Customer resp;
        grpc::Status status;
        if (archived) {
          v1::ArchiveCustomerRequest req;
          req.set_id(id);
          req.set_reason(why);
          status = stub->ArchiveCustomer(ctx, req, &resp);
        } else {
          v1::RestoreCustomerRequest req;
          req.set_id(id);
          req.set_reason(why);
          status = stub->RestoreCustomer(ctx, req, &resp);
        }
        return toResult<Empty>(status, resp, [](const v1::Customer&) { return Empty{}; });
      },
      std::move(done));
}

}  // namespace crm::desktop

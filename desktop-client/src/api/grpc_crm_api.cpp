#include "api/grpc_crm_api.h"

#include "api/customer_words.h"
#include "api/display_formats.h"
#include "api/grpc_support.h"

#include <grpcpp/grpcpp.h>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QMetaObject>

#include "crm/v1/auth.grpc.pb.h"
#include "crm/v1/customer.grpc.pb.h"
#include "crm/v1/org.grpc.pb.h"

namespace crm::desktop {
namespace {

QString roleName(crm::v1::Role role) { return QString::fromStdString(crm::v1::Role_Name(role)); }

UserInfo toUser(const crm::v1::User& u) {
  UserInfo info;
  info.id = QString::fromStdString(u.id());
  info.username = QString::fromStdString(u.username());
  info.displayName = QString::fromStdString(u.display_name());
  info.role = roleName(u.role());
  info.teamId = QString::fromStdString(u.team_id());
  info.branchId = QString::fromStdString(u.branch_id());
  return info;
}

}  // namespace

CustomerSummary toSummary(const crm::v1::Customer& c) {
  CustomerSummary s;
  s.id = QString::fromStdString(c.id());
  s.name = QString::fromStdString(c.name());
  s.status = QString::fromStdString(crm::v1::CustomerStatus_Name(c.status()));
  s.tier = QString::fromStdString(c.tier());
  s.riskLevel = QString::fromStdString(c.risk_level());
  s.phoneMasked = QString::fromStdString(c.phone());
  s.idNumberMasked = QString::fromStdString(c.id_number());
  s.district = QString::fromStdString(c.district());
  s.ownerUserId = QString::fromStdString(c.owner_user_id());
  s.archived = c.has_archive_time();
  s.hasAum = c.has_aum_date();
  s.aumMinor = c.aum_minor();
  if (c.activity().has_last_interaction_date()) {
    const auto& d = c.activity().last_interaction_date();
    s.lastContact = QDate(d.year(), d.month(), d.day());
  }
  return s;
}

GrpcCrmApi::GrpcCrmApi(const QString& address, const QString& caFile, int deadlineMs) : m_deadlineMs(deadlineMs) {
  m_pool.setMaxThreadCount(4);
  grpc::SslCredentialsOptions ssl;
  if (!caFile.isEmpty()) {
    QFile f(caFile);
    if (!f.open(QIODevice::ReadOnly)) {
      m_setupError = QCoreApplication::translate("GrpcCrmApi", "Cannot read the CA certificate file %1.").arg(caFile);
    } else {
      ssl.pem_root_certs = f.readAll().toStdString();
    }
  }
  grpc::ChannelArguments args;
  // Fail fast when the server is down instead of waiting out the deadline.
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 500);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 2000);
  m_channel = grpc::CreateCustomChannel(address.toStdString(), grpc::SslCredentials(ssl), args);
}

GrpcCrmApi::~GrpcCrmApi() { m_pool.waitForDone(); }

void GrpcCrmApi::setAccessToken(const QString& token) {
  QMutexLocker lock(&m_mutex);
  m_token = token;
}

QString GrpcCrmApi::token() const {
  QMutexLocker lock(&m_mutex);
  return m_token;
}

void GrpcCrmApi::login(const QString& username, const QString& password, QObject* context,
                       std::function<void(Result<LoginResult>)> done) {
  if (!m_setupError.isEmpty()) {
    Result<LoginResult> r;
    r.error = ApiError::fromStatus(grpc::Status(grpc::StatusCode::UNAVAILABLE, m_setupError.toStdString()));
    done(r);
    return;
  }
  auto channel = m_channel;
  int deadline = m_deadlineMs;
  std::string user = username.toStdString(), pw = password.toStdString();
  run<LoginResult>(
      context,
      [channel, deadline, user, pw]() mutable {
        auto stub = crm::v1::AuthService::NewStub(channel);
        auto ctx = makeContext(std::string(), deadline);
        crm::v1::LoginRequest req;
        req.set_username(user);
        req.set_password(pw);
        std::fill(pw.begin(), pw.end(), '\0');
        crm::v1::LoginResponse resp;
        grpc::Status status = stub->Login(ctx.get(), req, &resp);
        req.mutable_password()->assign(req.password().size(), '\0');
        Result<LoginResult> r;
        r.error = ApiError::fromStatus(status);
        if (status.ok()) {
          r.value.accessToken = QString::fromStdString(resp.access_token());
          r.value.expireTime = toDateTime(resp.expire_time());
          r.value.idleTimeoutSeconds = resp.idle_timeout_seconds();
          r.value.user = toUser(resp.user());
          r.value.passwordChangeRequired = resp.password_change_required();
        }
        return r;
      },
      std::move(done));
}

void GrpcCrmApi::whoAmI(QObject* context, std::function<void(Result<UserInfo>)> done) {
  auto channel = m_channel;
  int deadline = m_deadlineMs;
  std::string tok = token().toStdString();
  run<UserInfo>(
      context,
      [channel, deadline, tok]() {
        auto stub = crm::v1::AuthService::NewStub(channel);
        auto ctx = makeContext(tok, deadline);
        crm::v1::WhoAmIResponse resp;
        grpc::Status status = stub->WhoAmI(ctx.get(), {}, &resp);
        Result<UserInfo> r;
        r.error = ApiError::fromStatus(status);
        if (status.ok()) {
          r.value = toUser(resp.user());
          r.value.teamName = QString::fromStdString(resp.team_name());
          r.value.branchName = QString::fromStdString(resp.branch_name());
        }
        return r;
      },
      std::move(done));
}

void GrpcCrmApi::changePassword(const QString& current, const QString& next, QObject* context,
                                std::function<void(Result<LoginResult>)> done) {
  auto channel = m_channel;
  int deadline = m_deadlineMs;
  std::string tok = token().toStdString(), cur = current.toStdString(), nxt = next.toStdString();
  run<LoginResult>(
      context,
      [channel, deadline, tok, cur, nxt]() {
        auto stub = crm::v1::AuthService::NewStub(channel);
        auto ctx = makeContext(tok, deadline);
        crm::v1::ChangePasswordRequest req;
        req.set_current_password(cur);
        req.set_new_password(nxt);
        crm::v1::ChangePasswordResponse resp;
        grpc::Status status = stub->ChangePassword(ctx.get(), req, &resp);
        Result<LoginResult> r;
        r.error = ApiError::fromStatus(status);
        if (status.ok()) {
          r.value.accessToken = QString::fromStdString(resp.access_token());
          r.value.expireTime = toDateTime(resp.expire_time());
        }
        return r;
      },
      std::move(done));
}

void GrpcCrmApi::logout(QObject* context, std::function<void(Result<Empty>)> done) {
  auto channel = m_channel;
  int deadline = m_deadlineMs;
  std::string tok = token().toStdString();
  run<Empty>(
      context,
      [channel, deadline, tok]() {
        auto stub = crm::v1::AuthService::NewStub(channel);
        auto ctx = makeContext(tok, deadline);
        crm::v1::LogoutResponse resp;
        Result<Empty> r;
        r.error = ApiError::fromStatus(stub->Logout(ctx.get(), {}, &resp));
        return r;
      },
      std::move(done));
}

namespace {
crm::v1::ListCustomersRequest listRequest(const CustomerFilter& filter) {
  crm::v1::ListCustomersRequest req;
  crm::v1::CustomerStatus status = crm::v1::CUSTOMER_STATUS_UNSPECIFIED;
  if (!filter.status.isEmpty()) crm::v1::CustomerStatus_Parse(filter.status.toStdString(), &status);
  req.set_status(status);
  req.set_tier(filter.tier.toStdString());
  req.set_risk_level(filter.riskLevel.toStdString());
  req.set_tag(filter.tag.toStdString());
  req.set_owner_user_id(filter.ownerUserId.toStdString());
  req.set_order_by(filter.orderBy.toStdString());
  req.set_include_archived(filter.includeArchived);
  return req;
}
}  // namespace

void GrpcCrmApi::listCustomers(const CustomerFilter& filter, const QString& pageToken, int pageSize, QObject* context,
                               std::function<void(Result<CustomerPage>)> done) {
  auto channel = m_channel;
  int deadline = m_deadlineMs;
  std::string tok = token().toStdString();
  crm::v1::ListCustomersRequest req = listRequest(filter);
  req.set_page_size(pageSize);
  req.set_page_token(pageToken.toStdString());
  req.set_include_metrics(true);  // the list shows AUM and last contact
  run<CustomerPage>(
      context,
      [channel, deadline, tok, req]() {
        auto stub = crm::v1::CustomerService::NewStub(channel);
        auto ctx = makeContext(tok, deadline);
        crm::v1::ListCustomersResponse resp;
        grpc::Status status = stub->ListCustomers(ctx.get(), req, &resp);
        Result<CustomerPage> r;
        r.error = ApiError::fromStatus(status);
        if (status.ok()) {
          for (const auto& c : resp.customers()) r.value.customers.append(toSummary(c));
          r.value.nextPageToken = QString::fromStdString(resp.next_page_token());
        }
        return r;
      },
      std::move(done));
}

void GrpcCrmApi::countCustomers(const CustomerFilter& filter, QObject* context,
                                std::function<void(Result<qint64>)> done) {
  const crm::v1::ListCustomersRequest req = listRequest(filter);
  unary<qint64>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        crm::v1::CountCustomersResponse resp;
        auto status = crm::v1::CustomerService::NewStub(channel)->CountCustomers(ctx, req, &resp);
        return toResult<qint64>(status, resp, [](const crm::v1::CountCustomersResponse& r) { return r.total_size(); });
      },
      std::move(done));
}

void GrpcCrmApi::searchCustomers(const QString& query, QObject* context,
                                 std::function<void(Result<CustomerPage>)> done) {
  auto channel = m_channel;
  int deadline = m_deadlineMs;
  std::string tok = token().toStdString(), q = query.toStdString();
  run<CustomerPage>(
      context,
      [channel, deadline, tok, q]() {
        auto stub = crm::v1::CustomerService::NewStub(channel);
        auto ctx = makeContext(tok, deadline);
        crm::v1::SearchCustomersRequest req;
        req.set_query(q);
        req.set_page_size(100);
        req.set_include_metrics(true);  // the list shows AUM and last contact for what was found too
        crm::v1::SearchCustomersResponse resp;
        grpc::Status status = stub->SearchCustomers(ctx.get(), req, &resp);
        Result<CustomerPage> r;
        r.error = ApiError::fromStatus(status);
        if (status.ok()) {
          for (const auto& c : resp.customers()) r.value.customers.append(toSummary(c));
          r.value.partial = resp.partial();
        }
        return r;
      },
      std::move(done));
}

void GrpcCrmApi::getCustomer(const QString& id, QObject* context, std::function<void(Result<CustomerDetail>)> done) {
  auto channel = m_channel;
  int deadline = m_deadlineMs;
  std::string tok = token().toStdString(), cid = id.toStdString();
  run<CustomerDetail>(
      context,
      [channel, deadline, tok, cid]() {
        auto stub = crm::v1::CustomerService::NewStub(channel);
        auto ctx = makeContext(tok, deadline);
        crm::v1::GetCustomerRequest req;
        req.set_id(cid);
        crm::v1::Customer c;
        grpc::Status status = stub->GetCustomer(ctx.get(), req, &c);
        Result<CustomerDetail> r;
        r.error = ApiError::fromStatus(status);
        if (!status.ok()) return r;
        auto& d = r.value;
        d.summary = toSummary(c);
        d.kind = QString::fromStdString(crm::v1::CustomerKind_Name(c.kind()));
        d.gender = QString::fromStdString(c.gender());
        if (c.birth_date().year() > 0)
          d.birthDate = QStringLiteral("%1-%2-%3")
                            .arg(c.birth_date().year(), 4, 10, QLatin1Char('0'))
                            .arg(c.birth_date().month(), 2, 10, QLatin1Char('0'))
                            .arg(c.birth_date().day(), 2, 10, QLatin1Char('0'));
        d.email = QString::fromStdString(c.email());
        d.address = QString::fromStdString(c.address());
        d.occupation = QString::fromStdString(c.occupation());
        d.employer = QString::fromStdString(c.employer());
        d.source = QString::fromStdString(c.source());
        d.ownerUserId = QString::fromStdString(c.owner_user_id());
        d.ownerName = QString::fromStdString(c.owner_name());
        d.teamId = QString::fromStdString(c.team_id());
        d.branchId = QString::fromStdString(c.branch_id());
        for (const auto& t : c.manual_tags()) d.manualTags << QString::fromStdString(t);
        for (const auto& t : c.rule_tags()) d.ruleTags << QString::fromStdString(t);
        d.etag = QString::fromStdString(c.etag());
        if (c.has_risk_expire_time()) d.riskExpireTime = toDateTime(c.risk_expire_time());
        d.investorClass = QString::fromStdString(c.investor_class());
        for (int cap : c.capabilities()) {
          d.canEdit = d.canEdit || cap == v1::CAPABILITY_EDIT;
          d.canReveal = d.canReveal || cap == v1::CAPABILITY_REVEAL_SENSITIVE;
          d.canTransfer = d.canTransfer || cap == v1::CAPABILITY_TRANSFER;
        }
        auto name = [](const std::string& n) { return QString::fromStdString(n); };
        for (const auto& a : c.accounts()) {
          QString line = QStringLiteral("%1  %2  (%3)")
                             .arg(accountKindText(name(crm::v1::AccountKind_Name(a.kind()))), name(a.number()),
                                  accountStatusText(name(a.status())));
          if (a.has_open_date())
            line += QCoreApplication::translate("CustomerWords", "  opened %1")
                        .arg(formatDay(QDate(a.open_date().year(), a.open_date().month(), a.open_date().day())));
          d.accounts << line;
        }
        for (const auto& k : c.consents()) {
          d.consentRecords.append({name(crm::v1::ConsentPurpose_Name(k.purpose())),
                                   name(crm::v1::ConsentChannel_Name(k.channel())), k.granted(), name(k.method()),
                                   toDateTime(k.record_time())});
          d.consents << QCoreApplication::translate("CustomerWords", "%1 by %2: %3 (%4)")
                            .arg(consentPurposeText(name(crm::v1::ConsentPurpose_Name(k.purpose()))),
                                 consentChannelText(name(crm::v1::ConsentChannel_Name(k.channel()))),
                                 k.granted() ? QCoreApplication::translate("CustomerWords", "agreed")
                                             : QCoreApplication::translate("CustomerWords", "withdrawn"),
                                 name(k.method()));
        }
        for (const auto& rel : c.relations())
          d.relations << QStringLiteral("%1: %2").arg(
              relationText(name(crm::v1::RelationType_Name(rel.relation()))),
              rel.related_in_scope() ? name(rel.related_name())
                                     : QCoreApplication::translate("CustomerWords", "a client outside your book"));
        auto date = [](const google::type::Date& d) { return QDate(d.year(), d.month(), d.day()); };
        for (const auto& h : c.holdings())
          d.holdings << HoldingInfo{QString::fromStdString(h.product_code()), QString::fromStdString(h.product_name()),
                                    QString::fromStdString(h.currency()), h.market_value_minor(), date(h.as_of())};
        for (const auto& m : c.futures_margin())
          d.futuresMargin << FuturesMarginInfo{QString::fromStdString(m.account_mask()),
                                               QString::fromStdString(m.currency()),
                                               QString::fromStdString(m.snapshot_time()),
                                               date(m.trading_day()),
                                               m.balance_minor(),
                                               m.available_minor(),
                                               m.curr_margin_minor(),
                                               m.margin_ratio_bp(),
                                               m.below_threshold()};
        d.hasActivity = c.has_activity();
        d.trades90d = c.activity().trades_90d();
        if (c.activity().has_last_trade_date()) d.lastTradeDate = date(c.activity().last_trade_date());
        d.commission12mMinor = c.activity().commission_12m_minor();
        d.netCashFlow3mMinor = c.activity().net_cash_flow_3m_minor();
        d.hasCash = c.has_cash_date();
        d.cashMinor = c.cash_minor();
        if (d.hasCash) d.cashDate = date(c.cash_date());
        d.hasAum = c.has_aum_date();
        d.aumMinor = c.aum_minor();
        if (d.hasAum) d.aumDate = date(c.aum_date());
        for (const auto& p : c.aum_history()) d.aumHistory.append({date(p.day()), p.aum_minor()});
        return r;
      },
      std::move(done));
}

void GrpcCrmApi::revealField(const QString& id, const QString& field, const QString& reason, QObject* context,
                             std::function<void(Result<QString>)> done) {
  auto channel = m_channel;
  int deadline = m_deadlineMs;
  std::string tok = token().toStdString(), cid = id.toStdString(), f = field.toStdString(), why = reason.toStdString();
  run<QString>(
      context,
      [channel, deadline, tok, cid, f, why]() {
        auto stub = crm::v1::CustomerService::NewStub(channel);
        auto ctx = makeContext(tok, deadline);
        crm::v1::RevealSensitiveFieldRequest req;
        req.set_id(cid);
        crm::v1::SensitiveField sf;
        req.set_field(crm::v1::SensitiveField_Parse(f, &sf) ? sf : crm::v1::SENSITIVE_FIELD_UNSPECIFIED);
        req.set_reason(why);
        crm::v1::RevealSensitiveFieldResponse resp;
        grpc::Status status = stub->RevealSensitiveField(ctx.get(), req, &resp);
        Result<QString> r;
        r.error = ApiError::fromStatus(status);
        if (status.ok()) r.value = QString::fromStdString(resp.value());
        return r;
      },
      std::move(done));
}

void GrpcCrmApi::listUsers(const QString& teamId, const QString& branchId, QObject* context,
                           std::function<void(Result<QList<UserInfo>>)> done) {
  crm::v1::ListUsersRequest req;
  req.set_team_id(teamId.toStdString());
  req.set_branch_id(branchId.toStdString());
  req.set_page_size(500);
  unary<QList<UserInfo>>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        crm::v1::ListUsersResponse resp;
        auto status = crm::v1::OrgService::NewStub(channel)->ListUsers(ctx, req, &resp);
        return toResult<QList<UserInfo>>(status, resp, [](const crm::v1::ListUsersResponse& r) {
          QList<UserInfo> users;
          for (const auto& u : r.users())
            if (!u.disabled()) users.append(toUser(u));
          return users;
        });
      },
      std::move(done));
}

}  // namespace crm::desktop

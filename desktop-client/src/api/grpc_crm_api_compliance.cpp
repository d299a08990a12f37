// GrpcCrmApi: the compliance calls (crm.v1.AuditService, and the suitability
// exceptions list of crm.v1.SuitabilityService).
#include <QFile>

#include "api/grpc_crm_api.h"
#include "api/grpc_support.h"
#include "crm/v1/audit.grpc.pb.h"
#include "crm/v1/suitability.grpc.pb.h"

namespace crm::desktop {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

void toFilter(const AuditQuery& query, v1::AuditFilter* f) {
  f->set_actor_user_id(query.actorUserId.toStdString());
  f->set_target_type(query.targetType.toStdString());
  f->set_target_id(query.targetId.toStdString());
  f->set_action(query.action.toStdString());
  v1::AuditOutcome outcome = v1::AUDIT_OUTCOME_UNSPECIFIED;
  if (!query.outcome.isEmpty()) v1::AuditOutcome_Parse(query.outcome.toStdString(), &outcome);
  f->set_outcome(outcome);
  if (query.start.isValid()) *f->mutable_start_time() = toTimestamp(query.start);
  if (query.end.isValid()) *f->mutable_end_time() = toTimestamp(query.end);
}

AuditEventInfo toEvent(const v1::AuditEvent& e) {
  AuditEventInfo i;
  i.sequence = e.sequence();
  i.time = toDateTime(e.event_time());
  i.actorUserId = q(e.actor_user_id());
  i.actorUsername = q(e.actor_username());
  i.actorRole = q(e.actor_role());
  i.sessionId = q(e.session_id());
  i.clientAddress = q(e.client_address());
  i.requestId = q(e.request_id());
  i.action = q(e.action());
  i.targetType = q(e.target_type());
  i.targetId = q(e.target_id());
  i.targetLabel = q(e.target_label());
  i.actorDisplayName = q(e.actor_display_name());
  i.reason = q(e.reason());
  i.outcome = q(v1::AuditOutcome_Name(e.outcome()));
  i.detailsJson = q(e.details_json());
  i.prevHashHex = q(e.prev_hash_hex());
  i.hashHex = q(e.hash_hex());
  return i;
}

constexpr int kLongCallMs = 10 * 60 * 1000;  // verification and export of a large trail

}  // namespace

void GrpcCrmApi::listAuditEvents(const AuditQuery& query, const QString& pageToken, int pageSize, QObject* context,
                                 std::function<void(Result<AuditPage>)> done) {
  v1::ListAuditEventsRequest req;
  toFilter(query, req.mutable_filter());
  req.set_page_size(pageSize);
  req.set_page_token(pageToken.toStdString());
  unary<AuditPage>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::ListAuditEventsResponse resp;
        auto status = v1::AuditService::NewStub(channel)->ListAuditEvents(ctx, req, &resp);
        return toResult<AuditPage>(status, resp, [](const v1::ListAuditEventsResponse& r) {
          AuditPage page;
          for (const auto& e : r.events()) page.events << toEvent(e);
          page.nextPageToken = q(r.next_page_token());
          page.totalSize = r.total_size();
          return page;
        });
      },
      std::move(done));
}

void GrpcCrmApi::verifyAuditChain(qint64 fromSequence, qint64 toSequence, QObject* context,
                                  std::function<void(Result<ChainVerification>)> done) {
  v1::VerifyAuditChainRequest req;
  req.set_from_sequence(fromSequence);
  req.set_to_sequence(toSequence);
  unary<ChainVerification>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::VerifyAuditChainResponse resp;
        auto status = v1::AuditService::NewStub(channel)->VerifyAuditChain(ctx, req, &resp);
        return toResult<ChainVerification>(status, resp, [](const v1::VerifyAuditChainResponse& r) {
          ChainVerification v;
          v.intact = r.intact();
          v.eventsChecked = r.events_checked();
          v.checkpointsChecked = r.checkpoints_checked();
          v.firstSequence = r.first_sequence();
          v.lastSequence = r.last_sequence();
          v.firstBadSequence = r.first_bad_sequence();
          v.problem = q(v1::VerifyAuditChainResponse::Problem_Name(r.problem()));
          v.detail = q(r.detail());
          return v;
        });
      },
      std::move(done), kLongCallMs);
}

std::shared_ptr<CallCanceller> GrpcCrmApi::exportAuditEvents(const AuditQuery& query, const QString& format,
                                                             const QString& reason, const QString& filePath,
                                                             QObject* context,
                                                             std::function<void(qint64, qint64)> progress,
                                                             std::function<void(Result<ExportSummary>)> done) {
  auto canceller = std::make_shared<StreamCanceller>();
  auto channel = m_channel;
  std::string tok = token().toStdString();
  v1::ExportAuditEventsRequest req;
  toFilter(query, req.mutable_filter());
  req.set_format(format == QLatin1String("JSON_LINES") ? v1::ExportAuditEventsRequest::JSON_LINES
                                                       : v1::ExportAuditEventsRequest::CSV);
  req.set_reason(reason.toStdString());
  QPointer<QObject> guard(context);
  run<ExportSummary>(
      context,
      [channel, tok, req, filePath, canceller, guard, progress]() {
        Result<ExportSummary> r;
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
          r.error = ApiError::fromStatus(
              grpc::Status(grpc::StatusCode::FAILED_PRECONDITION,
                           QCoreApplication::translate("GrpcCrmApi", "Cannot write %1.").arg(filePath).toStdString()));
          return r;
        }
        // A UTF-8 byte order mark first, so Excel on Chinese Windows opens
        // the CSV as UTF-8 rather than GBK.
        if (req.format() == v1::ExportAuditEventsRequest::CSV) file.write("\xEF\xBB\xBF", 3);
        auto stub = v1::AuditService::NewStub(channel);
        auto ctx = makeContext(tok, kLongCallMs);
        if (!canceller->attach(ctx.get())) ctx->TryCancel();
        auto reader = stub->ExportAuditEvents(ctx.get(), req);
        v1::ExportAuditEventsResponse msg;
        bool writeFailed = false;
        while (reader->Read(&msg)) {
          if (msg.has_progress()) {
            r.value.exported = msg.progress().exported();
            const qint64 exported = msg.progress().exported(), total = msg.progress().total();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, progress, exported, total] {
                  if (guard && progress) progress(exported, total);
                },
                Qt::QueuedConnection);
          } else if (!msg.chunk().empty()) {
            if (file.write(msg.chunk().data(), static_cast<qint64>(msg.chunk().size())) !=
                static_cast<qint64>(msg.chunk().size())) {
              writeFailed = true;
              ctx->TryCancel();
              break;
            }
            r.value.bytes += static_cast<qint64>(msg.chunk().size());
          }
        }
        grpc::Status status = reader->Finish();
        canceller->detach();
        file.close();
        if (writeFailed)
          status =
              grpc::Status(grpc::StatusCode::FAILED_PRECONDITION,
                           QCoreApplication::translate("GrpcCrmApi", "Cannot write %1.").arg(filePath).toStdString());
        else if (status.ok() && canceller->cancelled())
          status = grpc::Status(grpc::StatusCode::CANCELLED, "cancelled");
        r.error = ApiError::fromStatus(status);
        if (!status.ok()) file.remove();  // never leave half an export behind
        return r;
      },
      std::move(done));
  return canceller;
}

namespace {
void setReview(const v1::ExceptionReview& r, SuitabilityExceptionInfo& i) {
  i.reviewed = true;
  i.reviewNote = q(r.note());
  i.reviewerName = q(r.reviewer_name());
  i.reviewTime = toDateTime(r.review_time());
}
}  // namespace

void GrpcCrmApi::listSuitabilityExceptions(const QString& kind, const QString& pageToken, bool unreviewedOnly,
                                           QObject* context,
                                           std::function<void(Result<SuitabilityExceptionPage>)> done) {
  v1::ListSuitabilityExceptionsRequest req;
  v1::SuitabilityExceptionKind k = v1::SUITABILITY_EXCEPTION_KIND_UNSPECIFIED;
  v1::SuitabilityExceptionKind_Parse(kind.toStdString(), &k);
  req.set_kind(k);
  req.set_page_size(100);
  req.set_page_token(pageToken.toStdString());
  req.set_unreviewed_only(unreviewedOnly);
  unary<SuitabilityExceptionPage>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::ListSuitabilityExceptionsResponse resp;
        auto status = v1::SuitabilityService::NewStub(channel)->ListSuitabilityExceptions(ctx, req, &resp);
        return toResult<SuitabilityExceptionPage>(status, resp, [](const v1::ListSuitabilityExceptionsResponse& r) {
          SuitabilityExceptionPage page;
          for (const auto& e : r.exceptions()) {
            SuitabilityExceptionInfo i;
            i.kind = q(v1::SuitabilityExceptionKind_Name(e.kind()));
            i.customerId = q(e.customer_id());
            i.customerName = q(e.customer_name());
            i.level = e.level() == v1::RISK_LEVEL_UNSPECIFIED ? QString() : q(v1::RiskLevel_Name(e.level()));
            i.productCode = q(e.product_code());
            i.productRisk = static_cast<int>(e.product_risk());
            i.time = toDateTime(e.time());
            i.saleId = q(e.sale_id());
            i.amountMinor = e.amount().amount_minor();
            i.currency = q(e.amount().currency());
            i.ownerUserId = q(e.owner_user_id());
            i.ownerName = q(e.owner_name());
            i.reviewKey = q(e.review_key());
            if (e.has_review()) setReview(e.review(), i);
            page.items << i;
          }
          page.nextPageToken = q(r.next_page_token());
          return page;
        });
      },
      std::move(done));
}

void GrpcCrmApi::reviewException(const SuitabilityExceptionInfo& exception, const QString& note, QObject* context,
                                 std::function<void(Result<SuitabilityExceptionInfo>)> done) {
  v1::ReviewSuitabilityExceptionRequest req;
  v1::SuitabilityExceptionKind k = v1::SUITABILITY_EXCEPTION_KIND_UNSPECIFIED;
  v1::SuitabilityExceptionKind_Parse(exception.kind.toStdString(), &k);
  req.set_kind(k);
  req.set_review_key(exception.reviewKey.toStdString());
  req.set_note(note.toStdString());
  unary<SuitabilityExceptionInfo>(
      context,
      [req, exception](const std::shared_ptr<grpc::Channel>& channel, grpc::ClientContext* ctx) {
        v1::ExceptionReview resp;
        auto status = v1::SuitabilityService::NewStub(channel)->ReviewSuitabilityException(ctx, req, &resp);
        return toResult<SuitabilityExceptionInfo>(status, resp, [exception](const v1::ExceptionReview& r) {
          SuitabilityExceptionInfo i = exception;
          setReview(r, i);
          return i;
        });
      },
      std::move(done));
}

}  // namespace crm::desktop

// GrpcCrmApi: large-value reports for compliance (crm.v1.AmlService).
#include "api/grpc_crm_api.h"
#include "api/grpc_support.h"
#include "crm/v1/aml.grpc.pb.h"

namespace crm::desktop {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

LargeValueReportInfo toReport(const v1::LargeValueReport& r) {
  LargeValueReportInfo i;
  i.id = r.id();
  i.ruleCode = q(r.rule_code());
  i.ruleDescription = q(r.rule_description());
  i.customerId = q(r.customer_id());
  i.customerName = q(r.customer_name());
  i.day = q(r.day());
  i.direction = q(r.direction());
  i.currency = q(r.currency());
  i.dueDate = q(r.due_date());
  i.status = q(r.status());
  i.assigneeId = q(r.assignee_id());
  i.assigneeName = q(r.assignee_name());
  i.closeReason = q(r.close_reason());
  i.totalMinor = r.total_minor();
  i.flowCount = r.flow_count();
  i.dueEstimated = r.due_estimated();
  i.overdue = r.overdue();
  i.version = r.version();
  i.createTime = toDateTime(r.create_time());
  if (r.has_close_time()) i.closeTime = toDateTime(r.close_time());
  for (const auto& f : r.flow_refs()) i.flowRefs << q(f);
  return i;
}

AmlRiskRatingInfo toRating(const v1::AmlRiskRating& r) {
  AmlRiskRatingInfo i;
  i.customerId = q(r.customer_id());
  i.customerName = q(r.customer_name());
  i.rating = q(r.rating());
  i.reason = q(r.reason());
  i.ratedByName = q(r.rated_by_name());
  i.nextReview = q(r.next_review());
  i.ratedTime = toDateTime(r.rated_time());
  i.overdue = r.overdue();
  i.version = r.version();
  return i;
}

WatchlistCaseInfo toCase(const v1::WatchlistCase& c) {
  WatchlistCaseInfo i;
  i.id = c.id();
  i.customerId = q(c.customer_id());
  i.customerName = q(c.customer_name());
  i.listKind = q(c.list_kind());
  i.entryRef = q(c.entry_ref());
  i.entryName = q(c.entry_name());
  i.matchedName = q(c.matched_name());
  i.category = q(c.category());
  i.country = q(c.country());
  i.trigger = q(c.trigger());
  i.status = q(c.status());
  i.assigneeId = q(c.assignee_id());
  i.assigneeName = q(c.assignee_name());
  i.closeReason = q(c.close_reason());
  i.listVersion = c.list_version();
  i.version = c.version();
  i.createTime = toDateTime(c.create_time());
  if (c.has_close_time()) i.closeTime = toDateTime(c.close_time());
  return i;
}

}  // namespace

void GrpcCrmApi::listLargeValueReports(const QString& status, bool overdueOnly, const QString& pageToken,
                                       QObject* context, std::function<void(Result<LargeValueReportPage>)> done) {
  v1::ListLargeValueReportsRequest req;
  req.set_status(status.toStdString());
  req.set_overdue_only(overdueOnly);
  req.set_page_size(100);
  req.set_page_token(pageToken.toStdString());
  unary<LargeValueReportPage>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& ch, grpc::ClientContext* ctx) {
        v1::ListLargeValueReportsResponse resp;
        auto st = v1::AmlService::NewStub(ch)->ListLargeValueReports(ctx, req, &resp);
        return toResult<LargeValueReportPage>(st, resp, [](const v1::ListLargeValueReportsResponse& r) {
          LargeValueReportPage out;
          for (const auto& x : r.reports()) out.items << toReport(x);
          out.nextPageToken = q(r.next_page_token());
          return out;
        });
      },
      std::move(done));
}

void GrpcCrmApi::getLargeValueReport(qint64 id, QObject* context,
                                     std::function<void(Result<LargeValueReportInfo>)> done) {
  v1::GetLargeValueReportRequest req;
  req.set_id(id);
  unary<LargeValueReportInfo>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& ch, grpc::ClientContext* ctx) {
        v1::LargeValueReport resp;
        auto st = v1::AmlService::NewStub(ch)->GetLargeValueReport(ctx, req, &resp);
        return toResult<LargeValueReportInfo>(st, resp, [](const v1::LargeValueReport& r) { return toReport(r); });
      },
      std::move(done));
}

void GrpcCrmApi::assignLargeValueReport(qint64 id, int version, QObject* context,
                                        std::function<void(Result<LargeValueReportInfo>)> done) {
  v1::AssignLargeValueReportRequest req;
  req.set_id(id);
  req.set_version(version);
  unary<LargeValueReportInfo>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& ch, grpc::ClientContext* ctx) {
        v1::LargeValueReport resp;
        auto st = v1::AmlService::NewStub(ch)->AssignLargeValueReport(ctx, req, &resp);
        return toResult<LargeValueReportInfo>(st, resp, [](const v1::LargeValueReport& r) { return toReport(r); });
      },
      std::move(done));
}

void GrpcCrmApi::closeLargeValueReport(qint64 id, int version, const QString& status, const QString& reason,
                                       QObject* context, std::function<void(Result<LargeValueReportInfo>)> done) {
  v1::CloseLargeValueReportRequest req;
  req.set_id(id);
  req.set_version(version);
  req.set_status(status.toStdString());
  req.set_reason(reason.toStdString());
  unary<LargeValueReportInfo>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& ch, grpc::ClientContext* ctx) {
        v1::LargeValueReport resp;
        auto st = v1::AmlService::NewStub(ch)->CloseLargeValueReport(ctx, req, &resp);
        return toResult<LargeValueReportInfo>(st, resp, [](const v1::LargeValueReport& r) { return toReport(r); });
      },
      std::move(done));
}

void GrpcCrmApi::listWatchlistCases(const QString& status, const QString& pageToken, QObject* context,
                                    std::function<void(Result<WatchlistCasePage>)> done) {
  v1::ListWatchlistCasesRequest req;
  req.set_status(status.toStdString());
  req.set_page_size(100);
  req.set_page_token(pageToken.toStdString());
  unary<WatchlistCasePage>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& ch, grpc::ClientContext* ctx) {
        v1::ListWatchlistCasesResponse resp;
        auto st = v1::AmlService::NewStub(ch)->ListWatchlistCases(ctx, req, &resp);
        return toResult<WatchlistCasePage>(st, resp, [](const v1::ListWatchlistCasesResponse& r) {
          WatchlistCasePage out;
          for (const auto& c : r.cases()) out.items << toCase(c);
          out.nextPageToken = q(r.next_page_token());
          for (const auto& l : r.lists()) {
            WatchlistInfo info;
            info.listKind = q(l.list_kind());
            info.source = q(l.source());
            info.version = l.version();
            info.entries = l.entries();
            info.loadTime = toDateTime(l.load_time());
            out.lists << info;
          }
          return out;
        });
      },
      std::move(done));
}

void GrpcCrmApi::assignWatchlistCase(qint64 id, int version, QObject* context,
                                     std::function<void(Result<WatchlistCaseInfo>)> done) {
  v1::AssignWatchlistCaseRequest req;
  req.set_id(id);
  req.set_version(version);
  unary<WatchlistCaseInfo>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& ch, grpc::ClientContext* ctx) {
        v1::WatchlistCase resp;
        auto st = v1::AmlService::NewStub(ch)->AssignWatchlistCase(ctx, req, &resp);
        return toResult<WatchlistCaseInfo>(st, resp, [](const v1::WatchlistCase& c) { return toCase(c); });
      },
      std::move(done));
}

void GrpcCrmApi::closeWatchlistCase(qint64 id, int version, const QString& status, const QString& reason,
                                    QObject* context, std::function<void(Result<WatchlistCaseInfo>)> done) {
  v1::CloseWatchlistCaseRequest req;
  req.set_id(id);
  req.set_version(version);
  req.set_status(status.toStdString());
  req.set_reason(reason.toStdString());
  unary<WatchlistCaseInfo>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& ch, grpc::ClientContext* ctx) {
        v1::WatchlistCase resp;
        auto st = v1::AmlService::NewStub(ch)->CloseWatchlistCase(ctx, req, &resp);
        return toResult<WatchlistCaseInfo>(st, resp, [](const v1::WatchlistCase& c) { return toCase(c); });
      },
      std::move(done));
}

void GrpcCrmApi::listAmlRiskRatings(bool dueOnly, const QString& pageToken, QObject* context,
                                    std::function<void(Result<AmlRiskRatingPage>)> done) {
  v1::ListAmlRiskRatingsRequest req;
  req.set_due_only(dueOnly);
  req.set_page_size(100);
  req.set_page_token(pageToken.toStdString());
  unary<AmlRiskRatingPage>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& ch, grpc::ClientContext* ctx) {
        v1::ListAmlRiskRatingsResponse resp;
        auto st = v1::AmlService::NewStub(ch)->ListAmlRiskRatings(ctx, req, &resp);
        return toResult<AmlRiskRatingPage>(st, resp, [](const v1::ListAmlRiskRatingsResponse& r) {
          AmlRiskRatingPage out;
          for (const auto& x : r.ratings()) out.items << toRating(x);
          out.nextPageToken = q(r.next_page_token());
          return out;
        });
      },
      std::move(done));
}

void GrpcCrmApi::setAmlRiskRating(const QString& customerId, const QString& rating, const QString& reason, int version,
                                  QObject* context, std::function<void(Result<AmlRiskRatingInfo>)> done) {
  v1::SetAmlRiskRatingRequest req;
  req.set_customer_id(customerId.toStdString());
  req.set_rating(rating.toStdString());
  req.set_reason(reason.toStdString());
  req.set_version(version);
  unary<AmlRiskRatingInfo>(
      context,
      [req](const std::shared_ptr<grpc::Channel>& ch, grpc::ClientContext* ctx) {
        v1::AmlRiskRating resp;
        auto st = v1::AmlService::NewStub(ch)->SetAmlRiskRating(ctx, req, &resp);
        return toResult<AmlRiskRatingInfo>(st, resp, [](const v1::AmlRiskRating& r) { return toRating(r); });
      },
      std::move(done));
}

}  // namespace crm::desktop

#include "services/aml_service.h"

#include "common/utf8.h"
#include "common/error.h"
#include "common/ids.h"
#include "services/proto_convert.h"
#include "usecases/aml.h"

namespace crm::services {

using domain::Action;

namespace {

void ToProto(const usecases::aml::ReportView& v, crm::v1::LargeValueReport* out) {
  const auto& r = v.report;
  out->set_id(r.id);
  out->set_rule_code(r.rule_code);
  out->set_rule_description(r.rule_description);
  out->set_customer_id(r.customer_id);
  out->set_customer_name(r.customer_name);
  out->set_day(r.day);
  out->set_direction(r.direction);
  out->set_currency(r.currency);
  out->set_total_minor(r.total_minor);
  out->set_flow_count(r.flow_count);
  out->set_due_date(r.due_date);
  out->set_due_estimated(r.due_estimated);
  out->set_overdue(v.overdue);
  out->set_status(r.status);
  out->set_assignee_id(r.assignee_id);
  out->set_assignee_name(r.assignee_name);
  out->set_close_reason(r.close_reason);
  out->set_version(r.version);
  auto at = [](int64_t us) { return TimePoint(std::chrono::microseconds(us)); };
  SetTimestamp(out->mutable_create_time(), at(r.create_time_us));
  if (r.close_time_us) SetTimestamp(out->mutable_close_time(), at(r.close_time_us));
  for (const auto& f : v.flow_refs) out->add_flow_refs(f);
}

void CheckId(Validation& v, int64_t id) {
  if (id <= 0) v.Fail("id", crm::v1::FieldProblem::REQUIRED, "is required");
}

}  // namespace

grpc::ServerUnaryReactor* AmlService::ListLargeValueReports(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::ListLargeValueReportsRequest* req,
                                                            crm::v1::ListLargeValueReportsResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.AmlService/ListLargeValueReports", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kAmlReview);
        Validation v;
        const std::string& s = req->status();
        if (!s.empty() && s != "OPEN" && s != "FILED" && s != "DISMISSED")
          v.Fail("status", crm::v1::FieldProblem::NOT_ONE_OF, "must be OPEN, FILED or DISMISSED");
        if (req->page_size() < 0 || req->page_size() > 200)
          v.Fail("page_size", crm::v1::FieldProblem::INVALID, "must be from 0 to 200");
        const int64_t after = IdPageToken(v, req->page_token());
        v.ThrowIfFailed();
        usecases::aml::ListRequest r{s, req->overdue_only(), after, req->page_size() == 0 ? 50 : req->page_size()};
        auto rows = usecases::aml::ListReports(call.caller(), r);
        resp->Clear();
        for (const auto& row : rows) ToProto(row, resp->add_reports());
        if (static_cast<int>(rows.size()) == r.limit && !rows.empty())
          resp->set_next_page_token(std::to_string(rows.back().report.id));
      });
}

grpc::ServerUnaryReactor* AmlService::GetLargeValueReport(grpc::CallbackServerContext* ctx,
                                                          const crm::v1::GetLargeValueReportRequest* req,
                                                          crm::v1::LargeValueReport* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.AmlService/GetLargeValueReport", rpc::AuthMode::kSession,
                         [req, resp](rpc::Call& call) {
                           call.caller().Require(Action::kAmlReview);
                           Validation v;
                           CheckId(v, req->id());
                           v.ThrowIfFailed();
                           ToProto(usecases::aml::GetReport(call.caller(), req->id()), resp);
                         });
}

grpc::ServerUnaryReactor* AmlService::AssignLargeValueReport(grpc::CallbackServerContext* ctx,
                                                             const crm::v1::AssignLargeValueReportRequest* req,
                                                             crm::v1::LargeValueReport* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.AmlService/AssignLargeValueReport", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kAmlReview);
        Validation v;
        CheckId(v, req->id());
        if (req->version() <= 0) v.Fail("version", crm::v1::FieldProblem::REQUIRED, "is required");
        if (!req->assignee_id().empty() && !IsUuid(req->assignee_id())) v.Fail("assignee_id", "is not a user id");
        v.ThrowIfFailed();
        ToProto(usecases::aml::AssignReport(call.caller(), req->id(), req->version(), req->assignee_id()), resp);
      });
}

grpc::ServerUnaryReactor* AmlService::CloseLargeValueReport(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::CloseLargeValueReportRequest* req,
                                                            crm::v1::LargeValueReport* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.AmlService/CloseLargeValueReport", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kAmlReview);
        Validation v;
        CheckId(v, req->id());
        if (req->version() <= 0) v.Fail("version", crm::v1::FieldProblem::REQUIRED, "is required");
        if (req->status() != "FILED" && req->status() != "DISMISSED")
          v.Fail("status", crm::v1::FieldProblem::NOT_ONE_OF, "must be FILED or DISMISSED");
        if (req->reason().find_first_not_of(" \t\r\n") == std::string::npos)
          v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required");
        else if (Utf8Length(req->reason()) > 500)
          v.Fail("reason", crm::v1::FieldProblem::TOO_LONG, "must be at most 500 characters", 500);
        v.ThrowIfFailed();
        ToProto(usecases::aml::CloseReport(call.caller(), req->id(), req->version(), req->status(), req->reason()),
                resp);
      });
}

}  // namespace crm::services

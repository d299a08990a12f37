// crm.v1.AmlService, watch-list cases: proto <-> usecases::aml.
#include "common/utf8.h"
#include "common/error.h"
#include "common/ids.h"
#include "domain/calendar.h"
#include "services/aml_service.h"
#include "services/proto_convert.h"
#include "usecases/aml_risk.h"
#include "usecases/aml_watchlist.h"

namespace crm::services {

using domain::Action;

namespace {

TimePoint At(int64_t us) { return TimePoint(std::chrono::microseconds(us)); }

void ToProto(const storage::AmlCase& c, crm::v1::WatchlistCase* out) {
  out->set_id(c.id);
  out->set_customer_id(c.customer_id);
  out->set_customer_name(c.customer_name);
  out->set_list_kind(c.list_kind);
  out->set_list_version(c.list_version);
  out->set_entry_ref(c.entry_ref);
  out->set_entry_name(c.entry_name);
  out->set_matched_name(c.matched_name);
  out->set_category(c.category);
  out->set_country(c.country);
  out->set_trigger(c.trigger);
  out->set_status(c.status);
  out->set_assignee_id(c.assignee_id);
  out->set_assignee_name(c.assignee_name);
  out->set_close_reason(c.close_reason);
  out->set_version(c.version);
  SetTimestamp(out->mutable_create_time(), At(c.create_time_us));
  if (c.close_time_us) SetTimestamp(out->mutable_close_time(), At(c.close_time_us));
}

void ToProto(const usecases::aml::RiskRatingView& v, crm::v1::AmlRiskRating* out) {
  const auto& r = v.rating;
  out->set_customer_id(r.customer_id);
  out->set_customer_name(r.customer_name);
  out->set_rating(r.rating);
  out->set_reason(r.reason);
  out->set_rated_by_name(r.rated_by_name);
  SetTimestamp(out->mutable_rated_time(), At(r.rated_time_us));
  out->set_next_review(r.next_review);
  out->set_overdue(v.overdue);
  out->set_version(r.version);
}

void CheckCase(Validation& v, int64_t id, int32_t version) {
  if (id <= 0) v.Fail("id", crm::v1::FieldProblem::REQUIRED, "is required");
  if (version <= 0) v.Fail("version", crm::v1::FieldProblem::REQUIRED, "is required");
}

}  // namespace

grpc::ServerUnaryReactor* AmlService::ListWatchlistCases(grpc::CallbackServerContext* ctx,
                                                         const crm::v1::ListWatchlistCasesRequest* req,
                                                         crm::v1::ListWatchlistCasesResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.AmlService/ListWatchlistCases", rpc::AuthMode::kSession,
                         [req, resp](rpc::Call& call) {
                           call.caller().Require(Action::kAmlReview);
                           Validation v;
                           const std::string& s = req->status();
                           if (!s.empty() && s != "OPEN" && s != "CONFIRMED" && s != "CLEARED")
                             v.Fail("status", crm::v1::FieldProblem::NOT_ONE_OF, "must be OPEN, CONFIRMED or CLEARED");
                           if (req->page_size() < 0 || req->page_size() > 200)
                             v.Fail("page_size", crm::v1::FieldProblem::INVALID, "must be from 0 to 200");
                           const int64_t after = IdPageToken(v, req->page_token());
                           v.ThrowIfFailed();
                           usecases::aml::CaseListRequest r{s, after, req->page_size() == 0 ? 50 : req->page_size()};
                           auto page = usecases::aml::ListCases(call.caller(), r);
                           resp->Clear();
                           for (const auto& c : page.cases) ToProto(c, resp->add_cases());
                           if (static_cast<int>(page.cases.size()) == r.limit && !page.cases.empty())
                             resp->set_next_page_token(std::to_string(page.cases.back().id));
                           for (const auto& l : page.lists) {
                             auto* info = resp->add_lists();
                             info->set_list_kind(l.list_kind);
                             info->set_version(l.version);
                             info->set_source(l.source);
                             info->set_entries(l.entries);
                             SetTimestamp(info->mutable_load_time(), At(l.load_time_us));
                           }
                         });
}

grpc::ServerUnaryReactor* AmlService::AssignWatchlistCase(grpc::CallbackServerContext* ctx,
                                                          const crm::v1::AssignWatchlistCaseRequest* req,
                                                          crm::v1::WatchlistCase* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.AmlService/AssignWatchlistCase", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kAmlReview);
        Validation v;
        CheckCase(v, req->id(), req->version());
        if (!req->assignee_id().empty() && !IsUuid(req->assignee_id())) v.Fail("assignee_id", "is not a user id");
        v.ThrowIfFailed();
        ToProto(usecases::aml::AssignCase(call.caller(), req->id(), req->version(), req->assignee_id()), resp);
      });
}

grpc::ServerUnaryReactor* AmlService::CloseWatchlistCase(grpc::CallbackServerContext* ctx,
                                                         const crm::v1::CloseWatchlistCaseRequest* req,
                                                         crm::v1::WatchlistCase* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.AmlService/CloseWatchlistCase", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kAmlReview);
        Validation v;
        CheckCase(v, req->id(), req->version());
        if (req->status() != "CONFIRMED" && req->status() != "CLEARED")
          v.Fail("status", crm::v1::FieldProblem::NOT_ONE_OF, "must be CONFIRMED or CLEARED");
        if (req->reason().find_first_not_of(" \t\r\n") == std::string::npos)
          v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required");
        else if (Utf8Length(req->reason()) > 500)
          v.Fail("reason", crm::v1::FieldProblem::TOO_LONG, "must be at most 500 characters", 500);
        v.ThrowIfFailed();
        ToProto(usecases::aml::CloseCase(call.caller(), req->id(), req->version(), req->status(), req->reason()), resp);
      });
}

grpc::ServerUnaryReactor* AmlService::ListAmlRiskRatings(grpc::CallbackServerContext* ctx,
                                                         const crm::v1::ListAmlRiskRatingsRequest* req,
                                                         crm::v1::ListAmlRiskRatingsResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.AmlService/ListAmlRiskRatings", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kAmlReview);
        Validation v;
        if (req->page_size() < 0 || req->page_size() > 200)
          v.Fail("page_size", crm::v1::FieldProblem::INVALID, "must be from 0 to 200");
        usecases::aml::RiskListRequest r;
        r.due_only = req->due_only();
        r.limit = req->page_size() == 0 ? 50 : req->page_size();
        if (!req->page_token().empty()) {
          // "YYYY-MM-DD|customer id", as this server gave it.
          const auto& t = req->page_token();
          const auto bar = t.find('|');
          if (bar != 10 || !IsUuid(t.substr(bar + 1)) || t[4] != '-' || t[7] != '-' ||
              t.find_first_not_of("0123456789-") < 10 || !domain::DayNumberOf(t.substr(0, 10)))
            v.Fail("page_token", "is not a token this server gave");
          else {
            r.after_review = t.substr(0, 10);
            r.after_customer = t.substr(11);
          }
        }
        v.ThrowIfFailed();
        auto rows = usecases::aml::ListRiskRatings(call.caller(), r);
        resp->Clear();
        for (const auto& row : rows) ToProto(row, resp->add_ratings());
        if (static_cast<int>(rows.size()) == r.limit && !rows.empty())
          resp->set_next_page_token(rows.back().rating.next_review + "|" + rows.back().rating.customer_id);
      });
}

grpc::ServerUnaryReactor* AmlService::SetAmlRiskRating(grpc::CallbackServerContext* ctx,
                                                       const crm::v1::SetAmlRiskRatingRequest* req,
                                                       crm::v1::AmlRiskRating* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.AmlService/SetAmlRiskRating", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kAmlReview);
        ToProto(
            usecases::aml::RateClient(call.caller(), req->customer_id(), req->rating(), req->reason(), req->version()),
            resp);
      });
}

}  // namespace crm::services

// crm.v1.AmlService (issue 26): proto <-> usecases::aml, for compliance.
#pragma once

#include "crm/v1/aml.grpc.pb.h"
#include "rpc/call_pipeline.h"

namespace crm::services {

class AmlService final : public crm::v1::AmlService::CallbackService {
 public:
  explicit AmlService(rpc::CallPipeline& pipeline) : pipeline_(pipeline) {}

  grpc::ServerUnaryReactor* ListLargeValueReports(grpc::CallbackServerContext* ctx,
                                                  const crm::v1::ListLargeValueReportsRequest* req,
                                                  crm::v1::ListLargeValueReportsResponse* resp) override;
  grpc::ServerUnaryReactor* GetLargeValueReport(grpc::CallbackServerContext* ctx,
                                                const crm::v1::GetLargeValueReportRequest* req,
                                                crm::v1::LargeValueReport* resp) override;
  grpc::ServerUnaryReactor* AssignLargeValueReport(grpc::CallbackServerContext* ctx,
                                                   const crm::v1::AssignLargeValueReportRequest* req,
                                                   crm::v1::LargeValueReport* resp) override;
  grpc::ServerUnaryReactor* CloseLargeValueReport(grpc::CallbackServerContext* ctx,
                                                  const crm::v1::CloseLargeValueReportRequest* req,
                                                  crm::v1::LargeValueReport* resp) override;
  // Watch-list cases (aml_watchlist_service.cc).
  grpc::ServerUnaryReactor* ListWatchlistCases(grpc::CallbackServerContext* ctx,
                                               const crm::v1::ListWatchlistCasesRequest* req,
                                               crm::v1::ListWatchlistCasesResponse* resp) override;
  grpc::ServerUnaryReactor* AssignWatchlistCase(grpc::CallbackServerContext* ctx,
                                                const crm::v1::AssignWatchlistCaseRequest* req,
                                                crm::v1::WatchlistCase* resp) override;
  grpc::ServerUnaryReactor* CloseWatchlistCase(grpc::CallbackServerContext* ctx,
                                               const crm::v1::CloseWatchlistCaseRequest* req,
                                               crm::v1::WatchlistCase* resp) override;
  grpc::ServerUnaryReactor* ListAmlRiskRatings(grpc::CallbackServerContext* ctx,
                                               const crm::v1::ListAmlRiskRatingsRequest* req,
                                               crm::v1::ListAmlRiskRatingsResponse* resp) override;
  grpc::ServerUnaryReactor* SetAmlRiskRating(grpc::CallbackServerContext* ctx,
                                             const crm::v1::SetAmlRiskRatingRequest* req,
                                             crm::v1::AmlRiskRating* resp) override;

 private:
  rpc::CallPipeline& pipeline_;
};

}  // namespace crm::services

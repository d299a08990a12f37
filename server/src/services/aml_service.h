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

 private:
  rpc::CallPipeline& pipeline_;
};

}  // namespace crm::services

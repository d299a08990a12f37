#pragma once

#include "crm/v1/audit.grpc.pb.h"
#include "rpc/call_pipeline.h"
#include "usecases/audit_trail.h"

namespace crm::services {

class AuditService final : public crm::v1::AuditService::CallbackService {
 public:
  // Reads seal pending events first, so compliance sees everything recorded.
  AuditService(rpc::CallPipeline& pipeline, storage::AuditSealer& sealer) : pipeline_(pipeline), sealer_(sealer) {}

  grpc::ServerUnaryReactor* ListAuditEvents(grpc::CallbackServerContext* ctx,
                                            const crm::v1::ListAuditEventsRequest* req,
                                            crm::v1::ListAuditEventsResponse* resp) override;
  grpc::ServerUnaryReactor* GetAuditEvent(grpc::CallbackServerContext* ctx, const crm::v1::GetAuditEventRequest* req,
                                          crm::v1::AuditEvent* resp) override;
  grpc::ServerUnaryReactor* VerifyAuditChain(grpc::CallbackServerContext* ctx,
                                             const crm::v1::VerifyAuditChainRequest* req,
                                             crm::v1::VerifyAuditChainResponse* resp) override;
  grpc::ServerWriteReactor<crm::v1::ExportAuditEventsResponse>* ExportAuditEvents(
      grpc::CallbackServerContext* ctx, const crm::v1::ExportAuditEventsRequest* req) override;

 private:
  rpc::CallPipeline& pipeline_;
  storage::AuditSealer& sealer_;
};

}  // namespace crm::services

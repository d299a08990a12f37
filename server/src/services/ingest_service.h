// crm.v1.IngestService (issue 26, ADR 0017): client-streamed batches from
// integration accounts (mutual TLS) -> usecases::ingest. The stream is read
// on gRPC's threads into memory (at most kMaxRows rows), then the batch runs
// on a worker. The certificate's account is looked up (revocation holds at
// once) when the first message arrives, before anything is kept; then the
// use case runs, all or nothing.
#pragma once

#include "crm/v1/ingest.grpc.pb.h"
#include "rpc/call_pipeline.h"

namespace crm::services {

class IngestService final : public crm::v1::IngestService::CallbackService {
 public:
  static constexpr int64_t kMaxRows = 2'000'000;
  static constexpr int kMaxStreams = 4;  // batches being received or run at once (more: UNAVAILABLE)
  explicit IngestService(rpc::CallPipeline& pipeline) : pipeline_(pipeline) {}

  grpc::ServerReadReactor<crm::v1::CashFlowBatchPart>* IngestCashFlows(grpc::CallbackServerContext* ctx,
                                                                       crm::v1::IngestReply* reply) override;
  grpc::ServerReadReactor<crm::v1::TradeBatchPart>* IngestTrades(grpc::CallbackServerContext* ctx,
                                                                 crm::v1::IngestReply* reply) override;
  grpc::ServerReadReactor<crm::v1::MarginBatchPart>* IngestMarginSnapshots(grpc::CallbackServerContext* ctx,
                                                                           crm::v1::IngestReply* reply) override;
  grpc::ServerReadReactor<crm::v1::PositionBatchPart>* IngestPositions(grpc::CallbackServerContext* ctx,
                                                                       crm::v1::IngestReply* reply) override;
  grpc::ServerReadReactor<crm::v1::CashBalanceBatchPart>* IngestCashBalances(grpc::CallbackServerContext* ctx,
                                                                             crm::v1::IngestReply* reply) override;

 private:
  rpc::CallPipeline& pipeline_;
};

}  // namespace crm::services

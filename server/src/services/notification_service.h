// crm.v1.NotificationService (issue 27): proto <-> usecases::messages. The
// dispatcher that sends is usecases/outbox_dispatcher, run by the server.
#pragma once

#include "crm/v1/notification.grpc.pb.h"
#include "rpc/call_pipeline.h"
#include "usecases/messages.h"

namespace crm::services {

class NotificationService final : public crm::v1::NotificationService::CallbackService {
 public:
  NotificationService(rpc::CallPipeline& pipeline, const usecases::messages::ChannelSet& channels, int max_attempts)
      : pipeline_(pipeline), channels_(channels), max_attempts_(max_attempts) {}

  grpc::ServerUnaryReactor* ListChannels(grpc::CallbackServerContext* ctx, const crm::v1::ListChannelsRequest* req,
                                         crm::v1::ListChannelsResponse* resp) override;
  grpc::ServerUnaryReactor* SendClientMessage(grpc::CallbackServerContext* ctx,
                                              const crm::v1::SendClientMessageRequest* req,
                                              crm::v1::OutboxMessage* resp) override;
  grpc::ServerUnaryReactor* ListMessages(grpc::CallbackServerContext* ctx, const crm::v1::ListMessagesRequest* req,
                                         crm::v1::ListMessagesResponse* resp) override;

 private:
  rpc::CallPipeline& pipeline_;
  const usecases::messages::ChannelSet& channels_;
  int max_attempts_;
};

}  // namespace crm::services

// crm.v1.SuitabilityService (regulatory.md section 1). The rules live in
// domain/suitability_rules; the handlers load facts, ask the rules, store the
// answer and its audit event in one transaction.
#pragma once

#include "common/clock.h"
#include "crm/v1/suitability.grpc.pb.h"
#include "rpc/call_pipeline.h"

namespace crm::services {

class SuitabilityService final : public crm::v1::SuitabilityService::CallbackService {
 public:
  SuitabilityService(rpc::CallPipeline& pipeline, const Clock& clock) : pipeline_(pipeline), clock_(clock) {}

  // suitability_service.cc: questionnaires, assessments, classification, profile, settings
  grpc::ServerUnaryReactor* GetQuestionnaire(grpc::CallbackServerContext* ctx,
                                             const crm::v1::GetQuestionnaireRequest* req,
                                             crm::v1::Questionnaire* resp) override;
  grpc::ServerUnaryReactor* PublishQuestionnaire(grpc::CallbackServerContext* ctx,
                                                 const crm::v1::PublishQuestionnaireRequest* req,
                                                 crm::v1::Questionnaire* resp) override;
  grpc::ServerUnaryReactor* SubmitAssessment(grpc::CallbackServerContext* ctx,
                                             const crm::v1::SubmitAssessmentRequest* req,
                                             crm::v1::Assessment* resp) override;
  grpc::ServerUnaryReactor* ClassifyInvestor(grpc::CallbackServerContext* ctx,
                                             const crm::v1::ClassifyInvestorRequest* req,
                                             crm::v1::InvestorClassification* resp) override;
  grpc::ServerUnaryReactor* GetSuitabilityProfile(grpc::CallbackServerContext* ctx,
                                                  const crm::v1::GetSuitabilityProfileRequest* req,
                                                  crm::v1::SuitabilityProfile* resp) override;
  grpc::ServerUnaryReactor* GetSuitabilitySettings(grpc::CallbackServerContext* ctx,
                                                   const crm::v1::GetSuitabilitySettingsRequest* req,
                                                   crm::v1::SuitabilitySettings* resp) override;
  grpc::ServerUnaryReactor* UpdateSuitabilitySettings(grpc::CallbackServerContext* ctx,
                                                      const crm::v1::UpdateSuitabilitySettingsRequest* req,
                                                      crm::v1::SuitabilitySettings* resp) override;
  // suitability_products.cc: the product catalogue
  grpc::ServerUnaryReactor* CreateProduct(grpc::CallbackServerContext* ctx, const crm::v1::CreateProductRequest* req,
                                          crm::v1::Product* resp) override;
  grpc::ServerUnaryReactor* UpdateProduct(grpc::CallbackServerContext* ctx, const crm::v1::UpdateProductRequest* req,
                                          crm::v1::UpdateProductResponse* resp) override;
  grpc::ServerUnaryReactor* GetProduct(grpc::CallbackServerContext* ctx, const crm::v1::GetProductRequest* req,
                                       crm::v1::Product* resp) override;
  grpc::ServerUnaryReactor* ListProducts(grpc::CallbackServerContext* ctx, const crm::v1::ListProductsRequest* req,
                                         crm::v1::ListProductsResponse* resp) override;
  // suitability_sales.cc: checks, evidence, sales, exceptions
  grpc::ServerUnaryReactor* CheckSuitability(grpc::CallbackServerContext* ctx,
                                             const crm::v1::CheckSuitabilityRequest* req,
                                             crm::v1::SuitabilityCheck* resp) override;
  grpc::ServerUnaryReactor* RecordAcknowledgement(grpc::CallbackServerContext* ctx,
                                                  const crm::v1::RecordAcknowledgementRequest* req,
                                                  crm::v1::Evidence* resp) override;
  grpc::ServerUnaryReactor* RecordDualRecording(grpc::CallbackServerContext* ctx,
                                                const crm::v1::RecordDualRecordingRequest* req,
                                                crm::v1::Evidence* resp) override;
  grpc::ServerUnaryReactor* RecordSale(grpc::CallbackServerContext* ctx, const crm::v1::RecordSaleRequest* req,
                                       crm::v1::Sale* resp) override;
  grpc::ServerUnaryReactor* ListSuitabilityExceptions(grpc::CallbackServerContext* ctx,
                                                      const crm::v1::ListSuitabilityExceptionsRequest* req,
                                                      crm::v1::ListSuitabilityExceptionsResponse* resp) override;
  grpc::ServerUnaryReactor* ReviewSuitabilityException(grpc::CallbackServerContext* ctx,
                                                       const crm::v1::ReviewSuitabilityExceptionRequest* req,
                                                       crm::v1::ExceptionReview* resp) override;

 private:
  rpc::CallPipeline& pipeline_;
  const Clock& clock_;
};

}  // namespace crm::services

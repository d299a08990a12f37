// GrpcCrmApi: the suitability calls (crm.v1.SuitabilityService).
#include "api/grpc_crm_api.h"
#include "api/grpc_support.h"
#include "crm/v1/suitability.grpc.pb.h"

namespace crm::desktop {
namespace {

namespace v1 = crm::v1;

QString q(const std::string& s) { return QString::fromStdString(s); }

QStringList strings(const google::protobuf::RepeatedPtrField<std::string>& r) {
  QStringList out;
  for (const auto& s : r) out << q(s);
  return out;
}

QString levelName(v1::RiskLevel l) { return l == v1::RISK_LEVEL_UNSPECIFIED ? QString() : q(v1::RiskLevel_Name(l)); }

AssessmentInfo toAssessment(const v1::Assessment& a) {
  AssessmentInfo i;
  i.id = q(a.id());
  i.level = levelName(a.level());
  i.score = a.score();
  i.forcedLowest = a.forced_lowest();
  i.expired = a.expired();
  i.questionnaireVersion = a.questionnaire_version();
  i.assessTime = toDateTime(a.assess_time());
  i.expireTime = toDateTime(a.expire_time());
  return i;
}

EvidenceInfo toEvidence(const v1::Evidence& e) {
  return {q(e.kind()), q(e.reference()), q(e.sha256()), toDateTime(e.create_time())};
}

SuitabilityCheckInfo toCheck(const v1::SuitabilityCheck& c) {
  SuitabilityCheckInfo i;
  i.id = q(c.id());
  i.customerId = q(c.customer_id());
  i.productId = q(c.product_id());
  i.productCode = q(c.product_code());
  i.productName = q(c.product_name());
  i.intent = q(v1::SuitabilityIntent_Name(c.intent()));
  i.channel = q(v1::SalesChannel_Name(c.channel()));
  i.decision = q(v1::SuitabilityDecision_Name(c.decision()));
  i.reasons = strings(c.reasons());
  i.requiredSteps = strings(c.required_steps());
  i.missingSteps = strings(c.missing_steps());
  i.clientLevel = levelName(c.client_level());
  i.investorClass = q(v1::InvestorClass_Name(c.investor_class()));
  i.productRisk = c.product_risk();
  i.specialCare = c.special_care();
  i.mismatch = c.mismatch();
  i.checkTime = toDateTime(c.check_time());
  i.validUntil = toDateTime(c.valid_until());
  for (const auto& e : c.evidence()) i.evidence << toEvidence(e);
  return i;
}

SaleInfo toSale(const v1::Sale& s) {
  SaleInfo i;
  i.id = q(s.id());
  i.checkId = q(s.check_id());
  i.productId = q(s.product_id());
  i.currency = q(s.amount().currency());
  i.amountMinor = s.amount().amount_minor();
  i.specialCare = s.special_care();
  i.mismatch = s.mismatch();
  i.saleTime = toDateTime(s.sale_time());
  return i;
}

// One call: the request filled by `fill`, the answer converted by `convert`.
template <typename T, typename Resp>
Result<T> finish(const grpc::Status& status, const Resp& resp, T (*convert)(const Resp&)) {
  Result<T> r;
  r.error = ApiError::fromStatus(status);
  if (status.ok()) r.value = convert(resp);
  return r;
}

}  // namespace

template <typename T, typename Fn>
void GrpcCrmApi::suitabilityCall(QObject* context, Fn fn, std::function<void(Result<T>)> done) {
  auto channel = m_channel;
  int deadline = m_deadlineMs;
  std::string tok = token().toStdString();
  run<T>(
      context,
      [channel, deadline, tok, fn]() {
        auto stub = v1::SuitabilityService::NewStub(channel);
        auto ctx = makeContext(tok, deadline);
        return fn(*stub, ctx.get());
      },
      std::move(done));
}

void GrpcCrmApi::getQuestionnaire(int version, QObject* context, std::function<void(Result<QuestionnaireInfo>)> done) {
  suitabilityCall<QuestionnaireInfo>(
      context,
      [version](v1::SuitabilityService::Stub& stub, grpc::ClientContext* ctx) {
        v1::GetQuestionnaireRequest req;
        req.set_version(version);
        v1::Questionnaire resp;
        auto status = stub.GetQuestionnaire(ctx, req, &resp);
        return finish<QuestionnaireInfo, v1::Questionnaire>(status, resp, [](const v1::Questionnaire& qn) {
          QuestionnaireInfo info;
          info.version = qn.version();
          info.title = q(qn.title());
          info.titleEn = q(qn.title_en());
          for (const auto& pq : qn.questions()) {
            Question question{q(pq.id()), q(pq.text()), q(pq.text_en()), {}};
            for (const auto& o : pq.options())
              question.options << QuestionOption{q(o.id()), q(o.text()), q(o.text_en()), o.score()};
            info.questions << question;
          }
          return info;
        });
      },
      std::move(done));
}

void GrpcCrmApi::submitAssessment(const QString& customerId, int version, const QList<QPair<QString, QString>>& answers,
                                  QObject* context, std::function<void(Result<AssessmentInfo>)> done) {
  v1::SubmitAssessmentRequest req;
  req.set_customer_id(customerId.toStdString());
  req.set_questionnaire_version(version);
  for (const auto& [question, option] : answers) {
    auto* a = req.add_answers();
    a->set_question_id(question.toStdString());
    a->set_option_id(option.toStdString());
  }
  suitabilityCall<AssessmentInfo>(
      context,
      [req](v1::SuitabilityService::Stub& stub, grpc::ClientContext* ctx) {
        v1::Assessment resp;
        auto status = stub.SubmitAssessment(ctx, req, &resp);
        return finish<AssessmentInfo, v1::Assessment>(status, resp, toAssessment);
      },
      std::move(done));
}

void GrpcCrmApi::getSuitabilityProfile(const QString& customerId, QObject* context,
                                       std::function<void(Result<SuitabilityProfileInfo>)> done) {
  v1::GetSuitabilityProfileRequest req;
  req.set_customer_id(customerId.toStdString());
  suitabilityCall<SuitabilityProfileInfo>(
      context,
      [req](v1::SuitabilityService::Stub& stub, grpc::ClientContext* ctx) {
        v1::SuitabilityProfile resp;
        auto status = stub.GetSuitabilityProfile(ctx, req, &resp);
        return finish<SuitabilityProfileInfo, v1::SuitabilityProfile>(
            status, resp, [](const v1::SuitabilityProfile& p) {
              SuitabilityProfileInfo info;
              info.investorClass = q(v1::InvestorClass_Name(p.investor_class()));
              info.hasAssessment = p.has_current_assessment();
              if (info.hasAssessment) info.current = toAssessment(p.current_assessment());
              for (const auto& a : p.assessments()) info.assessments << toAssessment(a);
              for (const auto& c : p.checks()) info.checks << toCheck(c);
              for (const auto& s : p.sales()) info.sales << toSale(s);
              return info;
            });
      },
      std::move(done));
}

void GrpcCrmApi::listProducts(QObject* context, std::function<void(Result<QList<ProductInfo>>)> done) {
  suitabilityCall<QList<ProductInfo>>(
      context,
      [](v1::SuitabilityService::Stub& stub, grpc::ClientContext* ctx) {
        v1::ListProductsRequest req;
        req.set_page_size(500);
        v1::ListProductsResponse resp;
        auto status = stub.ListProducts(ctx, req, &resp);
        return finish<QList<ProductInfo>, v1::ListProductsResponse>(status, resp,
                                                                    [](const v1::ListProductsResponse& r) {
                                                                      QList<ProductInfo> out;
                                                                      for (const auto& p : r.products())
                                                                        out << ProductInfo{q(p.id()),
                                                                                           q(p.code()),
                                                                                           q(p.name()),
                                                                                           q(p.type()),
                                                                                           q(p.currency()),
                                                                                           static_cast<int>(p.risk()),
                                                                                           p.min_investment_minor()};
                                                                      return out;
                                                                    });
      },
      std::move(done));
}

void GrpcCrmApi::checkSuitability(const QString& customerId, const QString& productId, const QString& intent,
                                  const QString& channel, QObject* context,
                                  std::function<void(Result<SuitabilityCheckInfo>)> done) {
  v1::CheckSuitabilityRequest req;
  req.set_customer_id(customerId.toStdString());
  req.set_product_id(productId.toStdString());
  v1::SuitabilityIntent i;
  req.set_intent(v1::SuitabilityIntent_Parse(intent.toStdString(), &i) ? i : v1::SUITABILITY_INTENT_UNSPECIFIED);
  req.set_channel(channel == QLatin1String("ONLINE") ? v1::ONLINE : v1::BRANCH);
  suitabilityCall<SuitabilityCheckInfo>(
      context,
      [req](v1::SuitabilityService::Stub& stub, grpc::ClientContext* ctx) {
        v1::SuitabilityCheck resp;
        auto status = stub.CheckSuitability(ctx, req, &resp);
        return finish<SuitabilityCheckInfo, v1::SuitabilityCheck>(status, resp, toCheck);
      },
      std::move(done));
}

void GrpcCrmApi::recordAcknowledgement(const QString& checkId, const QString& kind, const QString& reference,
                                       const QString& sha256, const QByteArray& content, const QDateTime& confirmTime,
                                       QObject* context, std::function<void(Result<EvidenceInfo>)> done) {
  v1::RecordAcknowledgementRequest req;
  req.set_check_id(checkId.toStdString());
  req.set_kind(kind.toStdString());
  req.set_document_reference(reference.toStdString());
  req.set_sha256(sha256.toStdString());
  req.set_content(content.toStdString());
  *req.mutable_confirm_time() = toTimestamp(confirmTime);
  suitabilityCall<EvidenceInfo>(
      context,
      [req](v1::SuitabilityService::Stub& stub, grpc::ClientContext* ctx) {
        v1::Evidence resp;
        auto status = stub.RecordAcknowledgement(ctx, req, &resp);
        return finish<EvidenceInfo, v1::Evidence>(status, resp, toEvidence);
      },
      std::move(done));
}

void GrpcCrmApi::recordDualRecording(const QString& checkId, const QString& reference, const QString& sha256,
                                     int durationSeconds, const QString& recordedBy, QObject* context,
                                     std::function<void(Result<EvidenceInfo>)> done) {
  v1::RecordDualRecordingRequest req;
  req.set_check_id(checkId.toStdString());
  req.set_media_reference(reference.toStdString());
  req.set_sha256(sha256.toStdString());
  req.set_duration_seconds(durationSeconds);
  req.set_recorded_by_name(recordedBy.toStdString());
  suitabilityCall<EvidenceInfo>(
      context,
      [req](v1::SuitabilityService::Stub& stub, grpc::ClientContext* ctx) {
        v1::Evidence resp;
        auto status = stub.RecordDualRecording(ctx, req, &resp);
        return finish<EvidenceInfo, v1::Evidence>(status, resp, toEvidence);
      },
      std::move(done));
}

void GrpcCrmApi::recordSale(const QString& requestId, const QString& checkId, qint64 amountMinor, QObject* context,
                            std::function<void(Result<SaleInfo>)> done) {
  v1::RecordSaleRequest req;
  req.set_request_id(requestId.toStdString());
  req.set_check_id(checkId.toStdString());
  req.mutable_amount()->set_amount_minor(amountMinor);
  suitabilityCall<SaleInfo>(
      context,
      [req](v1::SuitabilityService::Stub& stub, grpc::ClientContext* ctx) {
        v1::Sale resp;
        auto status = stub.RecordSale(ctx, req, &resp);
        return finish<SaleInfo, v1::Sale>(status, resp, toSale);
      },
      std::move(done));
}

}  // namespace crm::desktop

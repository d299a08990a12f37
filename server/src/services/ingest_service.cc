#include "services/ingest_service.h"

#include "common/error.h"
#include "rpc/error_mapping.h"
#include "usecases/ingest.h"
#include "usecases/integrations.h"

namespace crm::services {
namespace {

// The certificate the peer presented (verified against the CA by TLS).
std::string PeerCertificate(grpc::CallbackServerContext* ctx) {
  auto auth = ctx->auth_context();
  if (!auth) return "";
  auto values = auth->FindPropertyValues("x509_pem_cert");
  if (values.empty()) return "";
  return std::string(values.front().data(), values.front().size());
}

class CashFlowReactor final : public grpc::ServerReadReactor<crm::v1::CashFlowBatchPart> {
 public:
  CashFlowReactor(rpc::CallPipeline& pipeline, grpc::CallbackServerContext* ctx, crm::v1::IngestReply* reply)
      : pipeline_(pipeline), reply_(reply), started_(std::chrono::steady_clock::now()) {
    call_ = pipeline_.NewCall(ctx, "/crm.v1.IngestService/IngestCashFlows");
    peer_cert_ = PeerCertificate(ctx);
    if (peer_cert_.empty()) {  // no certificate: refused before anything is read
      Done(rpc::ToGrpcStatus(Error(crm::v1::ErrorReason::INTEGRATION_REFUSED,
                                   "this method needs an integration certificate (mutual TLS)")));
      return;
    }
    StartRead(&part_);
  }

  void OnReadDone(bool ok) override {
    if (ok) {
      if (part_.has_header()) {
        if (!first_) header_error_ = "the header must come in the first message only";
        header_.source = part_.header().source();
        header_.business_date = part_.header().business_date();
        header_.count = part_.header().count();
        have_header_ = true;
      }
      first_ = false;
      for (const auto& f : part_.flows()) {
        if (static_cast<int64_t>(rows_.size()) >= IngestService::kMaxRows) {
          too_many_ = true;
          break;
        }
        usecases::ingest::CashFlowInput in;
        in.line = static_cast<int64_t>(rows_.size()) + 1;
        in.flow_ref = f.flow_ref();
        in.client = f.client_id();
        in.account = f.account();
        in.flow_type = f.flow_type();
        in.counterparty = f.counterparty();
        in.cross_border = f.cross_border();
        in.currency = f.currency();
        in.amount_minor = f.amount_minor();
        rows_.push_back(std::move(in));
      }
      part_.Clear();
      if (too_many_) {
        Done(rpc::ToGrpcStatus(Error::InvalidField("flows", crm::v1::FieldProblem::TOO_LONG,
                                                   "a batch holds at most 2,000,000 rows; split it",
                                                   IngestService::kMaxRows)));
        return;
      }
      StartRead(&part_);
      return;
    }
    // The client half-closed (or went away): run the batch on a worker.
    auto task = [this] {
      grpc::Status status = pipeline_.Execute(*call_, rpc::AuthMode::kPublic, [this](rpc::Call& call) {
        auto account = usecases::integrations::Authenticate(pipeline_.db(), peer_cert_, "ingest", call.client_address);
        if (!have_header_)
          throw Error::InvalidField("header", crm::v1::FieldProblem::REQUIRED, "the first message needs the header");
        if (!header_error_.empty()) throw Error::InvalidField("header", header_error_);
        storage::AuditWho who{account.id, "integration:" + account.name, "INTEGRATION",
                              "",         call.client_address,           call.request_id};
        auto r = usecases::ingest::IngestCashFlows(pipeline_.db(), who, header_, rows_);
        reply_->set_batch_id(r.batch_id);
        reply_->set_rows(r.rows);
        reply_->set_accepted(r.accepted);
        reply_->set_unchanged(r.unchanged);
        reply_->set_rejected(static_cast<int64_t>(r.rejections.size()));
        for (const auto& j : r.rejections) {
          auto* p = reply_->add_rejections();
          p->set_line(j.line);
          p->set_field(j.field);
          p->set_problem(j.problem);
        }
        reply_->set_large_value_reports(r.large_value_reports);
        for (const auto& w : r.warnings) reply_->add_warnings(w);
      });
      Done(status);
    };
    if (!pipeline_.workers().TrySubmit(std::move(task))) Done(rpc::CallPipeline::BusyStatus());
  }

  void OnDone() override { delete this; }

 private:
  void Done(const grpc::Status& status) {
    pipeline_.LogCall(*call_, status.error_code(),
                      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count());
    Finish(status);
  }

  rpc::CallPipeline& pipeline_;
  crm::v1::IngestReply* reply_;
  std::chrono::steady_clock::time_point started_;
  std::shared_ptr<rpc::Call> call_;
  std::string peer_cert_;
  crm::v1::CashFlowBatchPart part_;
  usecases::ingest::BatchHeader header_;
  bool have_header_ = false, first_ = true, too_many_ = false;
  std::string header_error_;
  std::vector<usecases::ingest::CashFlowInput> rows_;
};

}  // namespace

grpc::ServerReadReactor<crm::v1::CashFlowBatchPart>* IngestService::IngestCashFlows(grpc::CallbackServerContext* ctx,
                                                                                    crm::v1::IngestReply* reply) {
  return new CashFlowReactor(pipeline_, ctx, reply);
}

}  // namespace crm::services

#include "services/ingest_service.h"

#include <spdlog/spdlog.h>

#include <atomic>

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

std::atomic<int> g_active_streams{0};

// What differs between the batch kinds: the message, its rows and the use case.
struct CashFlowKind {
  using Part = crm::v1::CashFlowBatchPart;
  using Row = usecases::ingest::CashFlowInput;
  static constexpr const char* kMethod = "/crm.v1.IngestService/IngestCashFlows";
  static constexpr const char* kField = "flows";
  static const auto& Items(const Part& p) { return p.flows(); }
  static Row RowOf(const crm::v1::CashFlow& f) {
    Row in;
    in.flow_ref = f.flow_ref();
    in.client = f.client_id();
    in.account = f.account();
    in.flow_type = f.flow_type();
    in.counterparty = f.counterparty();
    in.cross_border = f.cross_border();
    in.currency = f.currency();
    in.amount_minor = f.amount_minor();
    return in;
  }
  static usecases::ingest::Result Run(storage::ConnectionPool& db, const storage::AuditWho& who,
                                      const usecases::ingest::BatchHeader& h, const std::vector<Row>& rows) {
    return usecases::ingest::IngestCashFlows(db, who, h, rows);
  }
};

struct TradeKind {
  using Part = crm::v1::TradeBatchPart;
  using Row = usecases::ingest::TradeInput;
  static constexpr const char* kMethod = "/crm.v1.IngestService/IngestTrades";
  static constexpr const char* kField = "trades";
  static const auto& Items(const Part& p) { return p.trades(); }
  static Row RowOf(const crm::v1::Trade& t) {
    Row in;
    in.trade_ref = t.trade_ref();
    in.exchange = t.exchange();
    in.client = t.client_id();
    in.account = t.account();
    in.product_code = t.product_code();
    in.side = t.side();
    in.quantity = t.quantity();
    in.amount_minor = t.amount_minor();
    in.commission_minor = t.commission_minor();
    in.currency = t.currency();
    in.trade_time = t.trade_time();
    return in;
  }
  static usecases::ingest::Result Run(storage::ConnectionPool& db, const storage::AuditWho& who,
                                      const usecases::ingest::BatchHeader& h, const std::vector<Row>& rows) {
    return usecases::ingest::IngestTrades(db, who, h, rows);
  }
};

struct MarginKind {
  using Part = crm::v1::MarginBatchPart;
  using Row = usecases::ingest::MarginInput;
  static constexpr const char* kMethod = "/crm.v1.IngestService/IngestMarginSnapshots";
  static constexpr const char* kField = "snapshots";
  static const auto& Items(const Part& p) { return p.snapshots(); }
  static Row RowOf(const crm::v1::MarginSnapshot& m) {
    Row in;
    in.client = m.client_id();
    in.account = m.account();
    in.snapshot_time = m.snapshot_time();
    in.currency = m.currency();
    in.pre_balance_minor = m.pre_balance_minor();
    in.balance_minor = m.balance_minor();
    in.available_minor = m.available_minor();
    in.curr_margin_minor = m.curr_margin_minor();
    in.frozen_margin_minor = m.frozen_margin_minor();
    in.close_profit_minor = m.close_profit_minor();
    in.position_profit_minor = m.position_profit_minor();
    in.commission_minor = m.commission_minor();
    return in;
  }
  static usecases::ingest::Result Run(storage::ConnectionPool& db, const storage::AuditWho& who,
                                      const usecases::ingest::BatchHeader& h, const std::vector<Row>& rows) {
    return usecases::ingest::IngestMargin(db, who, h, rows);
  }
};

struct PositionKind {
  using Part = crm::v1::PositionBatchPart;
  using Row = usecases::ingest::PositionInput;
  static constexpr const char* kMethod = "/crm.v1.IngestService/IngestPositions";
  static constexpr const char* kField = "positions";
  static const auto& Items(const Part& p) { return p.positions(); }
  static Row RowOf(const crm::v1::Position& p) {
    Row in;
    in.client = p.client_id();
    in.account = p.account();
    in.product_code = p.product_code();
    in.market_value_minor = p.market_value_minor();
    in.currency = p.currency();
    return in;
  }
  static usecases::ingest::Result Run(storage::ConnectionPool& db, const storage::AuditWho& who,
                                      const usecases::ingest::BatchHeader& h, const std::vector<Row>& rows) {
    return usecases::ingest::IngestPositions(db, who, h, rows);
  }
};

struct CashBalanceKind {
  using Part = crm::v1::CashBalanceBatchPart;
  using Row = usecases::ingest::CashBalanceInput;
  static constexpr const char* kMethod = "/crm.v1.IngestService/IngestCashBalances";
  static constexpr const char* kField = "balances";
  static const auto& Items(const Part& p) { return p.balances(); }
  static Row RowOf(const crm::v1::CashBalance& b) {
    Row in;
    in.client = b.client_id();
    in.account = b.account();
    in.amount_minor = b.amount_minor();
    in.currency = b.currency();
    return in;
  }
  static usecases::ingest::Result Run(storage::ConnectionPool& db, const storage::AuditWho& who,
                                      const usecases::ingest::BatchHeader& h, const std::vector<Row>& rows) {
    return usecases::ingest::IngestCashBalances(db, who, h, rows);
  }
};

template <typename Kind>
class BatchReactor final : public grpc::ServerReadReactor<typename Kind::Part> {
 public:
  BatchReactor(rpc::CallPipeline& pipeline, grpc::CallbackServerContext* ctx, crm::v1::IngestReply* reply)
      : pipeline_(pipeline), ctx_(ctx), reply_(reply), started_(std::chrono::steady_clock::now()) {
    call_ = pipeline_.NewCall(ctx, Kind::kMethod);
    peer_cert_ = PeerCertificate(ctx);
    if (peer_cert_.empty()) {  // no certificate: refused before anything is read
      Done(rpc::ToGrpcStatus(Error(crm::v1::ErrorReason::INTEGRATION_REFUSED,
                                   "this method needs an integration certificate (mutual TLS)")));
      return;
    }
    // Batches are held in memory until they end: a few at a time.
    if (g_active_streams.fetch_add(1) >= IngestService::kMaxStreams) {
      g_active_streams.fetch_sub(1);
      Done(rpc::CallPipeline::BusyStatus());
      return;
    }
    counted_ = true;
    this->StartRead(&part_);
  }

  void OnReadDone(bool ok) override {
    if (!authenticated_) {
      // The certificate's account is checked (revocation included) before
      // anything is buffered; on a worker, as every database call is.
      Submit([this, ok] {
        grpc::Status status = pipeline_.Execute(*call_, rpc::AuthMode::kPublic, [this](rpc::Call& call) {
          account_ = usecases::integrations::Authenticate(pipeline_.db(), peer_cert_, "ingest", call.client_address);
        });
        if (!status.ok()) return Done(status);
        authenticated_ = true;
        if (!ok) {
          if (ctx_->IsCancelled())
            return Done(grpc::Status(grpc::StatusCode::CANCELLED, "the sender cancelled the batch"));
          return RunBatch();
        }
        if (Take()) this->StartRead(&part_);
      });
      return;
    }
    if (!ok) {  // the client half-closed (run the batch), or cancelled (nothing to run)
      if (ctx_->IsCancelled()) return Done(grpc::Status(grpc::StatusCode::CANCELLED, "the sender cancelled the batch"));
      pipeline_.StartDeadline(*call_, std::chrono::steady_clock::now());
      Submit([this] { RunBatch(); });
      return;
    }
    if (Take()) this->StartRead(&part_);
  }

  void OnDone() override {
    if (counted_) g_active_streams.fetch_sub(1);
    delete this;
  }

 private:
  void Submit(std::function<void()> task) {
    if (!pipeline_.workers().TrySubmit(std::move(task))) Done(rpc::CallPipeline::BusyStatus());
  }

  // Adds the part just read; false (and the call finished) when the batch is too big.
  bool Take() {
    if (part_.has_header()) {
      if (!first_) header_error_ = "the header must come in the first message only";
      header_.source = part_.header().source();
      header_.business_date = part_.header().business_date();
      header_.count = part_.header().count();
      have_header_ = true;
    }
    first_ = false;
    if (static_cast<int64_t>(rows_.size()) + Kind::Items(part_).size() > IngestService::kMaxRows) {
      Done(rpc::ToGrpcStatus(Error::InvalidField(Kind::kField, crm::v1::FieldProblem::TOO_LONG,
                                                 "a batch holds at most 2,000,000 rows; split it",
                                                 IngestService::kMaxRows)));
      return false;
    }
    for (const auto& item : Kind::Items(part_)) {
      auto in = Kind::RowOf(item);
      in.line = static_cast<int64_t>(rows_.size()) + 1;
      rows_.push_back(std::move(in));
    }
    part_.Clear();
    return true;
  }

  void RunBatch() {
    grpc::Status status = pipeline_.Execute(*call_, rpc::AuthMode::kPublic, [this](rpc::Call& call) {
      if (!have_header_)
        throw Error::InvalidField("header", crm::v1::FieldProblem::REQUIRED, "the first message needs the header");
      if (!header_error_.empty()) throw Error::InvalidField("header", header_error_);
      if (header_.count < 0) throw Error::InvalidField("header.count", "must be the number of rows sent");
      storage::AuditWho who{account_.id,    "integration:" + account_.name, "INTEGRATION", "", call.client_address,
                            call.request_id};
      auto r = Kind::Run(pipeline_.db(), who, header_, rows_);
      if (!r.calendar_warning.empty()) spdlog::warn("ingest {}: {}", header_.business_date, r.calendar_warning);
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
      for (const auto& w : r.warnings) reply_->add_warnings(w);
    });
    Done(status);
  }

  void Done(const grpc::Status& status) {
    pipeline_.LogCall(*call_, status.error_code(),
                      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count());
    this->Finish(status);
  }

  rpc::CallPipeline& pipeline_;
  grpc::CallbackServerContext* ctx_;
  crm::v1::IngestReply* reply_;
  std::chrono::steady_clock::time_point started_;
  std::shared_ptr<rpc::Call> call_;
  std::string peer_cert_;
  storage::IntegrationAccount account_;
  typename Kind::Part part_;
  usecases::ingest::BatchHeader header_;
  bool counted_ = false, authenticated_ = false, have_header_ = false, first_ = true;
  std::string header_error_;
  std::vector<typename Kind::Row> rows_;
};

}  // namespace

grpc::ServerReadReactor<crm::v1::CashFlowBatchPart>* IngestService::IngestCashFlows(grpc::CallbackServerContext* ctx,
                                                                                    crm::v1::IngestReply* reply) {
  return new BatchReactor<CashFlowKind>(pipeline_, ctx, reply);
}

grpc::ServerReadReactor<crm::v1::TradeBatchPart>* IngestService::IngestTrades(grpc::CallbackServerContext* ctx,
                                                                              crm::v1::IngestReply* reply) {
  return new BatchReactor<TradeKind>(pipeline_, ctx, reply);
}

grpc::ServerReadReactor<crm::v1::MarginBatchPart>* IngestService::IngestMarginSnapshots(
    grpc::CallbackServerContext* ctx, crm::v1::IngestReply* reply) {
  return new BatchReactor<MarginKind>(pipeline_, ctx, reply);
}

grpc::ServerReadReactor<crm::v1::PositionBatchPart>* IngestService::IngestPositions(grpc::CallbackServerContext* ctx,
                                                                                    crm::v1::IngestReply* reply) {
  return new BatchReactor<PositionKind>(pipeline_, ctx, reply);
}

grpc::ServerReadReactor<crm::v1::CashBalanceBatchPart>* IngestService::IngestCashBalances(
    grpc::CallbackServerContext* ctx, crm::v1::IngestReply* reply) {
  return new BatchReactor<CashBalanceKind>(pipeline_, ctx, reply);
}

}  // namespace crm::services

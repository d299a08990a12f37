#include "load/load_ops.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "bench_support.h"

namespace crm::bench::load {
namespace {

struct OpInfo {
  Op op;
  const char* name;
  const char* script;
};
constexpr OpInfo kOps[kOpCount] = {
    {Op::kLogin, "Login", "login.sql"},
    {Op::kGetCustomer, "GetCustomer", "get_customer.sql"},
    {Op::kUpdateCustomer, "UpdateCustomer", "update_customer.sql"},
    {Op::kCreateCustomer, "CreateCustomer", "create_customer.sql"},
    {Op::kListFirstPage, "ListFirstPage", "list_first.sql"},
    {Op::kListDeepPage, "ListDeepPage", "list_deep.sql"},
    {Op::kSearchName, "SearchName", "search_name.sql"},
    {Op::kSearchPinyin, "SearchPinyin", "search_pinyin.sql"},
    {Op::kSearchId, "SearchId", "search_id.sql"},
    {Op::kSearchPhone, "SearchPhone", "search_phone.sql"},
    {Op::kCheckSuitability, "CheckSuitability", "check_suitability.sql"},
};

// An account manager's day at the workstation: 80% reads, 20% writes.
constexpr const char* kDay =
    "GetCustomer=40,ListFirstPage=12,ListDeepPage=5,SearchName=10,SearchId=8,SearchPhone=5,"
    "UpdateCustomer=12,CheckSuitability=6,CreateCustomer=2";

const char* kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "欧阳", "司马"};
const char* kGiven[] = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "杰", "晓东", "子涵", "雨桐", "浩然"};

template <class T, size_t N>
const T& PickOf(std::mt19937_64& rng, const T (&a)[N]) {
  return a[rng() % N];
}

}  // namespace

const char* OpName(Op op) { return kOps[static_cast<int>(op)].name; }
const char* OpScript(Op op) { return kOps[static_cast<int>(op)].script; }

std::optional<Op> OpByName(const std::string& name) {
  for (const auto& o : kOps)
    if (name == o.name) return o.op;
  return std::nullopt;
}

std::vector<Weighted> ParseMix(const std::string& text) {
  const std::string spec = text == "day" ? kDay : text;
  std::vector<Weighted> mix;
  std::stringstream in(spec);
  std::string part;
  while (std::getline(in, part, ',')) {
    const auto eq = part.find('=');
    const std::string name = part.substr(0, eq);
    auto op = OpByName(name);
    if (!op) throw std::invalid_argument("--mix: unknown operation '" + name + "'");
    int weight = 1;
    if (eq != std::string::npos) {
      try {
        weight = std::stoi(part.substr(eq + 1));
      } catch (const std::exception&) {
        weight = 0;
      }
      if (weight <= 0) throw std::invalid_argument("--mix: the weight of " + name + " must be a positive integer");
    }
    mix.push_back({*op, weight});
  }
  if (mix.empty()) throw std::invalid_argument("--mix: name at least one operation");
  return mix;
}

std::string MixText(const std::vector<Weighted>& mix) {
  std::string out;
  for (const auto& w : mix)
    out += (out.empty() ? "" : ",") + std::string(OpName(w.op)) + "=" + std::to_string(w.weight);
  return out;
}

std::string SyntheticPrcId(std::mt19937_64& rng) {
  static const char* regions[] = {"110101", "310104", "440305", "330106", "510107", "420111"};
  char base[18];
  std::snprintf(base, sizeof base, "%s%04d%02d%02d%03d", regions[rng() % 6], 1950 + static_cast<int>(rng() % 54),
                1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28), static_cast<int>(rng() % 1000));
  static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (base[i] - '0') * weights[i];
  return std::string(base, 17) + "10X98765432"[sum % 11];
}

void OpenClients(Slot& slot, size_t n) {
  for (size_t i = 0; i < slot.clients.size() && slot.open_clients.size() < n; ++i) {
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + slot.token);
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    v1::GetCustomerRequest req;
    req.set_id(slot.clients[i]->id);
    v1::Customer out;
    if (!slot.customers->GetCustomer(&ctx, req, &out).ok()) continue;
    slot.etags[out.id()] = out.etag();
    slot.open_clients.push_back(slot.clients[i]);
  }
}

// ---- Recorder

void Recorder::Record(Op op, double ms, const grpc::Status& status) {
  if (!recording_.load(std::memory_order_relaxed)) return;
  std::lock_guard lock(mu_);
  auto& p = ops_[static_cast<int>(op)];
  p.ms.push_back(ms);
  if (!status.ok()) {
    ++p.errors;
    ++p.codes[std::to_string(static_cast<int>(status.error_code())) + " " + status.error_message().substr(0, 80)];
  }
}

void Recorder::Start() {
  std::lock_guard lock(mu_);
  for (auto& p : ops_) p = PerOp{};
  recording_ = true;
}

void Recorder::Stop() { recording_ = false; }

Recorder::Summary Recorder::Summarize(std::vector<double> ms, int64_t errors, std::map<std::string, int64_t> codes) {
  Summary s;
  s.calls = static_cast<int64_t>(ms.size());
  s.errors = errors;
  s.error_codes = std::move(codes);
  if (ms.empty()) return s;
  std::sort(ms.begin(), ms.end());
  auto at = [&](double p) {
    return ms[std::min(ms.size() - 1, static_cast<size_t>(p * static_cast<double>(ms.size())))];
  };
  s.p50 = at(0.5);
  s.p95 = at(0.95);
  s.p99 = at(0.99);
  s.max = ms.back();
  return s;
}

Recorder::Summary Recorder::Of(Op op) const {
  std::lock_guard lock(mu_);
  const auto& p = ops_[static_cast<int>(op)];
  return Summarize(p.ms, p.errors, p.codes);
}

Recorder::Summary Recorder::Total() const {
  std::lock_guard lock(mu_);
  std::vector<double> all;
  int64_t errors = 0;
  std::map<std::string, int64_t> codes;
  for (const auto& p : ops_) {
    all.insert(all.end(), p.ms.begin(), p.ms.end());
    errors += p.errors;
    for (const auto& [k, v] : p.codes) codes[k] += v;
  }
  return Summarize(std::move(all), errors, std::move(codes));
}

// ---- Issuer

Issuer::Issuer(Shared& shared, Recorder& recorder, std::vector<Weighted> mix)
    : shared_(shared), recorder_(recorder), mix_(std::move(mix)) {
  for (const auto& w : mix_) total_weight_ += w.weight;
}

Op Issuer::Pick(Slot& slot) {
  if (mix_.size() == 1) return mix_[0].op;
  int r = static_cast<int>(slot.rng() % static_cast<uint64_t>(total_weight_));
  for (const auto& w : mix_) {
    if (r < w.weight) return w.op;
    r -= w.weight;
  }
  return mix_.back().op;
}

template <class Req, class Resp, class Start>
void Issuer::Call(Slot& slot, std::optional<Op> op, Clock::time_point scheduled, Req req, bool authenticated,
                  Start start, std::function<void(const grpc::Status&, Resp&)> then) {
  struct State {
    grpc::ClientContext ctx;
    Req req;
    Resp resp;
  };
  auto st = std::make_shared<State>();
  st->req = std::move(req);
  if (authenticated) st->ctx.AddMetadata("authorization", "Bearer " + slot.token);
  st->ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
  ++in_flight_;
  start(slot, &st->ctx, &st->req, &st->resp, [this, st, op, scheduled, then = std::move(then)](grpc::Status status) {
    if (op) recorder_.Record(*op, std::chrono::duration<double, std::milli>(Clock::now() - scheduled).count(), status);
    then(status, st->resp);
    --in_flight_;
  });
}

CompletionDriver::CompletionDriver() {
  thread_ = std::thread([this] {
    void* tag = nullptr;
    bool ok = false;
    while (cq_.Next(&tag, &ok)) {
      std::unique_ptr<Pending> p(static_cast<Pending*>(tag));
      if (!ok) p->status = grpc::Status(grpc::StatusCode::CANCELLED, "the call did not complete");
      p->done(p->status);
    }
  });
}

CompletionDriver::~CompletionDriver() {
  cq_.Shutdown();
  thread_.join();
}

namespace {
template <class Resp>
struct PendingUnary : CompletionDriver::Pending {
  std::unique_ptr<grpc::ClientAsyncResponseReader<Resp>> reader;
};
}  // namespace

// Starts STUB's METHOD on the slot's completion queue; cb runs on the driver's
// thread when it completes.
#define CRM_ASYNC(STUB, METHOD)                                                                              \
  [](Slot& s, grpc::ClientContext* ctx, const auto* req, auto* resp, std::function<void(grpc::Status)> cb) { \
    auto* p = new PendingUnary<std::remove_pointer_t<decltype(resp)>>;                                       \
    p->done = std::move(cb);                                                                                 \
    p->reader = s.STUB->Async##METHOD(ctx, *req, s.cq);                                                      \
    p->reader->Finish(resp, &p->status, p);                                                                  \
  }

void Issuer::Issue(Slot& slot, Clock::time_point scheduled, std::function<void()> done) {
  Op op;
  const ClientRef* client;
  std::string product, fragment, pinyin, etag;
  int64_t serial = 0;
  {
    std::lock_guard lock(slot.mu);
    op = Pick(slot);
    client = slot.clients[slot.rng() % slot.clients.size()];
    if (op == Op::kUpdateCustomer && !slot.open_clients.empty()) {
      // One edit of a client at a time, as on a workstation (in an open-loop
      // run a slot has several calls in flight).
      for (int tries = 0; tries < 8; ++tries) {
        client = slot.open_clients[slot.rng() % slot.open_clients.size()];
        if (!slot.editing.count(client->id)) break;
      }
      slot.editing.insert(client->id);
    }
    if (!shared_.product_ids.empty()) product = shared_.product_ids[slot.rng() % shared_.product_ids.size()];
    fragment = kNameFragments[slot.rng() % std::size(kNameFragments)];
    pinyin = kPinyinFragments[slot.rng() % std::size(kPinyinFragments)];
    if (auto it = slot.etags.find(client->id); it != slot.etags.end()) etag = it->second;
    serial = static_cast<int64_t>(slot.rng() % 1000000000);
  }
  auto finish = [done](const grpc::Status&, auto&) {
    if (done) done();
  };
  switch (op) {
    case Op::kLogin: {
      v1::LoginRequest req;
      req.set_username(slot.user);
      req.set_password(shared_.password);
      Call<v1::LoginRequest, v1::LoginResponse>(slot, op, scheduled, req, false, CRM_ASYNC(auth, Login), finish);
      return;
    }
    case Op::kGetCustomer: {
      v1::GetCustomerRequest req;
      req.set_id(client->id);
      Call<v1::GetCustomerRequest, v1::Customer>(slot, op, scheduled, req, true, CRM_ASYNC(customers, GetCustomer),
                                                 finish);
      return;
    }
    case Op::kUpdateCustomer: {
      // The etag of the last answer for this client (OpenClients read them
      // before the run); read first when none (that read is not counted).
      auto update = [this, &slot, client, done, serial](Clock::time_point at, const std::string& tag) {
        v1::UpdateCustomerRequest req;
        req.mutable_customer()->set_id(client->id);
        req.mutable_customer()->set_occupation("bench " + std::to_string(serial));
        req.mutable_update_mask()->add_paths("occupation");
        req.set_etag(tag);
        Call<v1::UpdateCustomerRequest, v1::Customer>(slot, Op::kUpdateCustomer, at, req, true,
                                                      CRM_ASYNC(customers, UpdateCustomer),
                                                      [&slot, client, done](const grpc::Status& s, v1::Customer& out) {
                                                        {
                                                          std::lock_guard lock(slot.mu);
                                                          if (s.ok())
                                                            slot.etags[client->id] = out.etag();
                                                          else
                                                            slot.etags.erase(client->id);
                                                          slot.editing.erase(client->id);
                                                        }
                                                        if (done) done();
                                                      });
      };
      if (!etag.empty()) {
        update(scheduled, etag);
        return;
      }
      v1::GetCustomerRequest req;
      req.set_id(client->id);
      Call<v1::GetCustomerRequest, v1::Customer>(
          slot, std::nullopt, scheduled, req, true, CRM_ASYNC(customers, GetCustomer),
          [update, done, &slot, client](const grpc::Status& s, v1::Customer& out) {
            if (s.ok()) return update(Clock::now(), out.etag());
            {
              std::lock_guard lock(slot.mu);
              slot.editing.erase(client->id);
            }
            if (done) done();
          });
      return;
    }
    case Op::kCreateCustomer: {
      v1::CreateCustomerRequest req;
      const int64_t n = ++shared_.created;
      req.set_request_id("crm-bench-" + shared_.run_id + "-" + std::to_string(n));
      auto* c = req.mutable_customer();
      std::string id_number, name;
      {
        std::lock_guard lock(slot.mu);
        id_number = SyntheticPrcId(slot.rng);
        name = std::string(PickOf(slot.rng, kSurnames)) + PickOf(slot.rng, kGiven);
      }
      c->set_kind(v1::INDIVIDUAL);
      c->set_name(name);
      c->set_gender(serial % 2 ? "M" : "F");
      c->set_id_type(v1::PRC_ID_CARD);
      c->set_id_number(id_number);
      char phone[16];
      std::snprintf(phone, sizeof phone, "13%09lld", static_cast<long long>(serial));
      c->set_phone(phone);
      c->set_email("bench" + std::to_string(serial) + "@example.com");
      c->set_district("北京市东城区");
      c->set_source("bench");
      Call<v1::CreateCustomerRequest, v1::Customer>(slot, op, scheduled, req, true,
                                                    CRM_ASYNC(customers, CreateCustomer), finish);
      return;
    }
    case Op::kListFirstPage:
    case Op::kListDeepPage: {
      v1::ListCustomersRequest req;
      req.set_page_size(100);
      if (op == Op::kListDeepPage) req.set_page_token(slot.deep_page_token);
      Call<v1::ListCustomersRequest, v1::ListCustomersResponse>(slot, op, scheduled, req, true,
                                                                CRM_ASYNC(customers, ListCustomers), finish);
      return;
    }
    case Op::kSearchName:
    case Op::kSearchPinyin:
    case Op::kSearchId:
    case Op::kSearchPhone: {
      v1::SearchCustomersRequest req;
      req.set_query(op == Op::kSearchName     ? fragment
                    : op == Op::kSearchPinyin ? pinyin
                    : op == Op::kSearchId     ? client->id_number
                                              : client->phone);
      Call<v1::SearchCustomersRequest, v1::SearchCustomersResponse>(slot, op, scheduled, req, true,
                                                                    CRM_ASYNC(customers, SearchCustomers), finish);
      return;
    }
    case Op::kCheckSuitability: {
      v1::CheckSuitabilityRequest req;
      req.set_customer_id(client->id);
      req.set_product_id(product);
      req.set_intent(v1::CLIENT_REQUEST);
      Call<v1::CheckSuitabilityRequest, v1::SuitabilityCheck>(slot, op, scheduled, req, true,
                                                              CRM_ASYNC(suitability, CheckSuitability), finish);
      return;
    }
  }
}
#undef CRM_ASYNC

}  // namespace crm::bench::load

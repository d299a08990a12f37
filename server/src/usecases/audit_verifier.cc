#include "usecases/audit_verifier.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <map>

#include "domain/audit_record.h"
#include "storage/audit_repository.h"

namespace crm::usecases {

using domain::AuditRecord;
using storage::AuditRepository;

const char* ChainProblemName(ChainProblem p) {
  switch (p) {
    case ChainProblem::kNone: return "none";
    case ChainProblem::kAltered: return "altered";
    case ChainProblem::kMissing: return "missing";
    case ChainProblem::kInserted: return "inserted";
    case ChainProblem::kReordered: return "reordered";
    case ChainProblem::kTruncated: return "truncated";
    case ChainProblem::kCheckpointInvalid: return "checkpoint_invalid";
  }
  return "?";
}

namespace {

constexpr int64_t kFarFutureUs = 253402300799000000;  // 9999-12-31

// Rows in chain order, page by page, with one row of look-ahead. A reader
// thread fetches and parses the next pages while the caller hashes this one,
// so the database and the hashing work at the same time; only the reader
// touches the connection until it is joined.
class RowStream {
 public:
  RowStream(pqxx::transaction_base& tx, int64_t from_seq, int64_t to_seq, int page) {
    reader_ = std::thread([this, &tx, from_seq, to_seq, page] {
      int64_t after_seq = from_seq - 1, after_time = kFarFutureUs;
      try {
        for (;;) {
          {
            std::unique_lock lock(mu_);
            cv_.wait(lock, [this] { return pages_.size() < 2 || stop_; });
            if (stop_) break;
          }
          auto rows = AuditRepository::ScanAfter(tx, after_seq, after_time, to_seq, page);
          bool last = static_cast<int>(rows.size()) < page;
          if (!rows.empty()) {
            after_seq = rows.back().seq;
            after_time = rows.back().event_time_us;
          }
          std::lock_guard lock(mu_);
          pages_.push_back(std::move(rows));
          if (last) done_ = true;
          cv_.notify_all();
          if (last) break;
        }
      } catch (...) {
        std::lock_guard lock(mu_);
        error_ = std::current_exception();
        done_ = true;
        cv_.notify_all();
      }
    });
  }
  ~RowStream() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    if (reader_.joinable()) reader_.join();
  }
  const AuditRecord* Peek() {
    Fill();
    return buffer_.empty() ? nullptr : &buffer_.front();
  }
  bool Next(AuditRecord& out) {
    Fill();
    if (buffer_.empty()) return false;
    out = std::move(buffer_.front());
    buffer_.pop_front();
    return true;
  }

 private:
  void Fill() {
    if (!buffer_.empty()) return;
    std::unique_lock lock(mu_);
    cv_.wait(lock, [this] { return !pages_.empty() || done_; });
    if (pages_.empty()) {
      if (error_) std::rethrow_exception(error_);
      return;
    }
    auto page = std::move(pages_.front());
    pages_.pop_front();
    cv_.notify_all();
    lock.unlock();
    for (auto& r : page) buffer_.push_back(std::move(r));
  }

  std::thread reader_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::vector<AuditRecord>> pages_;
  bool done_ = false, stop_ = false;
  std::exception_ptr error_;
  std::deque<AuditRecord> buffer_;
};

VerifyResult Fail(VerifyResult r, ChainProblem p, int64_t seq, std::string detail) {
  r.intact = false;
  r.problem = p;
  r.first_bad_seq = seq;
  r.detail = std::move(detail);
  return r;
}

// Does the row's hash (and signature) match its content under some other
// nearby sequence number? Then it was moved, not edited.
bool BelongsElsewhere(const AuditRecord& row, const security::AuditSigner& signer) {
  AuditRecord copy = row;
  for (int64_t d = -64; d <= 64; ++d) {
    if (d == 0 || row.seq + d < 1) continue;
    copy.seq = row.seq + d;
    if (security::AuditSigner::ChainHash(row.prev_hash, domain::CanonicalEncoding(copy)) == row.hash &&
        signer.VerifyRowMac(row.mac_key_id, copy.seq, row.hash, row.mac))
      return true;
  }
  return false;
}

}  // namespace

VerifyResult VerifyAuditChain(pqxx::transaction_base& tx, const security::AuditSigner& signer,
                              const VerifyOptions& options) {
  VerifyResult result;
  AuditRepository::PrepareScan(tx);
  const auto head = AuditRepository::Head(tx);

  // Where the chain starts: seq 1 with the zero hash, or just after the last
  // archived (detached) partition with its recorded last hash.
  int64_t chain_start = 1;
  std::vector<uint8_t> anchor(32, 0);
  if (auto archive = AuditRepository::LatestArchive(tx)) {
    chain_start = archive->last_seq + 1;
    anchor = archive->last_hash;
  }
  int64_t from = std::max(options.from_seq, chain_start);
  int64_t expected_seq = from;
  std::vector<uint8_t> expected_prev = anchor;
  if (from > chain_start) {
    auto before = AuditRepository::Get(tx, from - 1);
    if (!before) return Fail(result, ChainProblem::kMissing, from - 1, "the event before the range is missing");
    expected_prev = before->hash;
  }
  const int64_t to = options.to_seq;

  std::map<int64_t, std::vector<storage::AuditCheckpoint>> checkpoints;
  for (auto& cp : AuditRepository::Checkpoints(tx, from, to)) checkpoints[cp.seq].push_back(cp);
  for (const auto& [seq, list] : checkpoints) {
    for (const auto& cp : list) {
      if (!signer.VerifyCheckpointMac(cp.mac_key_id, cp.seq, cp.hash, cp.time_us, cp.mac))
        return Fail(result, ChainProblem::kCheckpointInvalid, cp.seq,
                    "checkpoint " + std::to_string(cp.id) + " has an invalid signature");
      ++result.checkpoints_checked;
    }
  }

  result.first_seq = from;
  RowStream rows(tx, from, to, options.page_size);
  AuditRecord row;
  int64_t last_reported = 0;
  while (rows.Next(row)) {
    if (row.seq < expected_seq)
      return Fail(result, ChainProblem::kInserted, row.seq, "a second event carries this sequence number");
    if (row.seq > expected_seq)
      return Fail(result, ChainProblem::kMissing, expected_seq,
                  "events " + std::to_string(expected_seq) + ".." + std::to_string(row.seq - 1) + " are missing");
    if (row.seq > head.seq)
      return Fail(result, ChainProblem::kInserted, row.seq, "the event lies beyond the chain head");
    const bool content_ok =
        security::AuditSigner::ChainHash(row.prev_hash, domain::CanonicalEncoding(row)) == row.hash;
    const bool mac_ok = signer.VerifyRowMac(row.mac_key_id, row.seq, row.hash, row.mac);
    const bool link_ok = row.prev_hash == expected_prev;
    if (!content_ok) {
      if (BelongsElsewhere(row, signer))
        return Fail(result, ChainProblem::kReordered, row.seq, "the event belongs at another position in the chain");
      return Fail(result, ChainProblem::kAltered, row.seq, "the event's content does not match its hash");
    }
    if (!mac_ok) {
      const AuditRecord* next = rows.Peek();
      if (next && next->prev_hash == row.prev_hash)
        return Fail(result, ChainProblem::kInserted, row.seq, "a forged event was spliced into the chain");
      if (!next && (to == 0 || row.seq < to))
        return Fail(result, ChainProblem::kInserted, row.seq, "an unsigned event was appended to the chain");
      return Fail(result, ChainProblem::kAltered, row.seq,
                  "the event's hash was recomputed: its signature does not match");
    }
    if (!link_ok) return Fail(result, ChainProblem::kAltered, row.seq, "the link to the previous event is broken");
    auto cp = checkpoints.find(row.seq);
    if (cp != checkpoints.end())
      for (const auto& c : cp->second)
        if (c.hash != row.hash)
          return Fail(result, ChainProblem::kAltered, row.seq, "the chain differs from the signed checkpoint here");
    expected_prev = row.hash;
    ++expected_seq;
    ++result.events_checked;
    result.last_seq = row.seq;
    if (options.progress && result.events_checked - last_reported >= options.page_size) {
      last_reported = result.events_checked;
      options.progress(result.events_checked);
    }
  }
  // A signed checkpoint (or the head) beyond the last event: the tail was cut.
  const int64_t limit = to == 0 ? INT64_MAX : to;
  if (!checkpoints.empty()) {
    int64_t last_cp = checkpoints.rbegin()->first;
    if (last_cp > result.last_seq && last_cp <= limit)
      return Fail(result, ChainProblem::kTruncated, std::max(result.last_seq, from - 1) + 1,
                  "events after " + std::to_string(result.last_seq) + " are gone but checkpoint " +
                      std::to_string(last_cp) + " signed them");
  }
  if (head.seq > result.last_seq && std::min(head.seq, limit) >= expected_seq)
    return Fail(result, ChainProblem::kTruncated, expected_seq,
                "the chain head is at " + std::to_string(head.seq) + " but events end at " +
                    std::to_string(result.last_seq));
  if (options.progress) options.progress(result.events_checked);
  return result;
}

}  // namespace crm::usecases

#include "usecases/audit_verifier.h"

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
  // The rows arrive in chain order from one COPY, in this thread: each row is
  // judged when the next one has arrived (a forged row is told from an edited
  // one by whether its successor links to the same predecessor), the last one
  // at the end. The repository reuses its row object, so the row held back is
  // swapped out rather than copied, and steady state allocates little.
  std::string encoding;
  AuditRecord held;
  bool holding = false;
  int64_t last_reported = 0;
  // Judges `row`; `next` is the row after it, if any. False: stop (result failed).
  auto judge = [&](const AuditRecord& row, const AuditRecord* next) {
    if (row.seq < expected_seq)
      return result = Fail(result, ChainProblem::kInserted, row.seq, "a second event carries this sequence number"),
             false;
    if (row.seq > expected_seq)
      return result =
                 Fail(result, ChainProblem::kMissing, expected_seq,
                      "events " + std::to_string(expected_seq) + ".." + std::to_string(row.seq - 1) + " are missing"),
             false;
    if (row.seq > head.seq)
      return result = Fail(result, ChainProblem::kInserted, row.seq, "the event lies beyond the chain head"), false;
    domain::CanonicalEncodingInto(row, encoding);
    if (security::AuditSigner::ChainHash(row.prev_hash, encoding) != row.hash) {
      if (BelongsElsewhere(row, signer))
        return result = Fail(result, ChainProblem::kReordered, row.seq,
                             "the event belongs at another position in the chain"),
               false;
      return result = Fail(result, ChainProblem::kAltered, row.seq, "the event's content does not match its hash"),
             false;
    }
    if (!signer.VerifyRowMac(row.mac_key_id, row.seq, row.hash, row.mac)) {
      if (next && next->prev_hash == row.prev_hash)
        return result = Fail(result, ChainProblem::kInserted, row.seq, "a forged event was spliced into the chain"),
               false;
      if (!next && (to == 0 || row.seq < to))
        return result = Fail(result, ChainProblem::kInserted, row.seq, "an unsigned event was appended to the chain"),
               false;
      return result = Fail(result, ChainProblem::kAltered, row.seq,
                           "the event's hash was recomputed: its signature does not match"),
             false;
    }
    if (row.prev_hash != expected_prev)
      return result = Fail(result, ChainProblem::kAltered, row.seq, "the link to the previous event is broken"), false;
    auto cp = checkpoints.find(row.seq);
    if (cp != checkpoints.end())
      for (const auto& c : cp->second)
        if (c.hash != row.hash)
          return result =
                     Fail(result, ChainProblem::kAltered, row.seq, "the chain differs from the signed checkpoint here"),
                 false;
    expected_prev = row.hash;
    ++expected_seq;
    ++result.events_checked;
    result.last_seq = row.seq;
    if (options.progress && result.events_checked - last_reported >= options.page_size) {
      last_reported = result.events_checked;
      options.progress(result.events_checked);
    }
    return true;
  };
  AuditRepository::StreamChain(tx, std::max<int64_t>(from, 1), to, [&](AuditRecord& row) {
    if (holding && !judge(held, &row)) return false;
    std::swap(held, row);
    holding = true;
    return true;
  });
  if (!result.intact) return result;
  if (holding && !judge(held, nullptr)) return result;
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
    return Fail(
        result, ChainProblem::kTruncated, expected_seq,
        "the chain head is at " + std::to_string(head.seq) + " but events end at " + std::to_string(result.last_seq));
  if (options.progress) options.progress(result.events_checked);
  return result;
}

}  // namespace crm::usecases

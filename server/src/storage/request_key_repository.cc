#include "storage/request_key_repository.h"

#include "common/error.h"

namespace crm::storage {
namespace {

constexpr Statement kFind{"request_key_find",
                          "SELECT encode(fingerprint, 'hex'), COALESCE(result_id::text, '') FROM request_key "
                          "WHERE method = $1 AND request_id = $2"};
// ON CONFLICT waits for a concurrent claimer of the same key to end; a row
// back means this transaction holds the key.
constexpr Statement kClaim{
    "request_key_claim",
    "INSERT INTO request_key (method, request_id, fingerprint, actor_user_id) "
    "VALUES ($1, $2, decode($3, 'hex'), NULLIF($4, '')::uuid) ON CONFLICT (method, request_id) DO NOTHING "
    "RETURNING 1"};
constexpr Statement kComplete{"request_key_complete",
                              "UPDATE request_key SET result_id = $3::uuid WHERE method = $1 AND request_id = $2"};

Error Reused() {
  return Error(crm::v1::ErrorReason::REQUEST_ID_REUSED,
               "this request_id was already used for a different request; use a new request_id")
      .AddViolation("request_id", "was already used for a different request");
}

}  // namespace

const std::vector<Statement>& RequestKeyRepository::Statements() {
  static const std::vector<Statement> kAll{kFind, kClaim, kComplete};
  return kAll;
}

std::optional<std::string> RequestKeyRepository::Find(pqxx::transaction_base& tx, const RequestKey& key) {
  auto r = tx.exec_prepared(kFind.name, key.method, key.request_id);
  if (r.empty()) return std::nullopt;
  if (!r[0][0].is_null() && r[0][0].as<std::string>() != key.fingerprint) throw Reused();
  const std::string result = r[0][1].as<std::string>();
  if (result.empty()) throw Error::Internal();  // a key is completed in the transaction that claims it
  return result;
}

std::optional<std::string> RequestKeyRepository::Claim(pqxx::transaction_base& tx, const RequestKey& key) {
  auto r = tx.exec_prepared(kClaim.name, key.method, key.request_id, key.fingerprint, key.actor_user_id);
  if (!r.empty()) return std::nullopt;
  // Held by a transaction that has committed since (READ COMMITTED: this
  // statement sees it).
  auto earlier = Find(tx, key);
  if (!earlier) throw Error::Internal();
  return earlier;
}

void RequestKeyRepository::Complete(pqxx::transaction_base& tx, const RequestKey& key, const std::string& result_id) {
  tx.exec_prepared0(kComplete.name, key.method, key.request_id, result_id);
}

}  // namespace crm::storage

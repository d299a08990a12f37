// Idempotency keys (V0019): the first result of each (method, request_id).
// A create claims its key in its own transaction before it writes; a
// concurrent repeat waits on the key's row and then answers with the first
// result; a repeat with other content is refused (REQUEST_ID_REUSED).
#pragma once

#include <cstdint>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "domain/request_key.h"
#include "storage/statements.h"

namespace crm::storage {

using RequestKey = domain::RequestKey;  // domain/request_key.h

class RequestKeyRepository {
 public:
  static const std::vector<Statement>& Statements();

  // The result of an earlier request with this key that has committed, if
  // any; REQUEST_ID_REUSED (ALREADY_EXISTS, naming request_id) when it was
  // sent with other content. Does not wait for a concurrent one.
  static std::optional<std::string> Find(pqxx::transaction_base& tx, const RequestKey& key);

  // Claims the key for this transaction. If another transaction holds it,
  // waits until that one ends: when it committed, returns its result (or
  // REQUEST_ID_REUSED as above); when it rolled back, the key is this one's.
  // nullopt: claimed; call Complete before committing. Needs READ COMMITTED.
  static std::optional<std::string> Claim(pqxx::transaction_base& tx, const RequestKey& key);

  // Records what the claimed key produced.
  static void Complete(pqxx::transaction_base& tx, const RequestKey& key, const std::string& result_id);
};

}  // namespace crm::storage

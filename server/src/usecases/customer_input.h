// A client's input made into its stored form: each field validated (naming
// the field), sensitive values encrypted with the client's id bound in, blind
// indexes and masks computed; and the reverse for a reveal. One path for the
// RPCs and the CSV import (ADR 0015).
#pragma once

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "common/error.h"
#include "domain/customer.h"

namespace crm::usecases {

// The field names UpdateCustomer accepts in its mask.
const std::set<std::string>& UpdatablePaths();

// Validates and copies the named fields of `in` into `row` (all given fields
// on create). Problems go to v, each under prefix + the field's name
// ("customer." for the API, "" for an import line); on problems row is left
// partly written (discard it). Returns the names of the fields whose stored
// value changed.
std::vector<std::string> ApplyCustomerInput(const domain::CustomerInput& in, const std::set<std::string>& paths,
                                            domain::Customer& row, Validation& v,
                                            const std::string& prefix = "customer.");

// Keyed hashes of the old and new values of the changed fields, for the
// audit record: never the values.
nlohmann::json ChangeHashes(const domain::Customer& before, const domain::Customer& after,
                            const std::vector<std::string>& fields);

// Plain text of one sensitive field ("" when not recorded).
std::string DecryptField(const domain::Customer& row, domain::SensitiveField field);

// A linked account with its number encrypted, blind-indexed and masked.
domain::Account NewAccount(const std::string& customer_id, const std::string& kind, const std::string& digits,
                           const std::string& open_date);

}  // namespace crm::usecases

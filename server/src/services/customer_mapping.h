// proto <-> stored client rows: validation (naming each bad field),
// encryption of sensitive fields with their blind indexes and masks, and the
// masked view every response returns.
#pragma once

#include <map>
#include <set>
#include <string>

#include "common/error.h"
#include "common/ids.h"
#include "crm/v1/customer.pb.h"
#include "domain/policy.h"
#include "storage/customer_repository.h"
#include "storage/holdings_repository.h"

namespace crm::services {

// The paths UpdateCustomer accepts in its FieldMask.
const std::set<std::string>& UpdatablePaths();

// Validates and copies the given paths of `in` into `row` (all input paths on
// create). Sensitive values are encrypted with the row's id bound in.
// Appends problems to v; on problems row is left partly written (discard it).
// Returns the names of the fields whose stored value changed.
std::vector<std::string> ApplyCustomerInput(const crm::v1::Customer& in, const std::set<std::string>& paths,
                                            storage::CustomerRow& row, Validation& v);

void CustomerToProto(const storage::CustomerRow& row, crm::v1::Customer* out);
std::string Etag(const storage::CustomerRow& row);

// Plain text of one sensitive field (for RevealSensitiveField).
std::string DecryptField(const storage::CustomerRow& row, crm::v1::SensitiveField field);
const char* SensitiveFieldName(crm::v1::SensitiveField field);

using crm::NewUuid;
// A calendar date as YYYY-MM-DD ("" for an unset date); false when not a real date.
bool ValidDate(const google::type::Date& d, std::string& out);
// "YYYY-MM-DD" into a google.type.Date (anything else leaves it unset).
void SetDate(const std::string& text, google::type::Date* d);
// The list's AUM (with its date) and last contact, when the client has metrics.
void SetListMetrics(const std::map<std::string, storage::ListMetricsRow>& metrics, crm::v1::Customer* c);

void ConsentToProto(const storage::ConsentRow& row, crm::v1::Consent* out);
void RelationToProto(const storage::RelationRow& row, crm::v1::Relation* out);
// Holdings and the daily AUM of the last year into the 360 view.
void HoldingsToProto(const std::vector<storage::HoldingRow>& holdings, const std::vector<storage::AumPointRow>& aum,
                     const std::optional<storage::CashRow>& cash, crm::v1::Customer* out);
void AccountToProto(const storage::AccountRow& row, crm::v1::Account* out);
void InteractionToProto(const storage::InteractionRow& row, crm::v1::Interaction* out);
// Trades, commission and cash flows from the client's metrics (the 360 view).
void ActivityToProto(const storage::ActivityRow& row, crm::v1::ClientActivity* out);

// Does the acting user's data scope reach this client (own or delegated,
// team, branch, all)? The first of the two defences; row-level security in
// PostgreSQL is the second.
bool InScope(const domain::Actor& actor, domain::DataScope scope, const storage::CustomerRow& row);

}  // namespace crm::services

// proto <-> the client's domain types: what was typed into a CustomerInput,
// and the masked view every response returns (usecases/customer_input.h
// validates and encrypts).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/ids.h"
#include "crm/v1/customer.pb.h"
#include "domain/customer.h"
#include "domain/holdings.h"
#include "domain/policy.h"

namespace crm::services {

// What the caller typed, as the use cases take it.
domain::CustomerInput CustomerInputOf(const crm::v1::Customer& in);
domain::SensitiveField SensitiveFieldOf(crm::v1::SensitiveField field);

void CustomerToProto(const domain::Customer& row, crm::v1::Customer* out);

using crm::NewUuid;
// A calendar date as YYYY-MM-DD ("" for an unset date); false when not a real date.
bool ValidDate(const google::type::Date& d, std::string& out);
// "YYYY-MM-DD" into a google.type.Date (anything else leaves it unset).
void SetDate(const std::string& text, google::type::Date* d);
// The list's AUM (with its date) and last contact, when the client has metrics.
void SetListMetrics(const std::map<std::string, domain::ListMetrics>& metrics, crm::v1::Customer* c);

void ConsentToProto(const domain::Consent& row, crm::v1::Consent* out);
void RelationToProto(const domain::Relation& row, crm::v1::Relation* out);
// Holdings and the daily AUM of the last year into the 360 view.
void FuturesMarginToProto(const domain::FuturesMargin& m, crm::v1::FuturesMargin* out);
void HoldingsToProto(const std::vector<domain::Holding>& holdings, const std::vector<domain::AumPoint>& aum,
                     const std::optional<domain::Cash>& cash, crm::v1::Customer* out);
void AccountToProto(const domain::Account& row, crm::v1::Account* out);
void InteractionToProto(const domain::Interaction& row, crm::v1::Interaction* out);
// Trades, commission and cash flows from the client's metrics (the 360 view).
void ActivityToProto(const domain::Activity& row, crm::v1::ClientActivity* out);

// Does the acting user's data scope reach this client (own or delegated,
// team, branch, all)? domain::InScope on the client's placement.
inline bool InScope(const domain::Actor& actor, domain::DataScope scope, const domain::Customer& row) {
  return domain::InScope(actor, scope, domain::Placement(row));
}

}  // namespace crm::services

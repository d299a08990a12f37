#include "services/customer_mapping.h"

#include <cstdio>

#include "common/ids.h"
#include "domain/customer_rules.h"
#include "domain/dates.h"
#include "security/audit_signer.h"
#include "security/crypto.h"
#include "security/field_cipher.h"
#include "services/proto_convert.h"

namespace crm::services {
namespace {

using crm::v1::Customer;

std::string Aad(const std::string& field, const std::string& id) { return "customer." + field + ":" + id; }

std::string Enc(const std::string& field, const std::string& id, const std::string& value) {
  if (value.empty()) return "";
  return security::HexEncode(security::FieldCipher::Process()->Encrypt(value, Aad(field, id)));
}

std::optional<domain::IdType> IdTypeFrom(crm::v1::IdType t) {
  switch (t) {
    case crm::v1::PRC_ID_CARD: return domain::IdType::kPrcIdCard;
    case crm::v1::PASSPORT: return domain::IdType::kPassport;
    case crm::v1::HK_MACAO_PERMIT: return domain::IdType::kHkMacaoPermit;
    case crm::v1::TAIWAN_PERMIT: return domain::IdType::kTaiwanPermit;
    case crm::v1::BUSINESS_LICENSE: return domain::IdType::kBusinessLicense;
    default: return std::nullopt;
  }
}

bool TooLong(const std::string& s, size_t n) { return s.size() > n; }

}  // namespace

bool ValidDate(const google::type::Date& d, std::string& out) {
  auto text = domain::DateText(d.year(), d.month(), d.day());
  if (!text) return false;
  out = *text;
  return true;
}

const std::set<std::string>& UpdatablePaths() {
  static const std::set<std::string> kPaths{"kind",       "name",     "gender", "birth_date", "id_type",
                                            "id_number",  "phone",    "email",  "address",    "district",
                                            "occupation", "employer", "source", "status"};
  return kPaths;
}

bool InScope(const domain::Actor& a, domain::DataScope scope, const storage::CustomerRow& c) {
  return domain::InScope(a, scope, {c.owner_user_id, c.team_id, c.branch_id, c.delegated_to_actor});
}

std::vector<std::string> ApplyCustomerInput(const Customer& in, const std::set<std::string>& paths,
                                            storage::CustomerRow& row, Validation& v) {
  std::vector<std::string> changed;
  auto set = [&](const std::string& field, std::string& slot, const std::string& value) {
    if (slot != value) changed.push_back(field);
    slot = value;
  };
  auto cipher = security::FieldCipher::Process();
  if (paths.count("kind")) {
    if (in.kind() == crm::v1::INDIVIDUAL)
      set("kind", row.kind, "INDIVIDUAL");
    else if (in.kind() == crm::v1::INSTITUTION)
      set("kind", row.kind, "INSTITUTION");
    else
      v.Fail("customer.kind", crm::v1::FieldProblem::NOT_ONE_OF, "choose INDIVIDUAL or INSTITUTION");
  }
  if (paths.count("name")) {
    std::string name = in.name();
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.pop_back();
    if (name.empty())
      v.Fail("customer.name", crm::v1::FieldProblem::REQUIRED, "is required");
    else if (TooLong(name, 200))
      v.Fail("customer.name", crm::v1::FieldProblem::TOO_LONG, "must be at most 200 characters", 200);
    else
      set("name", row.name, name);
  }
  if (paths.count("gender")) {
    if (in.gender() != "" && in.gender() != "M" && in.gender() != "F")
      v.Fail("customer.gender", crm::v1::FieldProblem::NOT_ONE_OF, "must be M, F or empty");
    else
      set("gender", row.gender, in.gender());
  }
  if (paths.count("birth_date")) {
    std::string d;
    if (!ValidDate(in.birth_date(), d))
      v.Fail("customer.birth_date", crm::v1::FieldProblem::INVALID_DATE, "is not a valid date");
    else
      set("birth_date", row.birth_date, d);
  }
  // The document type and number go together.
  if (paths.count("id_type") || paths.count("id_number")) {
    const std::string number = domain::NormalizeIdNumber(in.id_number());
    if (number.empty()) {
      if (in.id_type() != crm::v1::ID_TYPE_UNSPECIFIED)
        v.Fail("customer.id_number", crm::v1::FieldProblem::REQUIRED, "is required with id_type");
      if (!row.id_number_bidx.empty()) changed.push_back("id_number");
      row.id_type.clear();
      row.id_number_enc_hex.clear();
      row.id_number_bidx.clear();
      row.id_number_mask.clear();
    } else {
      auto type = IdTypeFrom(in.id_type());
      if (!type) {
        v.Fail("customer.id_type", crm::v1::FieldProblem::REQUIRED, "is required with id_number");
      } else if (auto problem = domain::CheckIdNumber(*type, number); !problem.empty()) {
        v.Fail("customer.id_number", crm::v1::FieldProblem::ID_NUMBER_FORMAT, problem);
      } else {
        std::string bidx = cipher->BlindIndex("id_number", number);
        if (bidx != row.id_number_bidx || row.id_type != crm::v1::IdType_Name(in.id_type()))
          changed.push_back("id_number");
        row.id_type = crm::v1::IdType_Name(in.id_type());
        row.id_number_enc_hex = Enc("id_number", row.id, number);
        row.id_number_bidx = bidx;
        row.id_number_mask = domain::MaskIdNumber(number);
      }
    }
  }
  if (paths.count("phone")) {
    const std::string phone = domain::NormalizePhone(in.phone());
    if (in.phone().empty()) {
      if (!row.phone_bidx.empty()) changed.push_back("phone");
      row.phone_enc_hex.clear();
      row.phone_bidx.clear();
      row.phone_mask.clear();
    } else if (!domain::IsValidMobile(in.phone())) {
      v.Fail("customer.phone", crm::v1::FieldProblem::PHONE_FORMAT,
             "is not a valid mainland mobile number (11 digits starting with 1)");
    } else {
      std::string bidx = cipher->BlindIndex("phone", phone);
      if (bidx != row.phone_bidx) changed.push_back("phone");
      row.phone_enc_hex = Enc("phone", row.id, phone);
      row.phone_bidx = bidx;
      row.phone_mask = domain::MaskPhone(phone);
    }
  }
  if (paths.count("email")) {
    if (in.email().empty()) {
      if (!row.email_mask.empty()) changed.push_back("email");
      row.email_enc_hex.clear();
      row.email_mask.clear();
    } else if (!domain::IsValidEmail(in.email())) {
      v.Fail("customer.email", crm::v1::FieldProblem::EMAIL_FORMAT, "is not a valid email address");
    } else {
      changed.push_back("email");
      row.email_enc_hex = Enc("email", row.id, in.email());
      row.email_mask = domain::MaskEmail(in.email());
    }
  }
  if (paths.count("address")) {
    if (TooLong(in.address(), 500)) {
      v.Fail("customer.address", crm::v1::FieldProblem::TOO_LONG, "must be at most 500 characters", 500);
    } else {
      changed.push_back("address");
      row.address_enc_hex = Enc("address", row.id, in.address());
    }
  }
  if (paths.count("district")) {
    if (TooLong(in.district(), 100))
      v.Fail("customer.district", crm::v1::FieldProblem::TOO_LONG, "must be at most 100 characters", 100);
    else
      set("district", row.district, in.district());
  }
  for (auto [path, value, slot] :
       {std::tuple{"occupation", &in.occupation(), &row.occupation},
        std::tuple{"employer", &in.employer(), &row.employer}, std::tuple{"source", &in.source(), &row.source}}) {
    if (!paths.count(path)) continue;
    if (TooLong(*value, 200))
      v.Fail(std::string("customer.") + path, crm::v1::FieldProblem::TOO_LONG, "must be at most 200 characters", 200);
    else
      set(path, *slot, *value);
  }
  if (paths.count("status")) {
    const std::string to = crm::v1::CustomerStatus_Name(in.status());
    const std::string& from = row.status;
    bool ok = to != "CUSTOMER_STATUS_UNSPECIFIED" &&
              (from.empty() || from == to || (from == "PROSPECT" && (to == "ACTIVE" || to == "CLOSED")) ||
               (from == "ACTIVE" && (to == "DORMANT" || to == "CLOSED")) ||
               (from == "DORMANT" && (to == "ACTIVE" || to == "CLOSED")));
    if (!ok)
      v.Fail("customer.status", "cannot change from " + (from.empty() ? std::string("nothing") : from) + " to " + to);
    else
      set("status", row.status, to);
  }
  return changed;
}

std::string Etag(const storage::CustomerRow& row) { return "v" + std::to_string(row.version); }

void CustomerToProto(const storage::CustomerRow& r, Customer* out) {
  out->set_id(r.id);
  out->set_kind(r.kind == "INSTITUTION" ? crm::v1::INSTITUTION : crm::v1::INDIVIDUAL);
  out->set_name(r.name);
  out->set_gender(r.gender);
  if (r.birth_date.size() == 10) {
    out->mutable_birth_date()->set_year(std::stoi(r.birth_date.substr(0, 4)));
    out->mutable_birth_date()->set_month(std::stoi(r.birth_date.substr(5, 2)));
    out->mutable_birth_date()->set_day(std::stoi(r.birth_date.substr(8, 2)));
  }
  crm::v1::IdType t;
  out->set_id_type(crm::v1::IdType_Parse(r.id_type, &t) ? t : crm::v1::ID_TYPE_UNSPECIFIED);
  out->set_id_number(r.id_number_mask);
  out->set_phone(r.phone_mask);
  out->set_email(r.email_mask);
  out->set_address(r.address_enc_hex.empty() ? "" : domain::MaskAddress(r.district));
  out->set_district(r.district);
  out->set_occupation(r.occupation);
  out->set_employer(r.employer);
  out->set_source(r.source);
  crm::v1::CustomerStatus s;
  out->set_status(crm::v1::CustomerStatus_Parse(r.status, &s) ? s : crm::v1::CUSTOMER_STATUS_UNSPECIFIED);
  out->set_risk_level(r.risk_level);
  out->set_tier(r.tier);
  out->set_owner_user_id(r.owner_user_id);
  out->set_team_id(r.team_id);
  out->set_branch_id(r.branch_id);
  SetTimestamp(out->mutable_create_time(), TimePoint(std::chrono::microseconds(r.create_time_us)));
  SetTimestamp(out->mutable_update_time(), TimePoint(std::chrono::microseconds(r.update_time_us)));
  if (r.archive_time_us)
    SetTimestamp(out->mutable_archive_time(), TimePoint(std::chrono::microseconds(*r.archive_time_us)));
  out->set_etag(Etag(r));
  if (r.risk_expire_time_us)
    SetTimestamp(out->mutable_risk_expire_time(), TimePoint(std::chrono::microseconds(*r.risk_expire_time_us)));
  out->set_investor_class(r.investor_class);
}

void ConsentToProto(const storage::ConsentRow& r, crm::v1::Consent* out) {
  crm::v1::ConsentPurpose p;
  out->set_purpose(crm::v1::ConsentPurpose_Parse(r.purpose, &p) ? p : crm::v1::CONSENT_PURPOSE_UNSPECIFIED);
  crm::v1::ConsentChannel c;
  out->set_channel(crm::v1::ConsentChannel_Parse("CONSENT_" + r.channel, &c) ? c
                                                                             : crm::v1::CONSENT_CHANNEL_UNSPECIFIED);
  out->set_granted(r.granted);
  out->set_method(r.method);
  SetTimestamp(out->mutable_record_time(), TimePoint(std::chrono::microseconds(r.record_time_us)));
}

void RelationToProto(const storage::RelationRow& r, crm::v1::Relation* out) {
  out->set_id(r.id);
  crm::v1::RelationType t;
  std::string name = r.relation == "OTHER" ? "OTHER_RELATION" : r.relation;
  out->set_relation(crm::v1::RelationType_Parse(name, &t) ? t : crm::v1::RELATION_TYPE_UNSPECIFIED);
  out->set_related_customer_id(r.related_customer_id);
  out->set_related_in_scope(r.related_customer_id.empty() || r.related_visible);
  // A related client outside the caller's scope shows no name.
  out->set_related_name(r.related_customer_id.empty() || r.related_visible ? r.related_name : "");
  out->set_recorded_here(r.recorded_here);
}

void AccountToProto(const storage::AccountRow& r, crm::v1::Account* out) {
  out->set_id(r.id);
  crm::v1::AccountKind k;
  out->set_kind(crm::v1::AccountKind_Parse(r.kind, &k) ? k : crm::v1::ACCOUNT_KIND_UNSPECIFIED);
  out->set_number(r.number_mask);
  if (r.open_date.size() == 10) {
    out->mutable_open_date()->set_year(std::stoi(r.open_date.substr(0, 4)));
    out->mutable_open_date()->set_month(std::stoi(r.open_date.substr(5, 2)));
    out->mutable_open_date()->set_day(std::stoi(r.open_date.substr(8, 2)));
  }
  out->set_status(r.status);
}

const char* SensitiveFieldName(crm::v1::SensitiveField field) {
  switch (field) {
    case crm::v1::ID_NUMBER: return "id_number";
    case crm::v1::PHONE: return "phone";
    case crm::v1::EMAIL: return "email";
    case crm::v1::ADDRESS: return "address";
    default: return "";
  }
}

std::string DecryptField(const storage::CustomerRow& r, crm::v1::SensitiveField field) {
  const std::string* hex = nullptr;
  switch (field) {
    case crm::v1::ID_NUMBER: hex = &r.id_number_enc_hex; break;
    case crm::v1::PHONE: hex = &r.phone_enc_hex; break;
    case crm::v1::EMAIL: hex = &r.email_enc_hex; break;
    case crm::v1::ADDRESS: hex = &r.address_enc_hex; break;
    default: return "";
  }
  if (hex->empty()) return "";
  return security::FieldCipher::Process()->Decrypt(security::HexDecode(*hex), Aad(SensitiveFieldName(field), r.id));
}

void InteractionToProto(const storage::InteractionRow& r, crm::v1::Interaction* out) {
  out->set_id(r.id);
  out->set_customer_id(r.customer_id);
  crm::v1::InteractionChannel ch;
  out->set_channel(
      crm::v1::InteractionChannel_Parse("CHANNEL_" + r.channel, &ch) ? ch : crm::v1::INTERACTION_CHANNEL_UNSPECIFIED);
  SetTimestamp(out->mutable_occur_time(), TimePoint(std::chrono::microseconds(r.occurred_time_us)));
  out->set_author_user_id(r.author_user_id);
  out->set_summary(r.summary);
  out->set_amends_id(r.amends_id);
  out->set_amend_reason(r.amend_reason);
  out->set_amended_by_id(r.amended_by_id);
  SetTimestamp(out->mutable_create_time(), TimePoint(std::chrono::microseconds(r.create_time_us)));
  out->set_author_name(r.author_name);
  if (!r.next_action_date.empty()) SetDate(r.next_action_date, out->mutable_next_action_date());
}

}  // namespace crm::services

namespace crm::services {
void SetDate(const std::string& text, google::type::Date* d) {
  if (text.size() != 10) return;
  d->set_year(std::stoi(text.substr(0, 4)));
  d->set_month(std::stoi(text.substr(5, 2)));
  d->set_day(std::stoi(text.substr(8, 2)));
}

void SetListMetrics(const std::map<std::string, storage::ListMetricsRow>& metrics, crm::v1::Customer* c) {
  auto it = metrics.find(c->id());
  if (it == metrics.end()) return;
  c->set_aum_minor(it->second.aum_minor);
  SetDate(it->second.as_of, c->mutable_aum_date());
  if (!it->second.last_interaction_date.empty())
    SetDate(it->second.last_interaction_date, c->mutable_activity()->mutable_last_interaction_date());
}

void HoldingsToProto(const std::vector<storage::HoldingRow>& holdings, const std::vector<storage::AumPointRow>& aum,
                     const std::optional<storage::CashRow>& cash, crm::v1::Customer* out) {
  if (cash) {
    out->set_cash_minor(cash->amount_minor);
    SetDate(cash->as_of, out->mutable_cash_date());
  }
  for (const auto& h : holdings) {
    auto* p = out->add_holdings();
    p->set_product_code(h.product_code);
    p->set_product_name(h.product_name);
    p->set_market_value_minor(h.market_value_minor);
    p->set_currency(h.currency);
    SetDate(h.as_of, p->mutable_as_of());
  }
  for (const auto& a : aum) {
    auto* p = out->add_aum_history();
    SetDate(a.day, p->mutable_day());
    p->set_aum_minor(a.aum_minor);
  }
  if (!aum.empty()) {
    out->set_aum_minor(aum.back().aum_minor);
    SetDate(aum.back().day, out->mutable_aum_date());
  }
}

void ActivityToProto(const storage::ActivityRow& a, crm::v1::ClientActivity* out) {
  out->set_trades_90d(a.trades_90d);
  if (!a.last_trade_date.empty()) SetDate(a.last_trade_date, out->mutable_last_trade_date());
  out->set_commission_12m_minor(a.commission_12m_minor);
  out->set_net_cash_flow_3m_minor(a.net_cash_flow_3m_minor);
  out->set_avg_aum_3m_minor(a.avg_aum_3m_minor);
  if (!a.last_interaction_date.empty()) SetDate(a.last_interaction_date, out->mutable_last_interaction_date());
  SetDate(a.as_of, out->mutable_as_of());
}

}  // namespace crm::services

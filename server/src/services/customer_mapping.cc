#include "services/customer_mapping.h"

#include <cstdio>

#include "common/ids.h"
#include "domain/customer_rules.h"
#include "domain/dates.h"
#include "services/proto_convert.h"

namespace crm::services {

bool ValidDate(const google::type::Date& d, std::string& out) {
  auto text = domain::DateText(d.year(), d.month(), d.day());
  if (!text) return false;
  out = *text;
  return true;
}

domain::CustomerInput CustomerInputOf(const crm::v1::Customer& in) {
  domain::CustomerInput out;
  if (in.kind() == crm::v1::INDIVIDUAL) out.kind = "INDIVIDUAL";
  if (in.kind() == crm::v1::INSTITUTION) out.kind = "INSTITUTION";
  out.name = in.name();
  out.gender = in.gender();
  out.birth_year = in.birth_date().year();
  out.birth_month = in.birth_date().month();
  out.birth_day = in.birth_date().day();
  if (in.id_type() != crm::v1::ID_TYPE_UNSPECIFIED) out.id_type = crm::v1::IdType_Name(in.id_type());
  out.id_number = in.id_number();
  out.phone = in.phone();
  out.email = in.email();
  out.address = in.address();
  out.district = in.district();
  out.occupation = in.occupation();
  out.employer = in.employer();
  out.source = in.source();
  out.status = crm::v1::CustomerStatus_Name(in.status());  // CUSTOMER_STATUS_UNSPECIFIED is no status
  return out;
}

domain::SensitiveField SensitiveFieldOf(crm::v1::SensitiveField field) {
  switch (field) {
    case crm::v1::ID_NUMBER: return domain::SensitiveField::kIdNumber;
    case crm::v1::PHONE: return domain::SensitiveField::kPhone;
    case crm::v1::EMAIL: return domain::SensitiveField::kEmail;
    case crm::v1::ADDRESS: return domain::SensitiveField::kAddress;
    default: return domain::SensitiveField::kNone;
  }
}

using crm::v1::Customer;

void CustomerToProto(const domain::Customer& r, Customer* out) {
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
  out->set_etag(domain::Etag(r));
  if (r.risk_expire_time_us)
    SetTimestamp(out->mutable_risk_expire_time(), TimePoint(std::chrono::microseconds(*r.risk_expire_time_us)));
  out->set_investor_class(r.investor_class);
}

void ConsentToProto(const domain::Consent& r, crm::v1::Consent* out) {
  crm::v1::ConsentPurpose p;
  out->set_purpose(crm::v1::ConsentPurpose_Parse(r.purpose, &p) ? p : crm::v1::CONSENT_PURPOSE_UNSPECIFIED);
  crm::v1::ConsentChannel c;
  out->set_channel(crm::v1::ConsentChannel_Parse("CONSENT_" + r.channel, &c) ? c
                                                                             : crm::v1::CONSENT_CHANNEL_UNSPECIFIED);
  out->set_granted(r.granted);
  out->set_method(r.method);
  SetTimestamp(out->mutable_record_time(), TimePoint(std::chrono::microseconds(r.record_time_us)));
}

void RelationToProto(const domain::Relation& r, crm::v1::Relation* out) {
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

void AccountToProto(const domain::Account& r, crm::v1::Account* out) {
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

void InteractionToProto(const domain::Interaction& r, crm::v1::Interaction* out) {
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

void SetListMetrics(const std::map<std::string, domain::ListMetrics>& metrics, crm::v1::Customer* c) {
  auto it = metrics.find(c->id());
  if (it == metrics.end()) return;
  c->set_aum_minor(it->second.aum_minor);
  SetDate(it->second.as_of, c->mutable_aum_date());
  if (!it->second.last_interaction_date.empty())
    SetDate(it->second.last_interaction_date, c->mutable_activity()->mutable_last_interaction_date());
}

void HoldingsToProto(const std::vector<domain::Holding>& holdings, const std::vector<domain::AumPoint>& aum,
                     const std::optional<domain::Cash>& cash, crm::v1::Customer* out) {
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

void FuturesMarginToProto(const domain::FuturesMargin& m, crm::v1::FuturesMargin* out) {
  out->set_account_mask(m.account_mask);
  SetDate(m.trading_day, out->mutable_trading_day());
  out->set_snapshot_time(m.snapshot_time);
  out->set_currency(m.currency);
  out->set_balance_minor(m.balance_minor);
  out->set_available_minor(m.available_minor);
  out->set_curr_margin_minor(m.curr_margin_minor);
  out->set_position_profit_minor(m.position_profit_minor);
  out->set_margin_ratio_bp(m.margin_ratio_bp);
  out->set_below_threshold(m.below_threshold);
}

void ActivityToProto(const domain::Activity& a, crm::v1::ClientActivity* out) {
  out->set_trades_90d(a.trades_90d);
  if (!a.last_trade_date.empty()) SetDate(a.last_trade_date, out->mutable_last_trade_date());
  out->set_commission_12m_minor(a.commission_12m_minor);
  out->set_net_cash_flow_3m_minor(a.net_cash_flow_3m_minor);
  out->set_avg_aum_3m_minor(a.avg_aum_3m_minor);
  if (!a.last_interaction_date.empty()) SetDate(a.last_interaction_date, out->mutable_last_interaction_date());
  SetDate(a.as_of, out->mutable_as_of());
}

}  // namespace crm::services

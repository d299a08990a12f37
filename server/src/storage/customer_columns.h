// The columns every customer read selects and the reader that turns a row
// of them into a CustomerRow: shared by storage/customer_repository.cc and
// storage/customer_search.cc only (the column order and the reader must
// change together).
#pragma once

#include "storage/customer_repository.h"
#include "storage/pipelined_tx.h"

#include <iterator>
#include <string>

// Every column is named, and ReadCustomer finds each by its name (the
// numbers are looked up once per result), so the order of this list does not
// matter and a column missing from a statement fails loudly.
#define CRM_CUSTOMER_COLUMNS                                                                                   \
  "id::text AS id, COALESCE(request_id,'') AS request_id, kind, name, gender, "                                \
  "COALESCE(birth_date::text,'') AS birth_date, COALESCE(id_type,'') AS id_type, "                             \
  "COALESCE(encode(id_number_enc,'hex'),'') AS id_number_enc, COALESCE(id_number_bidx,'') AS id_number_bidx, " \
  "id_number_mask, COALESCE(encode(phone_enc,'hex'),'') AS phone_enc, COALESCE(phone_bidx,'') AS phone_bidx, " \
  "phone_mask, COALESCE(encode(email_enc,'hex'),'') AS email_enc, email_mask, "                                \
  "COALESCE(encode(address_enc,'hex'),'') AS address_enc, district, occupation, employer, source, status, "    \
  "COALESCE(risk_level,'') AS risk_level, COALESCE(tier,'') AS tier, owner_user_id::text AS owner_user_id, "   \
  "COALESCE(team_id::text,'') AS team_id, COALESCE(branch_id::text,'') AS branch_id, version, "                \
  "(EXTRACT(EPOCH FROM create_time) * 1000000)::bigint AS create_us, "                                         \
  "(EXTRACT(EPOCH FROM update_time) * 1000000)::bigint AS update_us, "                                         \
  "(EXTRACT(EPOCH FROM archive_time) * 1000000)::bigint AS archive_us, "                                       \
  "EXISTS (SELECT 1 FROM customer_delegation d WHERE d.customer_id = customer.id AND "                         \
  "d.delegate_user_id::text = current_setting('crm.actor_id', true) AND d.expire_time > now()) AS delegated, " \
  "(EXTRACT(EPOCH FROM risk_expire_time) * 1000000)::bigint AS risk_expire_us, investor_class "

namespace crm::storage::detail {

// Where each of CRM_CUSTOMER_COLUMNS is in a result (by name).
struct CustomerColumnNumbers {
  static constexpr const char* kText[] = {
      "id",         "request_id",    "kind",           "name",           "gender",    "birth_date",
      "id_type",    "id_number_enc", "id_number_bidx", "id_number_mask", "phone_enc", "phone_bidx",
      "phone_mask", "email_enc",     "email_mask",     "address_enc",    "district",  "occupation",
      "employer",   "source",        "status",         "risk_level",     "tier",      "owner_user_id",
      "team_id",    "branch_id",     "investor_class"};
  int text[std::size(kText)];
  int version, create_us, update_us, archive_us, delegated, risk_expire_us;

  template <typename R>  // pqxx::row, pqxx::result or PipelinedResult(::Row)
  explicit CustomerColumnNumbers(const R& r) {
    for (size_t i = 0; i < std::size(kText); ++i) text[i] = static_cast<int>(r.column_number(kText[i]));
    version = static_cast<int>(r.column_number("version"));
    create_us = static_cast<int>(r.column_number("create_us"));
    update_us = static_cast<int>(r.column_number("update_us"));
    archive_us = static_cast<int>(r.column_number("archive_us"));
    delegated = static_cast<int>(r.column_number("delegated"));
    risk_expire_us = static_cast<int>(r.column_number("risk_expire_us"));
  }
};

template <typename Row>  // pqxx::row or PipelinedResult::Row
CustomerRow ReadCustomer(const Row& r, const CustomerColumnNumbers& k) {
  CustomerRow c;
  // In the order of CustomerColumnNumbers::kText.
  std::string* text[] = {&c.id,
                         &c.request_id,
                         &c.kind,
                         &c.name,
                         &c.gender,
                         &c.birth_date,
                         &c.id_type,
                         &c.id_number_enc_hex,
                         &c.id_number_bidx,
                         &c.id_number_mask,
                         &c.phone_enc_hex,
                         &c.phone_bidx,
                         &c.phone_mask,
                         &c.email_enc_hex,
                         &c.email_mask,
                         &c.address_enc_hex,
                         &c.district,
                         &c.occupation,
                         &c.employer,
                         &c.source,
                         &c.status,
                         &c.risk_level,
                         &c.tier,
                         &c.owner_user_id,
                         &c.team_id,
                         &c.branch_id,
                         &c.investor_class};
  static_assert(std::size(text) == std::size(CustomerColumnNumbers::kText), "a name for every text field");
  for (size_t i = 0; i < std::size(text); ++i) *text[i] = r[k.text[i]].template as<std::string>();
  c.version = r[k.version].template as<int>();
  c.create_time_us = r[k.create_us].template as<int64_t>();
  c.update_time_us = r[k.update_us].template as<int64_t>();
  if (!r[k.archive_us].is_null()) c.archive_time_us = r[k.archive_us].template as<int64_t>();
  c.delegated_to_actor = r[k.delegated].template as<bool>();
  if (!r[k.risk_expire_us].is_null()) c.risk_expire_time_us = r[k.risk_expire_us].template as<int64_t>();
  return c;
}

template <typename Row>
CustomerRow ReadCustomer(const Row& r) {
  return ReadCustomer(r, CustomerColumnNumbers(r));
}

// Row readers shared by the libpqxx and the pipelined paths (Rows: a
// pqxx::result or a PipelinedResult).
template <typename Rows>
std::vector<CustomerRow> ReadCustomers(const Rows& rows) {
  if (rows.empty()) return {};
  const CustomerColumnNumbers k(rows);
  return MapRows(rows, [&k](const auto& r) { return ReadCustomer(r, k); });
}

}  // namespace crm::storage::detail

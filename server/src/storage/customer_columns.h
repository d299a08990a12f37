// The columns every customer read selects and the reader that turns a row
// of them into a CustomerRow: shared by storage/customer_repository.cc and
// storage/customer_search.cc only (the column order and the reader must
// change together).
#pragma once

#include "storage/customer_repository.h"
#include "storage/pipelined_tx.h"

#define CRM_CUSTOMER_COLUMNS                                                                                     \
  "id::text, COALESCE(request_id,''), kind, name, gender, COALESCE(birth_date::text,''), COALESCE(id_type,''), " \
  "COALESCE(encode(id_number_enc,'hex'),''), COALESCE(id_number_bidx,''), id_number_mask, "                      \
  "COALESCE(encode(phone_enc,'hex'),''), COALESCE(phone_bidx,''), phone_mask, "                                  \
  "COALESCE(encode(email_enc,'hex'),''), email_mask, COALESCE(encode(address_enc,'hex'),''), district, "         \
  "occupation, employer, source, status, COALESCE(risk_level,''), COALESCE(tier,''), owner_user_id::text, "      \
  "COALESCE(team_id::text,''), COALESCE(branch_id::text,''), version, "                                          \
  "(EXTRACT(EPOCH FROM create_time) * 1000000)::bigint, (EXTRACT(EPOCH FROM update_time) * 1000000)::bigint, "   \
  "(EXTRACT(EPOCH FROM archive_time) * 1000000)::bigint, "                                                       \
  "EXISTS (SELECT 1 FROM customer_delegation d WHERE d.customer_id = customer.id AND "                           \
  "d.delegate_user_id::text = current_setting('crm.actor_id', true) AND d.expire_time > now()), "                \
  "(EXTRACT(EPOCH FROM risk_expire_time) * 1000000)::bigint, investor_class "

namespace crm::storage::detail {

template <typename Row>  // pqxx::row or PipelinedResult::Row
CustomerRow ReadCustomer(const Row& r) {
  CustomerRow c;
  int i = 0;
  for (std::string* s : {&c.id,
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
                         &c.branch_id})
    *s = r[i++].template as<std::string>();
  c.version = r[i++].template as<int>();
  c.create_time_us = r[i++].template as<int64_t>();
  c.update_time_us = r[i++].template as<int64_t>();
  if (!r[i].is_null()) c.archive_time_us = r[i].template as<int64_t>();
  c.delegated_to_actor = r[i + 1].template as<bool>();
  if (!r[i + 2].is_null()) c.risk_expire_time_us = r[i + 2].template as<int64_t>();
  c.investor_class = r[i + 3].template as<std::string>();
  return c;
}

// Row readers shared by the libpqxx and the pipelined paths (Rows: a
// pqxx::result or a PipelinedResult).
template <typename Rows>
std::vector<CustomerRow> ReadCustomers(const Rows& rows) {
  return MapRows(rows, [](const auto& r) { return ReadCustomer(r); });
}

}  // namespace crm::storage::detail

// Reading a query's result with COPY ... TO STDOUT (FORMAT binary), row by
// row, inside a libpqxx transaction. Used where a large ordered range must be
// read as fast as the database can send it (audit chain verification):
// binary COPY skips the text conversions on both ends and streams without
// paging round trips.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <pqxx/pqxx>
#include <string_view>
#include <vector>

namespace crm::storage {

// One row of a binary COPY: each field's bytes, or nullopt for NULL. The
// views are valid only during the callback.
using BinaryRow = std::vector<std::optional<std::string_view>>;

// Runs `COPY (select_sql) TO STDOUT (FORMAT binary)` in tx and calls on_row
// for each row; when on_row returns false the remaining rows are read and
// dropped (the connection must end the COPY before anything else). select_sql
// is a constant query: values reach it through bound statements run before
// (for example set_config), never by formatting them into the text.
void CopyOutBinary(pqxx::dbtransaction& tx, const char* select_sql,
                   const std::function<bool(const BinaryRow&)>& on_row);

// Decoders for the binary wire format of the types the callers use.
int64_t BinaryInt64(std::string_view v);
// timestamptz: microseconds since the Unix epoch (UTC).
int64_t BinaryTimestampMicros(std::string_view v);
// uuid: the canonical lower-case text form, as uuid_out writes it.
void BinaryUuidText(std::string_view v, std::string& out);

}  // namespace crm::storage

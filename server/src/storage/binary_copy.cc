#include "storage/binary_copy.h"

#include <libpq-fe.h>

#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>

namespace crm::storage {
namespace {

// libpqxx 6.4 has no binary COPY; largeobject exposes the transaction's libpq
// connection to subclasses, which is the supported way to reach it.
struct RawConnection : pqxx::largeobject {
  static PGconn* Of(const pqxx::dbtransaction& tx) { return raw_connection(tx); }
};

constexpr char kSignature[] = "PGCOPY\n\377\r\n";  // 11 bytes with its NUL

uint32_t U32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return __builtin_bswap32(v);
}
uint16_t U16(const char* p) {
  uint16_t v;
  std::memcpy(&v, p, 2);
  return __builtin_bswap16(v);
}

struct PqFree {
  void operator()(char* p) const { PQfreemem(p); }
};

// Reads the results that end a COPY; throws the database's error if it failed.
void FinishCopy(PGconn* conn) {
  std::string error;
  while (PGresult* r = PQgetResult(conn)) {
    if (PQresultStatus(r) != PGRES_COMMAND_OK && error.empty()) {
      const char* m = PQresultErrorMessage(r);
      error = m ? m : "COPY failed";
    }
    PQclear(r);
  }
  if (!error.empty()) throw pqxx::sql_error(error);
}

}  // namespace

void CopyOutBinary(pqxx::dbtransaction& tx, const char* select_sql,
                   const std::function<bool(const BinaryRow&)>& on_row) {
  PGconn* conn = RawConnection::Of(tx);
  const std::string sql = std::string("COPY (") + select_sql + ") TO STDOUT (FORMAT binary)";
  {
    std::unique_ptr<PGresult, decltype(&PQclear)> start(PQexec(conn, sql.c_str()), &PQclear);
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_OUT) {
      std::string m = start ? PQresultErrorMessage(start.get()) : PQerrorMessage(conn);
      if (start) {
        start.reset();
        FinishCopy(conn);
      }
      throw pqxx::sql_error(m, sql);
    }
  }
  bool wanted = true, header = true;
  BinaryRow row;
  std::string error;
  for (;;) {
    char* raw = nullptr;
    int n = PQgetCopyData(conn, &raw, 0);
    if (n == -1) break;  // done; the final result follows
    if (n < 0) {
      error = PQerrorMessage(conn);
      break;
    }
    std::unique_ptr<char, PqFree> buf(raw);
    if (!wanted || !error.empty()) continue;
    const char* p = raw;
    const char* end = raw + n;
    if (header) {
      // Signature, flags, then a header extension of the given length.
      if (n < 19 || std::memcmp(p, kSignature, 11) != 0) {
        error = "unexpected binary COPY header";
        continue;
      }
      p += 15;
      p += 4 + U32(p);
      header = false;
    }
    if (end - p < 2) continue;
    int16_t fields = static_cast<int16_t>(U16(p));
    p += 2;
    if (fields < 0) continue;  // the trailer
    row.assign(static_cast<size_t>(fields), std::nullopt);
    for (int16_t f = 0; f < fields; ++f) {
      if (end - p < 4) {
        error = "truncated binary COPY row";
        break;
      }
      int32_t len = static_cast<int32_t>(U32(p));
      p += 4;
      if (len < 0) continue;
      if (end - p < len) {
        error = "truncated binary COPY field";
        break;
      }
      row[static_cast<size_t>(f)] = std::string_view(p, static_cast<size_t>(len));
      p += len;
    }
    if (!error.empty()) continue;
    try {
      wanted = on_row(row);
    } catch (...) {
      // Leave the connection usable: read the rest, then rethrow.
      while (PQgetCopyData(conn, &raw, 0) >= 0) PQfreemem(raw);
      FinishCopy(conn);
      throw;
    }
  }
  FinishCopy(conn);
  if (!error.empty()) throw pqxx::failure(error);
}

int64_t BinaryInt64(std::string_view v) {
  if (v.size() != 8) throw std::invalid_argument("not an int8");
  uint64_t x;
  std::memcpy(&x, v.data(), 8);
  return static_cast<int64_t>(__builtin_bswap64(x));
}

int64_t BinaryTimestampMicros(std::string_view v) {
  constexpr int64_t kPgEpochUs = 946684800000000;  // 2000-01-01 in Unix microseconds
  return BinaryInt64(v) + kPgEpochUs;
}

void BinaryUuidText(std::string_view v, std::string& out) {
  if (v.size() != 16) throw std::invalid_argument("not a uuid");
  static constexpr char kHex[] = "0123456789abcdef";
  out.resize(36);
  size_t o = 0;
  for (size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out[o++] = '-';
    auto b = static_cast<unsigned char>(v[i]);
    out[o++] = kHex[b >> 4];
    out[o++] = kHex[b & 15];
  }
}

}  // namespace crm::storage

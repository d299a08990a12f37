#include "usecases/key_rotation.h"

#include <pqxx/pqxx>

#include "security/audit_signer.h"
#include "security/crypto.h"
#include "security/field_cipher.h"
#include "security/key_store.h"
#include "security/process_keys.h"
#include "storage/audit_repository.h"
#include "storage/statements.h"

namespace crm::usecases {
namespace {

constexpr storage::Statement kBatch{"rotation_batch", R"sql(
SELECT id::text, COALESCE(encode(id_number_enc,'hex'),''), COALESCE(encode(phone_enc,'hex'),''),
       COALESCE(encode(email_enc,'hex'),''), COALESCE(encode(address_enc,'hex'),'')
FROM customer WHERE id > $1::uuid ORDER BY id LIMIT $2 FOR UPDATE)sql"};
constexpr storage::Statement kRewrite{"rotation_rewrite", R"sql(
UPDATE customer SET
  id_number_enc = CASE WHEN $2 = '' THEN id_number_enc ELSE decode($2,'hex') END,
  phone_enc = CASE WHEN $3 = '' THEN phone_enc ELSE decode($3,'hex') END,
  email_enc = CASE WHEN $4 = '' THEN email_enc ELSE decode($4,'hex') END,
  address_enc = CASE WHEN $5 = '' THEN address_enc ELSE decode($5,'hex') END
WHERE id = $1::uuid)sql"};

}  // namespace

RotationResult RotateDataKeys(const std::string& owner_conninfo, const std::filesystem::path& keys_dir,
                              const std::string& operator_name, int batch_size,
                              const std::function<void(int64_t)>& progress) {
  RotationResult result;
  security::KeyStore store(keys_dir);
  result.new_key_id = store.AddDataKey();
  security::LoadProcessKeys(keys_dir, false);  // the new key is now current here
  auto cipher = security::FieldCipher::Process();

  pqxx::connection conn(owner_conninfo);
  storage::PrepareAll(conn);
  conn.prepare(kBatch.name, kBatch.sql);
  conn.prepare(kRewrite.name, kRewrite.sql);
  std::string after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    pqxx::work tx(conn);
    auto rows = tx.exec_prepared(kBatch.name, after, batch_size);
    for (const auto& r : rows) {
      const std::string id = r[0].as<std::string>();
      const char* fields[] = {"id_number", "phone", "email", "address"};
      std::string out[4];
      for (int f = 0; f < 4; ++f) {
        std::string hex = r[f + 1].as<std::string>();
        if (hex.empty()) continue;
        auto blob = security::HexDecode(hex);
        if (security::FieldCipher::KeyIdOf(blob) == result.new_key_id) continue;
        const std::string aad = std::string("customer.") + fields[f] + ":" + id;
        out[f] = security::HexEncode(cipher->Encrypt(cipher->Decrypt(blob, aad), aad));
        ++result.values_reencrypted;
      }
      if (!(out[0].empty() && out[1].empty() && out[2].empty() && out[3].empty()))
        tx.exec_prepared0(kRewrite.name, id, out[0], out[1], out[2], out[3]);
      after = id;
      ++result.rows_scanned;
    }
    tx.commit();
    if (progress) progress(result.rows_scanned);
    if (static_cast<int>(rows.size()) < batch_size) break;
  }
  pqxx::work tx(conn);
  storage::AuditRepository::Record(
      tx, {"", operator_name, "ADMIN_CLI", "", "local", ""},
      {"keys.rotate",
       "data_key",
       result.new_key_id,
       "",
       storage::AuditOutcome::kOk,
       {{"rows_scanned", result.rows_scanned}, {"values_reencrypted", result.values_reencrypted}}});
  tx.commit();
  return result;
}

}  // namespace crm::usecases

#include "usecases/key_rotation.h"

#include <pqxx/pqxx>

#include "security/audit_signer.h"
#include "security/crypto.h"
#include "security/field_cipher.h"
#include "security/key_store.h"
#include "security/process_keys.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/statements.h"

namespace crm::usecases {
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
  std::string after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    pqxx::work tx(conn);
    const auto rows = storage::CustomerRepository::LockEncryptedBatch(tx, after, batch_size);
    for (const auto& row : rows) {
      const char* fields[] = {"id_number", "phone", "email", "address"};
      storage::CustomerRepository::EncryptedFields out{row.id, {}};
      bool changed = false;
      for (int f = 0; f < 4; ++f) {
        if (row.hex[f].empty()) continue;
        auto blob = security::HexDecode(row.hex[f]);
        if (security::FieldCipher::KeyIdOf(blob) == result.new_key_id) continue;
        const std::string aad = std::string("customer.") + fields[f] + ":" + row.id;
        out.hex[f] = security::HexEncode(cipher->Encrypt(cipher->Decrypt(blob, aad), aad));
        changed = true;
        ++result.values_reencrypted;
      }
      if (changed) storage::CustomerRepository::RewriteEncrypted(tx, out);
      after = row.id;
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

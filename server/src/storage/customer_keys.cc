// CustomerRepository: the encrypted fields as data-key rotation reads and
// rewrites them (usecases/key_rotation.cc).
#include "storage/customer_repository.h"

namespace crm::storage {
namespace {

constexpr Statement kBatch{"rotation_batch", R"sql(
SELECT id::text, COALESCE(encode(id_number_enc,'hex'),''), COALESCE(encode(phone_enc,'hex'),''),
       COALESCE(encode(email_enc,'hex'),''), COALESCE(encode(address_enc,'hex'),'')
FROM customer WHERE id > $1::uuid ORDER BY id LIMIT $2 FOR UPDATE)sql"};
constexpr Statement kRewrite{"rotation_rewrite", R"sql(
UPDATE customer SET
  id_number_enc = CASE WHEN $2 = '' THEN id_number_enc ELSE decode($2,'hex') END,
  phone_enc = CASE WHEN $3 = '' THEN phone_enc ELSE decode($3,'hex') END,
  email_enc = CASE WHEN $4 = '' THEN email_enc ELSE decode($4,'hex') END,
  address_enc = CASE WHEN $5 = '' THEN address_enc ELSE decode($5,'hex') END
WHERE id = $1::uuid)sql"};

}  // namespace

const std::vector<Statement>& CustomerRepository::KeyStatements() {
  static const std::vector<Statement> kAll{kBatch, kRewrite};
  return kAll;
}

std::vector<CustomerRepository::EncryptedFields> CustomerRepository::LockEncryptedBatch(pqxx::transaction_base& tx,
                                                                                        const std::string& after_id,
                                                                                        int limit) {
  std::vector<EncryptedFields> out;
  for (const auto& r : tx.exec_prepared(kBatch.name, after_id, limit)) {
    EncryptedFields f;
    f.id = r[0].as<std::string>();
    for (int i = 0; i < 4; ++i) f.hex[i] = r[i + 1].as<std::string>();
    out.push_back(std::move(f));
  }
  return out;
}

void CustomerRepository::RewriteEncrypted(pqxx::transaction_base& tx, const EncryptedFields& f) {
  tx.exec_prepared0(kRewrite.name, f.id, f.hex[0], f.hex[1], f.hex[2], f.hex[3]);
}

}  // namespace crm::storage

#include "security/process_keys.h"

#include <stdexcept>

#include "security/audit_signer.h"
#include "security/field_cipher.h"
#include "security/key_store.h"

namespace crm::security {

void LoadProcessKeys(const std::filesystem::path& dir, bool create) {
  KeyStore store(dir);
  if (!store.exists()) {
    if (!create) throw std::runtime_error("no keys in " + dir.string() + ": run `crm-admin keys init` first");
    store.Init();
  }
  std::string audit_current;
  auto audit = store.LoadAuditKeys(audit_current);
  AuditSigner::SetProcessSigner(std::make_shared<AuditSigner>(std::move(audit), audit_current));
  std::map<std::string, std::vector<uint8_t>> data_keys;
  std::string data_current;
  for (auto& k : store.Load()) {
    data_current = k.id;
    data_keys[k.id] = std::move(k.key);
  }
  std::string blind_current;
  auto blind = store.LoadBlindIndexKeys(blind_current);
  FieldCipher::SetProcessCipher(
      std::make_shared<FieldCipher>(std::move(data_keys), data_current, blind.at(blind_current)));
}

}  // namespace crm::security

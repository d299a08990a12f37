#pragma once

#include <filesystem>

namespace crm::security {

// Loads the key store's audit MAC keys and field-encryption keys into this
// process (AuditSigner::Process, FieldCipher::Process). create: make the key
// store first when it does not exist (the embedded mode); otherwise a missing
// store is an error telling the admin to run `crm-admin keys init`.
void LoadProcessKeys(const std::filesystem::path& dir, bool create);

}  // namespace crm::security

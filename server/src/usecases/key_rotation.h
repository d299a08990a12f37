// `crm-admin keys rotate`: a new data key becomes current, then every
// encrypted client field still under an older key is re-encrypted with it,
// in batches of short transactions, online (servers pick the new key up
// within seconds). Values and etags do not change; the run is audited.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace crm::usecases {

struct RotationResult {
  std::string new_key_id;
  int64_t rows_scanned = 0;
  int64_t values_reencrypted = 0;
};

RotationResult RotateDataKeys(const std::string& owner_conninfo, const std::filesystem::path& keys_dir,
                              const std::string& operator_name, int batch_size = 1000,
                              const std::function<void(int64_t)>& progress = nullptr);

}  // namespace crm::usecases

#include "security/key_store.h"

#include <openssl/evp.h>
#include <sys/stat.h>

#include <ctime>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "security/crypto.h"
#include "security/tls_files.h"

namespace crm::security {
namespace {

struct CtxFree {
  void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};

std::vector<uint8_t> Wrap(const std::vector<uint8_t>& kek, const std::vector<uint8_t>& key, bool wrap) {
  std::unique_ptr<EVP_CIPHER_CTX, CtxFree> ctx(EVP_CIPHER_CTX_new());
  EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
  const EVP_CIPHER* cipher = EVP_aes_256_wrap_pad();
  if (EVP_CipherInit_ex(ctx.get(), cipher, nullptr, kek.data(), nullptr, wrap ? 1 : 0) != 1)
    throw std::runtime_error("key wrap init failed");
  std::vector<uint8_t> out(key.size() + 16);
  int len = 0, fin = 0;
  if (EVP_CipherUpdate(ctx.get(), out.data(), &len, key.data(), static_cast<int>(key.size())) != 1)
    throw std::runtime_error(wrap ? "key wrap failed" : "key unwrap failed (wrong master key?)");
  if (EVP_CipherFinal_ex(ctx.get(), out.data() + len, &fin) != 1)
    throw std::runtime_error(wrap ? "key wrap failed" : "key unwrap failed (wrong master key?)");
  out.resize(static_cast<size_t>(len + fin));
  return out;
}

std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void WriteSecret(const std::filesystem::path& path, const std::string& content) {
  auto tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + path.string());
    out << content;
  }
  ::chmod(tmp.c_str(), 0600);
  std::filesystem::rename(tmp, path);
}

}  // namespace

bool KeyStore::exists() const { return std::filesystem::exists(dir_ / "master.key"); }

std::vector<uint8_t> KeyStore::MasterKey() const {
  auto bytes = Base64Decode(ReadFile(dir_ / "master.key").substr(0, 44));
  if (bytes.size() != 32) throw std::runtime_error("master key is corrupt: " + (dir_ / "master.key").string());
  return bytes;
}

bool KeyStore::Init() {
  if (exists()) return false;
  std::filesystem::create_directories(dir_);
  ::chmod(dir_.c_str(), 0700);
  WriteSecret(dir_ / "master.key", Base64Encode(RandomBytes(32)) + "\n");
  WriteSecret(
      dir_ / "keys.json",
      nlohmann::json{{"data_keys", nlohmann::json::array()}, {"audit_mac_keys", nlohmann::json::array()}}.dump(2) +
          "\n");
  AddDataKey();
  AddAuditKey();
  AddKey("blind_index_keys", "bi");
  return true;
}

std::map<std::string, std::vector<uint8_t>> KeyStore::LoadBlindIndexKeys(std::string& current_id) {
  {
    auto doc = nlohmann::json::parse(ReadFile(dir_ / "keys.json"));
    if (!doc.contains("blind_index_keys") || doc["blind_index_keys"].empty()) AddKey("blind_index_keys", "bi");
  }
  auto master = MasterKey();
  auto doc = nlohmann::json::parse(ReadFile(dir_ / "keys.json"));
  std::map<std::string, std::vector<uint8_t>> out;
  for (const auto& k : doc["blind_index_keys"]) {
    current_id = k.at("id").get<std::string>();
    out[current_id] = Wrap(master, Base64Decode(k.at("wrapped").get<std::string>()), false);
  }
  return out;
}

std::string KeyStore::AddDataKey() { return AddKey("data_keys", "dk"); }
std::string KeyStore::AddAuditKey() { return AddKey("audit_mac_keys", "am"); }

std::map<std::string, std::vector<uint8_t>> KeyStore::LoadAuditKeys(std::string& current_id) const {
  auto master = MasterKey();
  auto doc = nlohmann::json::parse(ReadFile(dir_ / "keys.json"));
  std::map<std::string, std::vector<uint8_t>> out;
  if (!doc.contains("audit_mac_keys") || doc["audit_mac_keys"].empty())
    throw std::runtime_error("no audit MAC key in " + (dir_ / "keys.json").string() + " (run crm-admin keys init)");
  for (const auto& k : doc["audit_mac_keys"]) {
    current_id = k.at("id").get<std::string>();
    out[current_id] = Wrap(master, Base64Decode(k.at("wrapped").get<std::string>()), false);
  }
  return out;
}

std::string KeyStore::AddKey(const char* list, const char* prefix) {
  auto master = MasterKey();
  auto doc = nlohmann::json::parse(ReadFile(dir_ / "keys.json"));
  auto& keys = doc[list];
  char id[16];
  std::snprintf(id, sizeof id, "%s-%04zu", prefix, keys.size() + 1);
  auto key = RandomBytes(32);
  keys.push_back({{"id", id}, {"wrapped", Base64Encode(Wrap(master, key, true))}, {"create_time", NowUtc()}});
  WriteSecret(dir_ / "keys.json", doc.dump(2) + "\n");
  return id;
}

std::vector<DataKey> KeyStore::Load() const {
  auto master = MasterKey();
  auto doc = nlohmann::json::parse(ReadFile(dir_ / "keys.json"));
  std::vector<DataKey> out;
  for (const auto& k : doc.at("data_keys")) {
    DataKey dk;
    dk.id = k.at("id").get<std::string>();
    dk.create_time = k.at("create_time").get<std::string>();
    dk.key = Wrap(master, Base64Decode(k.at("wrapped").get<std::string>()), false);
    out.push_back(std::move(dk));
  }
  if (out.empty()) throw std::runtime_error("no data keys in " + (dir_ / "keys.json").string());
  return out;
}

}  // namespace crm::security

// The audit chain's hashing and MACs (regulatory.md section 4): row MACs are
// HMAC-SHA256 over "row|seq|hex(hash)" under the named key, whatever signer or
// key was used before on the same thread (verification keeps a per-thread
// keyed context and restarts it for each row).
#include <gtest/gtest.h>

#include <thread>

#include "security/audit_signer.h"
#include "security/crypto.h"

using crm::security::AuditSigner;
using crm::security::HexDecode;
using crm::security::HexEncode;
using crm::security::HmacSha256;

namespace {

std::vector<uint8_t> Bytes(const std::string& s) { return {s.begin(), s.end()}; }

TEST(AuditSigner, HmacMatchesRfc4231TestCase2) {
  EXPECT_EQ(HexEncode(HmacSha256(Bytes("Jefe"), "what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(AuditSigner, RowMacIsHmacOfTheRowMessageUnderTheNamedKey) {
  const auto key_a = Bytes(std::string(32, 'a')), key_b = Bytes(std::string(32, 'b'));
  AuditSigner one({{"a", key_a}, {"b", key_b}}, "a");
  AuditSigner two({{"b", key_b}}, "b");
  const std::vector<uint8_t> hash = HexDecode(std::string(64, 'f'));
  const std::string message = "row|42|" + std::string(64, 'f');
  // Alternate signers and keys on one thread: each answer stays right.
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(one.RowMac(42, hash), HmacSha256(key_a, message));
    EXPECT_EQ(two.RowMac(42, hash), HmacSha256(key_b, message));
    EXPECT_TRUE(one.VerifyRowMac("b", 42, hash, HmacSha256(key_b, message)));
    EXPECT_FALSE(one.VerifyRowMac("a", 42, hash, HmacSha256(key_b, message)));
    EXPECT_FALSE(one.VerifyRowMac("a", 43, hash, HmacSha256(key_a, message)));
    EXPECT_FALSE(one.VerifyRowMac("unknown", 42, hash, HmacSha256(key_a, message)));
  }
  // A signer replaced by another with a different key under the same id.
  auto first = std::make_unique<AuditSigner>(std::map<std::string, std::vector<uint8_t>>{{"k", key_a}}, "k");
  EXPECT_EQ(first->RowMac(7, hash), HmacSha256(key_a, "row|7|" + std::string(64, 'f')));
  first.reset();
  AuditSigner second({{"k", key_b}}, "k");
  EXPECT_EQ(second.RowMac(7, hash), HmacSha256(key_b, "row|7|" + std::string(64, 'f')));
  // And on another thread.
  std::vector<uint8_t> from_thread;
  std::thread([&] { from_thread = one.RowMac(42, hash); }).join();
  EXPECT_EQ(from_thread, HmacSha256(key_a, message));
}

TEST(AuditSigner, HexDecodeRejectsWhatIsNotHex) {
  EXPECT_EQ(HexDecode("00ff7A"), (std::vector<uint8_t>{0x00, 0xff, 0x7a}));
  EXPECT_THROW(HexDecode("0"), std::invalid_argument);
  EXPECT_THROW(HexDecode("0g"), std::invalid_argument);
  EXPECT_THROW(HexDecode(std::string("0\0", 2)), std::invalid_argument);
}

}  // namespace

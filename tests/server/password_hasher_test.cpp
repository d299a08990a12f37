#include <gtest/gtest.h>

#include "security/password_hasher.h"
#include "security/tokens.h"

using crm::security::PasswordHasher;
using crm::security::ScryptParams;

TEST(PasswordHasher, VerifiesTheRightPasswordOnly) {
  PasswordHasher h(ScryptParams{10, 8, 1});
  std::string stored = h.Hash("Harbour-Light-42");
  EXPECT_TRUE(h.Verify("Harbour-Light-42", stored));
  EXPECT_FALSE(h.Verify("harbour-light-42", stored));
  EXPECT_FALSE(h.Verify("", stored));
}

TEST(PasswordHasher, SaltsEachHash) {
  PasswordHasher h(ScryptParams{10, 8, 1});
  EXPECT_NE(h.Hash("same-Password-1"), h.Hash("same-Password-1"));
}

TEST(PasswordHasher, EncodesItsParametersAndNeverThePassword) {
  PasswordHasher h;  // production default: N = 2^15, r = 8
  std::string stored = h.Hash("Harbour-Light-42");
  EXPECT_EQ(stored.rfind("scrypt$15$8$1$", 0), 0u) << stored;
  EXPECT_EQ(stored.find("Harbour"), std::string::npos);
  EXPECT_TRUE(h.Verify("Harbour-Light-42", stored));
}

TEST(PasswordHasher, RejectsMalformedHashesWithoutThrowing) {
  PasswordHasher h(ScryptParams{10, 8, 1});
  EXPECT_FALSE(h.Verify("x", ""));
  EXPECT_FALSE(h.Verify("x", "scrypt$15$8$1$notbase64$@@"));
  EXPECT_FALSE(h.Verify("x", "bcrypt$whatever"));
  EXPECT_FALSE(h.Verify("x", "scrypt$99$8$1$AAAA$AAAA"));
}

TEST(PasswordHasher, OldParametersNeedARehash) {
  PasswordHasher weak(ScryptParams{10, 8, 1});
  PasswordHasher strong(ScryptParams{12, 8, 1});
  std::string stored = weak.Hash("Harbour-Light-42");
  EXPECT_TRUE(strong.NeedsRehash(stored));
  EXPECT_FALSE(weak.NeedsRehash(stored));
  EXPECT_TRUE(strong.Verify("Harbour-Light-42", stored));  // still verifies with its own parameters
}

TEST(Tokens, Are256RandomBitsStoredOnlyAsDigest) {
  auto a = crm::security::IssueToken();
  auto b = crm::security::IssueToken();
  EXPECT_EQ(a.token.size(), 43u);  // 32 bytes, base64url without padding
  EXPECT_NE(a.token, b.token);
  EXPECT_EQ(a.sha256.size(), 32u);
  EXPECT_EQ(crm::security::TokenDigest(a.token), a.sha256);
  EXPECT_TRUE(crm::security::LooksLikeToken(a.token));
  EXPECT_FALSE(crm::security::LooksLikeToken("short"));
  EXPECT_FALSE(crm::security::LooksLikeToken(std::string(43, '*')));
}

// regulatory.md section 4: length >= 10, three character classes, not the user name.
#include <gtest/gtest.h>

#include "domain/password_policy.h"

using crm::domain::CheckPasswordStrength;
using crm::domain::PasswordPolicy;

TEST(PasswordPolicy, AcceptsALongMixedPassword) {
  EXPECT_TRUE(CheckPasswordStrength({}, "manager1", "Harbour-Light-42").empty());
}

TEST(PasswordPolicy, RejectsShortPasswords) {
  auto problems = CheckPasswordStrength({}, "manager1", "Ab1-xyz");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].problem, crm::v1::FieldProblem::TOO_SHORT);
  EXPECT_EQ(problems[0].limit, 10);
  EXPECT_NE(problems[0].description.find("at least 10"), std::string::npos);
}

TEST(PasswordPolicy, NineCharactersIsTooShortTenIsEnough) {
  EXPECT_FALSE(CheckPasswordStrength({}, "zed", "Abcdefg1!").empty());
  EXPECT_TRUE(CheckPasswordStrength({}, "zed", "Abcdefgh1!").empty());
}

TEST(PasswordPolicy, RequiresThreeCharacterClasses) {
  EXPECT_FALSE(CheckPasswordStrength({}, "zed", "alllowercaseletters").empty());
  EXPECT_FALSE(CheckPasswordStrength({}, "zed", "lowerandUPPERonly").empty());
  EXPECT_TRUE(CheckPasswordStrength({}, "zed", "lowerUPPER12345").empty());
}

TEST(PasswordPolicy, RejectsTheUserNameInAnyCase) {
  auto problems = CheckPasswordStrength({}, "manager1", "xxMANAGER1-Aa9");
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems.back().problem, crm::v1::FieldProblem::PASSWORD_CONTAINS_USER_NAME);
}

TEST(PasswordPolicy, LengthCountsCharactersNotBytes) {
  // 10 characters, of which 6 are Chinese (3 bytes each in UTF-8).
  EXPECT_TRUE(CheckPasswordStrength({}, "zed", "证券客户经理Ab1!").empty());
  // 5 Chinese characters + 4 ASCII = 9 characters: too short despite 19 bytes.
  EXPECT_FALSE(CheckPasswordStrength({}, "zed", "证券客户经A1b!").empty());
}

TEST(PasswordPolicy, IsConfigurable) {
  PasswordPolicy strict;
  strict.min_length = 16;
  strict.min_classes = 4;
  EXPECT_FALSE(CheckPasswordStrength(strict, "zed", "Harbour-Light42").empty());  // 15 characters
  EXPECT_TRUE(CheckPasswordStrength(strict, "zed", "Harbour-Light-42-Bay").empty());
}

// Rules for client data with no SQL and no gRPC: identity-document and
// contact validation, and masking (regulatory.md section 3).
#pragma once

#include <optional>
#include <string>

namespace crm::domain {

enum class IdType { kPrcIdCard, kPassport, kHkMacaoPermit, kTaiwanPermit, kBusinessLicense };

// PRC resident ID: 17 digits and an ISO 7064 MOD 11-2 check character, and a
// real birth date inside it.
bool IsValidPrcId(const std::string& id);
// Returns "" when valid, else what is wrong (user-facing English).
std::string CheckIdNumber(IdType type, const std::string& number);
bool IsValidMobile(const std::string& phone);  // mainland mobile: 1[3-9] + 9 digits (optional +86)
bool IsValidEmail(const std::string& email);
// Canonical forms used for blind indexes, so that spacing and case do not matter.
std::string NormalizeIdNumber(const std::string& number);
std::string NormalizePhone(const std::string& phone);
// An account or card number as typed ("6222 0212-3456"): its digits, with
// spaces and dashes as separators; nullopt when anything else is in it. The
// blind index is taken over this, so adding and finding use the same digits.
std::optional<std::string> NormalizeAccountNumber(const std::string& typed);
// A search typed as pinyin ("wangwei", "Wang Wei", "xi'an", "ww"): the
// letters in lower case (empty when the text holds anything but ASCII
// letters, spaces and apostrophes, or fewer than two letters), and the two
// regular expressions that decide a match on a name's pinyin as stored
// (syllables separated by one space, V0024): the letters as the start of the
// pinyin from any syllable on ("(^| )w ?a ?n ?g ?w"), or a run of the
// initials ("(^| )x[a-z]* d").
struct PinyinQuery {
  std::string letters, from_syllable, initials;
  bool empty() const { return letters.empty(); }
};
PinyinQuery ParsePinyinQuery(const std::string& text);

// Masking defaults (regulatory.md section 3).
std::string MaskIdNumber(const std::string& number);  // 18 digits: first 3 and last 4
std::string MaskPhone(const std::string& phone);      // first 3 and last 4
std::string MaskAccount(const std::string& account);  // at most first 6 and last 4
std::string MaskEmail(const std::string& email);      // first character and the domain
// Addresses are shown down to the district: the district is kept apart.
std::string MaskAddress(const std::string& district);

}  // namespace crm::domain

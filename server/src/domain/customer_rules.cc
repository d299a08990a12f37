#include "domain/customer_rules.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace crm::domain {
namespace {

std::string Stars(size_t n) { return std::string(n, '*'); }

// Masks all but the first `head` and last `tail` characters (UTF-8 aware).
std::string KeepEnds(const std::string& s, size_t head, size_t tail) {
  std::vector<std::string> chars;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0)
      len = 4;
    else if (c >= 0xE0)
      len = 3;
    else if (c >= 0xC0)
      len = 2;
    chars.push_back(s.substr(i, len));
    i += len;
  }
  if (chars.size() <= head + tail) return Stars(chars.size());
  std::string out;
  for (size_t i = 0; i < chars.size(); ++i) out += (i < head || i >= chars.size() - tail) ? chars[i] : "*";
  return out;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

bool IsValidPrcId(const std::string& id) {
  if (id.size() != 18) return false;
  for (size_t i = 0; i < 17; ++i)
    if (!std::isdigit(static_cast<unsigned char>(id[i]))) return false;
  static const int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static const char kCheck[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (id[i] - '0') * kWeights[i];
  char last = static_cast<char>(std::toupper(static_cast<unsigned char>(id[17])));
  if (kCheck[sum % 11] != last) return false;
  int y = std::stoi(id.substr(6, 4)), m = std::stoi(id.substr(10, 2)), d = std::stoi(id.substr(12, 2));
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  int max_day = kDays[m - 1] + ((m == 2 && IsLeap(y)) ? 1 : 0);
  return d <= max_day;
}

std::string NormalizeIdNumber(const std::string& number) {
  std::string out;
  for (char c : number)
    if (!std::isspace(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

PinyinQuery ParsePinyinQuery(const std::string& text) {
  PinyinQuery q;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalpha(c) && c < 0x80)
      q.letters += static_cast<char>(std::tolower(c));
    else if (c != ' ' && c != '\'')
      return {};
  }
  if (q.letters.size() < 2) return {};
  q.from_syllable = q.initials = "(^| )";
  for (size_t i = 0; i < q.letters.size(); ++i) {
    q.from_syllable += (i ? " ?" : "") + std::string(1, q.letters[i]);
    q.initials += (i ? "[a-z]* " : "") + std::string(1, q.letters[i]);
  }
  return q;
}

std::optional<std::string> NormalizeAccountNumber(const std::string& typed) {
  std::string digits;
  for (char ch : typed) {
    if (std::isdigit(static_cast<unsigned char>(ch)))
      digits += ch;
    else if (ch != ' ' && ch != '-')
      return std::nullopt;
  }
  return digits;
}

std::string NormalizePhone(const std::string& phone) {
  std::string digits;
  for (char c : phone)
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
  if (digits.size() == 13 && digits.rfind("86", 0) == 0) digits = digits.substr(2);
  return digits;
}

std::string CheckIdNumber(IdType type, const std::string& raw) {
  const std::string n = NormalizeIdNumber(raw);
  static const std::regex kPassport("[A-Z0-9]{5,17}");
  static const std::regex kHkMacao("[HM][0-9]{8,10}");
  static const std::regex kTaiwan("[0-9]{8}([0-9]{2})?");
  static const std::regex kLicense("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");
  switch (type) {
    case IdType::kPrcIdCard:
      return IsValidPrcId(n) ? "" : "is not a valid 18-digit resident ID number (check digit or birth date wrong)";
    case IdType::kPassport: return std::regex_match(n, kPassport) ? "" : "is not a valid passport number";
    case IdType::kHkMacaoPermit:
      return std::regex_match(n, kHkMacao) ? ""
                                           : "is not a valid Hong Kong/Macao permit number (H or M and 8-10 digits)";
    case IdType::kTaiwanPermit:
      return std::regex_match(n, kTaiwan) ? "" : "is not a valid Taiwan permit number (8 or 10 digits)";
    case IdType::kBusinessLicense:
      return std::regex_match(n, kLicense) ? "" : "is not a valid 18-character unified social credit code";
  }
  return "has an unknown document type";
}

bool IsValidMobile(const std::string& phone) {
  static const std::regex kMobile("1[3-9][0-9]{9}");
  return std::regex_match(NormalizePhone(phone), kMobile);
}

bool IsValidEmail(const std::string& email) {
  static const std::regex kEmail(R"([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)");
  return email.size() <= 254 && std::regex_match(email, kEmail);
}

std::string MaskIdNumber(const std::string& number) {
  if (number.empty()) return "";
  return KeepEnds(number, 3, 4);
}

std::string MaskPhone(const std::string& phone) {
  if (phone.empty()) return "";
  return KeepEnds(NormalizePhone(phone), 3, 4);
}

std::string MaskAccount(const std::string& account) {
  if (account.empty()) return "";
  // At most the first 6 and last 4; short numbers show less.
  size_t n = account.size();
  if (n >= 14) return KeepEnds(account, 6, 4);
  if (n >= 8) return KeepEnds(account, 2, 4);
  return KeepEnds(account, 0, std::min<size_t>(2, n / 2));
}

std::string MaskEmail(const std::string& email) {
  auto at = email.find('@');
  if (at == std::string::npos || at == 0) return email.empty() ? "" : "***";
  return email.substr(0, 1) + "***" + email.substr(at);
}

std::string MaskAddress(const std::string& district) { return district.empty() ? "" : district + "****"; }

}  // namespace crm::domain

#include "domain/customer.h"

namespace crm::domain {

bool CanChangeStatus(const std::string& from, const std::string& to) {
  if (to != "PROSPECT" && to != "ACTIVE" && to != "DORMANT" && to != "CLOSED") return false;
  return from.empty() || from == to || (from == "PROSPECT" && (to == "ACTIVE" || to == "CLOSED")) ||
         (from == "ACTIVE" && (to == "DORMANT" || to == "CLOSED")) ||
         (from == "DORMANT" && (to == "ACTIVE" || to == "CLOSED"));
}

const char* SensitiveFieldName(SensitiveField field) {
  switch (field) {
    case SensitiveField::kIdNumber: return "id_number";
    case SensitiveField::kPhone: return "phone";
    case SensitiveField::kEmail: return "email";
    case SensitiveField::kAddress: return "address";
    default: return "";
  }
}

}  // namespace crm::domain

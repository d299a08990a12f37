#include "usecases/customer_input.h"

#include <cctype>
#include <optional>

#include "common/ids.h"
#include "domain/customer_rules.h"
#include "domain/dates.h"
#include "security/audit_signer.h"
#include "security/crypto.h"
#include "security/field_cipher.h"

namespace crm::usecases {
namespace {

std::string Aad(const std::string& field, const std::string& id) { return "customer." + field + ":" + id; }

std::string Enc(const std::string& field, const std::string& id, const std::string& value) {
  if (value.empty()) return "";
  return security::HexEncode(security::FieldCipher::Process()->Encrypt(value, Aad(field, id)));
}

std::optional<domain::IdType> IdTypeFrom(const std::string& name) {
  if (name == "PRC_ID_CARD") return domain::IdType::kPrcIdCard;
  if (name == "PASSPORT") return domain::IdType::kPassport;
  if (name == "HK_MACAO_PERMIT") return domain::IdType::kHkMacaoPermit;
  if (name == "TAIWAN_PERMIT") return domain::IdType::kTaiwanPermit;
  if (name == "BUSINESS_LICENSE") return domain::IdType::kBusinessLicense;
  return std::nullopt;
}

bool TooLong(const std::string& s, size_t n) { return s.size() > n; }

}  // namespace

const std::set<std::string>& UpdatablePaths() {
  static const std::set<std::string> kPaths{"kind",       "name",     "gender", "birth_date", "id_type",
                                            "id_number",  "phone",    "email",  "address",    "district",
                                            "occupation", "employer", "source", "status"};
  return kPaths;
}

std::vector<std::string> ApplyCustomerInput(const domain::CustomerInput& in, const std::set<std::string>& paths,
                                            domain::Customer& row, Validation& v, const std::string& prefix) {
  using crm::v1::FieldProblem;
  std::vector<std::string> changed;
  auto set = [&](const std::string& field, std::string& slot, const std::string& value) {
    if (slot != value) changed.push_back(field);
    slot = value;
  };
  auto field = [&](const char* name) { return prefix + name; };
  auto cipher = security::FieldCipher::Process();
  if (paths.count("kind")) {
    if (in.kind == "INDIVIDUAL" || in.kind == "INSTITUTION")
      set("kind", row.kind, in.kind);
    else
      v.Fail(field("kind"), FieldProblem::NOT_ONE_OF, "choose INDIVIDUAL or INSTITUTION");
  }
  if (paths.count("name")) {
    std::string name = in.name;
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.pop_back();
    if (name.empty())
      v.Fail(field("name"), FieldProblem::REQUIRED, "is required");
    else if (TooLong(name, 200))
      v.Fail(field("name"), FieldProblem::TOO_LONG, "must be at most 200 characters", 200);
    else
      set("name", row.name, name);
  }
  if (paths.count("gender")) {
    if (in.gender != "" && in.gender != "M" && in.gender != "F")
      v.Fail(field("gender"), FieldProblem::NOT_ONE_OF, "must be M, F or empty");
    else
      set("gender", row.gender, in.gender);
  }
  if (paths.count("birth_date")) {
    // No date is "", a real calendar day its ISO text; 31 February is refused.
    const auto text = domain::DateText(in.birth_year, in.birth_month, in.birth_day);
    if (!text)
      v.Fail(field("birth_date"), FieldProblem::INVALID_DATE, "is not a valid date");
    else
      set("birth_date", row.birth_date, *text);
  }
  // The document type and number go together.
  if (paths.count("id_type") || paths.count("id_number")) {
    const std::string number = domain::NormalizeIdNumber(in.id_number);
    if (number.empty()) {
      if (!in.id_type.empty()) v.Fail(field("id_number"), FieldProblem::REQUIRED, "is required with id_type");
      if (!row.id_number_bidx.empty()) changed.push_back("id_number");
      row.id_type.clear();
      row.id_number_enc_hex.clear();
      row.id_number_bidx.clear();
      row.id_number_mask.clear();
    } else {
      auto type = IdTypeFrom(in.id_type);
      if (!type) {
        v.Fail(field("id_type"), FieldProblem::REQUIRED, "is required with id_number");
      } else if (auto problem = domain::CheckIdNumber(*type, number); !problem.empty()) {
        v.Fail(field("id_number"), FieldProblem::ID_NUMBER_FORMAT, problem);
      } else {
        std::string bidx = cipher->BlindIndex("id_number", number);
        if (bidx != row.id_number_bidx || row.id_type != in.id_type) changed.push_back("id_number");
        row.id_type = in.id_type;
        row.id_number_enc_hex = Enc("id_number", row.id, number);
        row.id_number_bidx = bidx;
        row.id_number_mask = domain::MaskIdNumber(number);
      }
    }
  }
  if (paths.count("phone")) {
    const std::string phone = domain::NormalizePhone(in.phone);
    if (in.phone.empty()) {
      if (!row.phone_bidx.empty()) changed.push_back("phone");
      row.phone_enc_hex.clear();
      row.phone_bidx.clear();
      row.phone_mask.clear();
    } else if (!domain::IsValidMobile(in.phone)) {
      v.Fail(field("phone"), FieldProblem::PHONE_FORMAT,
             "is not a valid mainland mobile number (11 digits starting with 1)");
    } else {
      std::string bidx = cipher->BlindIndex("phone", phone);
      if (bidx != row.phone_bidx) changed.push_back("phone");
      row.phone_enc_hex = Enc("phone", row.id, phone);
      row.phone_bidx = bidx;
      row.phone_mask = domain::MaskPhone(phone);
    }
  }
  if (paths.count("email")) {
    if (in.email.empty()) {
      if (!row.email_mask.empty()) changed.push_back("email");
      row.email_enc_hex.clear();
      row.email_mask.clear();
    } else if (!domain::IsValidEmail(in.email)) {
      v.Fail(field("email"), FieldProblem::EMAIL_FORMAT, "is not a valid email address");
    } else {
      changed.push_back("email");
      row.email_enc_hex = Enc("email", row.id, in.email);
      row.email_mask = domain::MaskEmail(in.email);
    }
  }
  if (paths.count("address")) {
    if (TooLong(in.address, 500)) {
      v.Fail(field("address"), FieldProblem::TOO_LONG, "must be at most 500 characters", 500);
    } else {
      changed.push_back("address");
      row.address_enc_hex = Enc("address", row.id, in.address);
    }
  }
  if (paths.count("district")) {
    if (TooLong(in.district, 100))
      v.Fail(field("district"), FieldProblem::TOO_LONG, "must be at most 100 characters", 100);
    else
      set("district", row.district, in.district);
  }
  for (auto [path, value, slot] :
       {std::tuple{"occupation", &in.occupation, &row.occupation}, std::tuple{"employer", &in.employer, &row.employer},
        std::tuple{"source", &in.source, &row.source}}) {
    if (!paths.count(path)) continue;
    if (TooLong(*value, 200))
      v.Fail(field(path), FieldProblem::TOO_LONG, "must be at most 200 characters", 200);
    else
      set(path, *slot, *value);
  }
  if (paths.count("status")) {
    if (!domain::CanChangeStatus(row.status, in.status))
      v.Fail(field("status"),
             "cannot change from " + (row.status.empty() ? std::string("nothing") : row.status) + " to " + in.status);
    else
      set("status", row.status, in.status);
  }
  return changed;
}

nlohmann::json ChangeHashes(const domain::Customer& before, const domain::Customer& after,
                            const std::vector<std::string>& fields) {
  auto cipher = security::FieldCipher::Process();
  auto value = [](const domain::Customer& r, const std::string& f) -> std::string {
    if (f == "name") return r.name;
    if (f == "gender") return r.gender;
    if (f == "birth_date") return r.birth_date;
    if (f == "id_number") return r.id_number_bidx;
    if (f == "phone") return r.phone_bidx;
    if (f == "email") return r.email_enc_hex;
    if (f == "address") return r.address_enc_hex;
    if (f == "district") return r.district;
    if (f == "occupation") return r.occupation;
    if (f == "employer") return r.employer;
    if (f == "source") return r.source;
    if (f == "status") return r.status;
    if (f == "kind") return r.kind;
    return "";
  };
  nlohmann::json out = nlohmann::json::object();
  for (const auto& f : fields)
    out[f] = {{"old_hmac", cipher->BlindIndex("audit:" + f, value(before, f)).substr(0, 32)},
              {"new_hmac", cipher->BlindIndex("audit:" + f, value(after, f)).substr(0, 32)}};
  return out;
}

std::string DecryptField(const domain::Customer& r, domain::SensitiveField field) {
  const std::string* hex = nullptr;
  switch (field) {
    case domain::SensitiveField::kIdNumber: hex = &r.id_number_enc_hex; break;
    case domain::SensitiveField::kPhone: hex = &r.phone_enc_hex; break;
    case domain::SensitiveField::kEmail: hex = &r.email_enc_hex; break;
    case domain::SensitiveField::kAddress: hex = &r.address_enc_hex; break;
    default: return "";
  }
  if (hex->empty()) return "";
  return security::FieldCipher::Process()->Decrypt(security::HexDecode(*hex),
                                                   Aad(domain::SensitiveFieldName(field), r.id));
}

domain::Account NewAccount(const std::string& customer_id, const std::string& kind, const std::string& digits,
                           const std::string& open_date) {
  auto cipher = security::FieldCipher::Process();
  domain::Account a;
  a.id = NewUuid();
  a.customer_id = customer_id;
  a.kind = kind;
  a.number_enc_hex = security::HexEncode(cipher->Encrypt(digits, "customer_account.number:" + a.id));
  a.number_bidx = cipher->BlindIndex("account_number", digits);
  a.number_mask = domain::MaskAccount(digits);
  a.open_date = open_date;
  a.status = "ACTIVE";
  return a;
}

}  // namespace crm::usecases

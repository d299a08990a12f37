#include "services/proto_convert.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include "domain/role.h"
#include "security/field_cipher.h"

namespace crm::services {

void SetTimestamp(google::protobuf::Timestamp* ts, TimePoint t) {
  int64_t us = ToEpochMicros(t);
  int64_t secs = us / 1000000;
  int64_t rem = us % 1000000;
  if (rem < 0) {
    rem += 1000000;
    --secs;
  }
  ts->set_seconds(secs);
  ts->set_nanos(static_cast<int32_t>(rem * 1000));
}

crm::v1::Role RoleToProto(const std::string& role) {
  auto r = domain::ParseRole(role);
  if (!r) return crm::v1::ROLE_UNSPECIFIED;
  switch (*r) {
    case domain::Role::kAccountManager: return crm::v1::ACCOUNT_MANAGER;
    case domain::Role::kTeamLead: return crm::v1::TEAM_LEAD;
    case domain::Role::kBranchManager: return crm::v1::BRANCH_MANAGER;
    case domain::Role::kComplianceOfficer: return crm::v1::COMPLIANCE_OFFICER;
    case domain::Role::kAdmin: return crm::v1::ADMIN;
    case domain::Role::kSystem: return crm::v1::ROLE_UNSPECIFIED;
  }
  return crm::v1::ROLE_UNSPECIFIED;
}

void UserToProto(const domain::User& u, crm::v1::User* out) {
  out->set_id(u.id);
  out->set_username(u.username);
  out->set_display_name(u.display_name);
  out->set_role(RoleToProto(u.role));
  out->set_team_id(u.team_id);
  out->set_branch_id(u.branch_id);
  out->set_disabled(u.disabled);
  SetTimestamp(out->mutable_create_time(), u.create_time);
  SetTimestamp(out->mutable_password_change_time(), u.password_change_time);
}

domain::RequestKey KeyOf(const std::string& method, const std::string& request_id,
                         const google::protobuf::Message& request, const std::string& actor_user_id) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream out(&stream);
    out.SetSerializationDeterministic(true);
    request.SerializeToCodedStream(&out);
  }
  // Keyed (HMAC under the blind-index key), never a bare hash: the request
  // holds a client's ID number and phone in plain text, and a bare SHA-256
  // beside the stored masks would let a dump confirm guesses of them.
  return {method, request_id,
          security::FieldCipher::Process()->BlindIndex("request_key:" + method, actor_user_id + '\0' + bytes),
          actor_user_id};
}

int64_t IdPageToken(Validation& v, const std::string& token) {
  if (token.empty()) return 0;
  try {
    size_t used = 0;
    const int64_t id = std::stoll(token, &used);
    if (used == token.size() && id > 0) return id;
  } catch (const std::exception&) {
  }
  v.Fail("page_token", "is not a token this server gave");
  return 0;
}

}  // namespace crm::services

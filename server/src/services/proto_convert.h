// Shared proto <-> domain conversions for the services.
#pragma once

#include <google/protobuf/message.h>
#include <google/protobuf/timestamp.pb.h>

#include "common/clock.h"
#include "common/error.h"
#include "common/utf8.h"
#include "crm/v1/auth.pb.h"
#include "domain/request_key.h"
#include "domain/org.h"

namespace crm::services {

void SetTimestamp(google::protobuf::Timestamp* ts, TimePoint t);
crm::v1::Role RoleToProto(const std::string& role);
void UserToProto(const domain::User& u, crm::v1::User* out);

// The idempotency key of a create: its method, the request_id, and a keyed
// fingerprint (HMAC-SHA256 under the blind-index key) of the caller and the
// request's content (deterministic serialisation), so a repeat with other
// content, or by another user, is told apart.
// A page token that is the last row's id, as this server gives it: 0 when
// empty; otherwise a positive integer, else a violation of page_token.
int64_t IdPageToken(Validation& v, const std::string& token);

domain::RequestKey KeyOf(const std::string& method, const std::string& request_id,
                         const google::protobuf::Message& request, const std::string& actor_user_id);

}  // namespace crm::services

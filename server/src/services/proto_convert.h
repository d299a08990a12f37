// Shared proto <-> domain conversions for the services.
#pragma once

#include <google/protobuf/timestamp.pb.h>

#include "common/clock.h"
#include "crm/v1/auth.pb.h"
#include "storage/user_repository.h"

namespace crm::services {

void SetTimestamp(google::protobuf::Timestamp* ts, TimePoint t);
crm::v1::Role RoleToProto(const std::string& role);
void UserToProto(const storage::UserRecord& u, crm::v1::User* out);

}  // namespace crm::services

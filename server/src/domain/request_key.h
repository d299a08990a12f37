// The idempotency key of a create (V0019): its method, the caller's
// request_id, and a keyed fingerprint of the caller and the request's
// content, so a repeat with other content, or by another user, is told apart.
#pragma once

#include <string>

namespace crm::domain {

struct RequestKey {
  std::string method;         // e.g. "CreateCustomer"
  std::string request_id;     // as the caller sent it
  std::string fingerprint;    // hex HMAC-SHA256 of the caller and the request's content
  std::string actor_user_id;  // "" for a caller that is not a user
};

}  // namespace crm::domain

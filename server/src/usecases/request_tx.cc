#include "usecases/request_tx.h"

#include <utility>

#include "common/error.h"
#include "storage/customer_repository.h"
#include "storage/user_repository.h"

namespace crm::usecases {
namespace {

// The first batch found the session not plainly live (or the token cannot be
// one). Caller::Transact answers it; it never leaves this file. An Error, so
// the transaction rolls back and the retry loop rethrows it as it is.
class Unconfirmed : public Error {
 public:
  Unconfirmed() : Error(crm::v1::ErrorReason::SESSION_REVOKED, "the session was not confirmed") {}
};

void RequireCurrentPassword(const domain::Actor& actor) {
  if (actor.must_change_password)
    throw Error(crm::v1::ErrorReason::PASSWORD_EXPIRED, "the password must be changed before continuing");
}

}  // namespace

Caller Caller::Known(domain::Actor actor, storage::ConnectionPool& db, storage::TxOptions options) {
  Caller c(db, options);
  c.actor_ = std::move(actor);
  return c;
}

Caller Caller::WithSession(AuthManager& auth, std::string token, TimePoint now, RequestInfo info,
                           storage::ConnectionPool& db, storage::TxOptions options) {
  Caller c(db, options);
  c.auth_ = &auth;
  c.token_ = std::move(token);
  c.now_ = now;
  c.info_ = std::move(info);
  return c;
}

const domain::Actor& Caller::Confirm() {
  if (actor_) return *actor_;
  if (refusal_) throw *refusal_;  // checked once: the same answer again, no second look
  try {
    domain::Actor actor = auth_->Authenticate(token_, info_);  // its refusal is the answer
    if (actor.must_change_password) refused_user_ = actor;
    RequireCurrentPassword(actor);
    actor_ = std::move(actor);
  } catch (const Error& e) {
    refusal_ = e;
    throw;
  }
  return *actor_;
}

void Caller::Transact(const std::function<void(RequestTx&)>& body) {
  for (bool checked = false;; checked = true) {
    try {
      storage::InPipelinedTransaction(*db_, options_, [&](storage::PipelinedTx& pipelined) {
        RequestTx tx(*this, pipelined);
        body(tx);
      });
      if (!actor_) Confirm();  // a body that never sent: the session is still checked
      return;
    } catch (const Unconfirmed&) {
      // Rolled back, nothing written. The usual check answers with the
      // reason; if it finds the session live after all (a race with its
      // touch), the body runs again as the user it found.
      if (checked) throw Error::Internal();
      Confirm();
    } catch (const Error&) {
      // Thrown before the confirmation (the body's own validation, say): the
      // session's refusal, if any, comes first.
      if (!actor_) Confirm();
      throw;
    }
  }
}

void Caller::TransactWork(const std::function<void(WorkTx&)>& body) {
  const domain::Actor& actor = Confirm();
  storage::InTransaction(*db_, options_, [&](pqxx::work& work) {
    storage::CustomerRepository::ActAs(work, actor);
    WorkTx tx(work, actor);
    body(tx);
  });
}

RequestTx::RequestTx(Caller& caller, storage::PipelinedTx& tx) : caller_(caller), tx_(tx) {
  if (caller_.actor_) {
    acting_ = storage::CustomerRepository::QueueActAs(tx_, *caller_.actor_);
  } else {
    auto index = caller_.auth_->QueueSession(tx_, caller_.token_, caller_.now_);
    if (!index) throw Unconfirmed();
    acting_ = *index;
  }
}

RequestTx::Confirmed RequestTx::Send() {
  auto results = tx_.Send();
  if (!caller_.actor_) {
    auto found = storage::UserRepository::ReadAuthenticated(results.at(acting_));
    auto live = caller_.auth_->LiveActor(found, caller_.now_, caller_.info_);
    if (!live || live->must_change_password) throw Unconfirmed();
    caller_.actor_ = std::move(*live);
  }
  if (!confirmed_) confirmed_.emplace(ConfirmedTx::Key{}, tx_, *caller_.actor_);
  return {*confirmed_, std::move(results)};
}

size_t ConfirmedTx::QueueAudit(const storage::AuditEvent& event) {
  return storage::AuditRepository::QueueRecord(tx_, who(), event);
}

int64_t WorkTx::Audit(const storage::AuditEvent& event) { return storage::AuditRepository::Record(tx_, who(), event); }

}  // namespace crm::usecases

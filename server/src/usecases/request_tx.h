// The request transaction: who is asking, and the one transaction a request's
// work runs in (docs/adr/0015-request-transaction.md). It owns, in order,
// what every request needs and no handler may forget or reorder:
//
//   1. the caller's statement first in the first batch: the session check,
//      which also sets the acting user for row-level security (or, for a
//      caller already known, the plain act-as);
//   2. the confirmation of that session on the first batch's results: the
//      acting user (domain::Actor) exists only from then on;
//   3. the permission and scope check, asked of the confirmed transaction;
//   4. the audit event, recorded as the confirmed actor;
//   5. commit, and the retries (broken connection, serialization failure,
//      deadlock, and a session that was not plainly live: checked the usual
//      way, whose refusal is the answer, or in a race run again as the user
//      found).
//
// The types hold the order: a RequestTx can only queue and Send(); Send()
// confirms and hands back the ConfirmedTx, the only place an actor, an audit
// event or a commit can be had. A handler runs once; only the body of a
// transaction may run again, and it must have no effect outside it.
#pragma once

#include <functional>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/error.h"
#include "domain/policy.h"
#include "storage/audit_repository.h"
#include "storage/pipelined_tx.h"
#include "storage/transaction.h"
#include "usecases/auth_manager.h"

namespace crm::usecases {

class RequestTx;
class ConfirmedTx;
class WorkTx;

// Who is asking. Made by the RPC pipeline for each call (or by a tool or a
// test with a known actor); use cases take one and run their work through
// it. Before the confirmation it has no actor to give.
class Caller {
 public:
  // A caller whose actor is already known (authenticated before the
  // handler, a tool acting as a user, a test).
  static Caller Known(domain::Actor actor, storage::ConnectionPool& db, storage::TxOptions options);
  // A caller with a bearer token still to check: in the first batch of its
  // first transaction, or by Confirm(). A session that must change its
  // password is refused here (PASSWORD_EXPIRED), as for every call but the
  // few the pipeline lets through.
  static Caller WithSession(AuthManager& auth, std::string token, TimePoint now, RequestInfo info,
                            storage::ConnectionPool& db, storage::TxOptions options);

  // One pipelined transaction (storage/pipelined_tx.h): body queues its reads
  // on the RequestTx, and Send() sends them behind the caller's statement in
  // one round trip and confirms the caller. body may run more than once.
  // An error thrown before the confirmation is answered only after the
  // session is checked, so an unauthenticated caller always hears
  // UNAUTHENTICATED first.
  void Transact(const std::function<void(RequestTx&)>& body);
  // One classic transaction as the confirmed caller: the session is checked
  // first (a round trip of its own), the acting user is set, then body runs.
  void TransactWork(const std::function<void(WorkTx&)>& body);
  // Checks the session now, the usual way (for paths with no transaction),
  // and returns the actor. Throws the refusal (UNAUTHENTICATED, PASSWORD_EXPIRED).
  const domain::Actor& Confirm();
  // PERMISSION_DENIED unless the caller may do `action` (the policy module
  // decides; the session is confirmed first). For a service that checks a
  // request's shape before the use case runs: a caller who may not call at
  // all hears that first, as before any other answer. The use case asks
  // again in its transaction. Not on a hot path (it is a round trip there).
  domain::DataScope Require(domain::Action action) { return domain::Require(Confirm(), action); }

  // The actor once confirmed, else nullptr: for the log line and the record
  // of a permission denial, never for deciding anything.
  const domain::Actor* confirmed() const { return actor_ ? &*actor_ : nullptr; }
  // For the log line only: the confirmed actor, or the user a session named
  // before it was refused for a password that must change.
  const domain::Actor* for_log() const { return actor_ ? &*actor_ : refused_user_ ? &*refused_user_ : nullptr; }
  const storage::TxOptions& tx_options() const { return options_; }
  storage::ConnectionPool& db() const { return *db_; }

 private:
  friend class RequestTx;
  Caller(storage::ConnectionPool& db, storage::TxOptions options) : db_(&db), options_(options) {}

  storage::ConnectionPool* db_;
  storage::TxOptions options_;
  std::optional<domain::Actor> actor_;
  std::optional<Error> refusal_;               // the usual check's answer, once given
  std::optional<domain::Actor> refused_user_;  // for_log()
  // While the session is unchecked:
  AuthManager* auth_ = nullptr;
  std::string token_;
  TimePoint now_{};
  RequestInfo info_;
};

// A transaction as the confirmed caller: what a handler may do once it knows
// who is asking.
class ConfirmedTx {
 public:
  const domain::Actor& actor() const { return actor_; }
  // PERMISSION_DENIED unless the actor may do `action`; else its scope.
  domain::DataScope Require(domain::Action action) const { return domain::Require(actor_, action); }
  // Whether a client is in the actor's `scope` (domain::InScope).
  bool InScope(domain::DataScope scope, const domain::ClientPlacement& client) const {
    return domain::InScope(actor_, scope, client);
  }

  storage::StatementQueue& queue() { return tx_; }
  // The event, recorded as the actor in this transaction.
  size_t QueueAudit(const storage::AuditEvent& event);
  storage::AuditWho who() const { return storage::AuditWho::From(actor_); }
  std::vector<storage::PipelinedResult> Send() { return tx_.Send(); }
  std::vector<storage::PipelinedResult> Commit() { return tx_.Commit(); }

  // Made only by RequestTx::Send(), in place; never copied or moved, so no
  // handler can keep one past its transaction.
  class Key {
    friend class RequestTx;
    Key() = default;
  };
  ConfirmedTx(Key, storage::PipelinedTx& tx, const domain::Actor& actor) : tx_(tx), actor_(actor) {}
  ConfirmedTx(const ConfirmedTx&) = delete;
  ConfirmedTx& operator=(const ConfirmedTx&) = delete;

 private:
  storage::PipelinedTx& tx_;
  const domain::Actor& actor_;
};

// A transaction before its first batch: it can queue and send, nothing else.
class RequestTx {
 public:
  struct Confirmed {
    ConfirmedTx& tx;
    std::vector<storage::PipelinedResult> results;  // index by what Queue returned
  };

  storage::StatementQueue& queue() { return tx_; }
  // Sends the caller's statement and what is queued (BEGIN first) and
  // confirms the caller on the results. A session not plainly live ends the
  // attempt (rolled back) and Caller::Transact takes over.
  Confirmed Send();

  RequestTx(const RequestTx&) = delete;
  RequestTx& operator=(const RequestTx&) = delete;

 private:
  friend class Caller;
  RequestTx(Caller& caller, storage::PipelinedTx& tx);

  Caller& caller_;
  storage::PipelinedTx& tx_;
  size_t acting_ = 0;
  std::optional<ConfirmedTx> confirmed_;
};

// A classic transaction (pqxx) as the confirmed caller, acting user set.
class WorkTx {
 public:
  const domain::Actor& actor() const { return actor_; }
  domain::DataScope Require(domain::Action action) const { return domain::Require(actor_, action); }
  bool InScope(domain::DataScope scope, const domain::ClientPlacement& client) const {
    return domain::InScope(actor_, scope, client);
  }
  pqxx::work& work() { return tx_; }
  int64_t Audit(const storage::AuditEvent& event);
  storage::AuditWho who() const { return storage::AuditWho::From(actor_); }

  WorkTx(const WorkTx&) = delete;
  WorkTx& operator=(const WorkTx&) = delete;

 private:
  friend class Caller;
  WorkTx(pqxx::work& tx, const domain::Actor& actor) : tx_(tx), actor_(actor) {}
  pqxx::work& tx_;
  const domain::Actor& actor_;
};

}  // namespace crm::usecases

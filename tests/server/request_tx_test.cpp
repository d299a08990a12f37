// The request transaction's order is held by its types
// (usecases/request_tx.h, ADR 0015): these fail to compile, not at run time,
// when a change lets a handler reach the actor, an audit event or a commit
// before the caller is confirmed, or send a batch behind the caller's back.
#include <gtest/gtest.h>

#include <type_traits>

#include "usecases/request_tx.h"

namespace {

using crm::usecases::Caller;
using crm::usecases::ConfirmedTx;
using crm::usecases::RequestTx;

template <typename T>
concept HasActor = requires(T& t) {
  t.actor();
};
template <typename T>
concept CanCommit = requires(T& t) {
  t.Commit();
};
template <typename T>
concept CanAudit = requires(T& t, const crm::storage::AuditEvent& e) {
  t.QueueAudit(e);
};
template <typename T>
concept CanSend = requires(T& t) {
  t.Send();
};

TEST(RequestTxTypes, NothingOfTheActorBeforeTheFirstBatchIsSent) {
  // Before the first batch: queue and send, nothing else.
  static_assert(!HasActor<RequestTx>);
  static_assert(!CanCommit<RequestTx>);
  static_assert(!CanAudit<RequestTx>);
  static_assert(CanSend<RequestTx>);
  // Send() hands back the confirmed transaction: actor, audit, commit.
  static_assert(std::is_same_v<decltype(std::declval<RequestTx&>().Send().tx), ConfirmedTx&>);
  static_assert(HasActor<ConfirmedTx> && CanCommit<ConfirmedTx> && CanAudit<ConfirmedTx>);
  // Nobody but RequestTx makes a confirmed transaction.
  static_assert(!std::is_constructible_v<ConfirmedTx, crm::storage::PipelinedTx&, const crm::domain::Actor&>);
  static_assert(!std::is_default_constructible_v<ConfirmedTx::Key>);
  // ...and none is kept past its transaction: no copy, no move.
  static_assert(!std::is_copy_constructible_v<ConfirmedTx> && !std::is_move_constructible_v<ConfirmedTx>);
  static_assert(!std::is_copy_constructible_v<crm::usecases::WorkTx>);
  // A caller gives no actor to decide with (confirmed() is for the log line).
  static_assert(!HasActor<Caller>);
  // What the repositories queue on cannot send.
  static_assert(!CanSend<crm::storage::StatementQueue> && !CanCommit<crm::storage::StatementQueue>);
  SUCCEED();
}

}  // namespace

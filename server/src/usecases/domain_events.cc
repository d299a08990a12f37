#include "usecases/domain_events.h"

#include "domain/role.h"
#include "storage/customer_repository.h"
#include "storage/transaction.h"

namespace crm::usecases::events {

using storage::DomainEventRepository;

int64_t Emit(pqxx::work& tx, const std::vector<NewEvent>& events) { return DomainEventRepository::Insert(tx, events); }

int64_t Drain(storage::ConnectionPool& pool, const std::string& consumer,
              const std::function<void(pqxx::work&, const std::vector<Event>&)>& handle, int batch, int64_t max) {
  int64_t handled = 0;
  while (handled < max) {
    int64_t n = 0;
    storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
      storage::CustomerRepository::ActAs(tx, domain::Actor::System(consumer));
      const auto claimed = DomainEventRepository::Claim(tx, static_cast<int>(std::min<int64_t>(batch, max - handled)));
      n = static_cast<int64_t>(claimed.size());
      if (claimed.empty()) return;
      handle(tx, claimed);
      std::vector<int64_t> ids;
      for (const auto& e : claimed) ids.push_back(e.id);
      DomainEventRepository::MarkHandled(tx, ids, consumer);
    });
    if (n == 0) break;
    handled += n;
  }
  return handled;
}

std::vector<Event> AdminList(storage::ConnectionPool& pool, bool pending_only, int limit) {
  std::vector<Event> out;
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    storage::CustomerRepository::ActAs(tx, domain::Actor::System("admin-cli"));
    out = DomainEventRepository::List(tx, pending_only, limit);
  });
  return out;
}

}  // namespace crm::usecases::events

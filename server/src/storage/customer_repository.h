// Clients. Every call runs under the acting user set with ActAs(), so
// PostgreSQL's row-level security (db/migrations/V0003) filters rows a second
// time, whatever the service layer decided.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "common/ids.h"
#include "domain/customer.h"
#include "domain/customer_rules.h"
#include "domain/role.h"
#include "storage/audit_repository.h"
#include "storage/statements.h"

namespace crm::storage {

class StatementQueue;
class PipelinedResult;

using CustomerRow = domain::Customer;
using ConsentRow = domain::Consent;
using AccountRow = domain::Account;
using RelationRow = domain::Relation;
using InteractionRow = domain::Interaction;
using ListOrder = domain::ListOrder;
using ListCursor = domain::ListCursor;
using CustomerFilter = domain::CustomerFilter;

class CustomerRepository {
 public:
  static const std::vector<Statement>& Statements();
  // The searches' statements (storage/customer_search.cc), part of Statements().
  static const std::vector<Statement>& SearchStatements();

  // Sets the acting user for this transaction (crm.actor_* settings).
  static void ActAs(pqxx::transaction_base& tx, const domain::Actor& actor);

  static void Insert(pqxx::transaction_base& tx, const CustomerRow& row);
  static std::optional<CustomerRow> Get(pqxx::transaction_base& tx, const std::string& id);
  // The pipelined forms of ActAs and Get, and UpdateAudited: Update() and its
  // audit event in one statement, which returns the row as stored (none when
  // Update() would return false) (storage/pipelined_tx.h). Each queues its
  // statement; Row() reads a Get or UpdateAudited result.
  static size_t QueueActAs(StatementQueue& tx, const domain::Actor& actor);
  static size_t QueueGet(StatementQueue& tx, const std::string& id);  // id: a uuid (IsUuid)
  static size_t QueueUpdateAudited(StatementQueue& tx, const CustomerRow& row, int expected_version,
                                   const AuditWho& who, const AuditEvent& event);
  static std::optional<CustomerRow> Row(const PipelinedResult& result);
  static std::vector<CustomerRow> Rows(const PipelinedResult& result);
  // The client 360 view's reads, queued in one batch after QueueActAs.
  static constexpr int kView360Interactions = 5;  // the most recent ones
  struct View360Batch {
    size_t row = 0, consents = 0, accounts = 0, relations = 0, tags = 0, interactions = 0, owner_name = 0;
  };
  struct View360 {
    std::optional<CustomerRow> row;
    std::vector<ConsentRow> consents;
    std::vector<AccountRow> accounts;
    std::vector<RelationRow> relations;
    std::pair<std::vector<std::string>, std::vector<std::string>> tags;  // manual, rule
    std::vector<InteractionRow> interactions;
    std::string owner_name;  // "display name (user name)"
  };
  static View360Batch QueueView360(StatementQueue& tx, const std::string& id);  // id: a uuid
  static View360 ReadView360(const std::vector<PipelinedResult>& results, const View360Batch& batch);
  // Names of the clients with these ids that the acting user may see.
  static std::map<std::string, std::string> Names(pqxx::transaction_base& tx, const std::vector<std::string>& ids);
  static bool SetArchived(pqxx::transaction_base& tx, const std::string& id, bool archived);
  // Suitability's result on the client row: the current risk level with its
  // expiry, and the investor class (ORDINARY, PROFESSIONAL).
  static void SetRisk(pqxx::transaction_base& tx, const std::string& customer_id, const std::string& level,
                      int64_t expire_time_us);
  static void SetInvestorClass(pqxx::transaction_base& tx, const std::string& customer_id,
                               const std::string& investor_class);
  // Ordered by (order key, name, id); after = where the previous page ended
  // (nullptr for the first page).
  // How many clients the filter matches (row-level security applies).
  static int64_t Count(pqxx::transaction_base& tx, const CustomerFilter& f);
  static std::vector<CustomerRow> List(pqxx::transaction_base& tx, const CustomerFilter& filter, const ListOrder& order,
                                       const ListCursor* after, int limit);
  // The value of row's sort key as List's cursor carries it.
  static std::string SortKey(const CustomerRow& row, ListOrder::Key key);
  // Name search in the acting user's scope (own book, team, branch or the
  // firm; an account manager's delegated clients too), queued on a pipelined
  // transaction after the acting user is set. Read it with Rows(results, search):
  // at most limit rows ordered by (name, id).
  struct NameSearch {
    size_t own = 0, delegated = 0;
    std::optional<size_t> pinyin;
    int limit = 0;
  };
  // pinyin: the query read as pinyin, to match the name's pinyin or initials
  // as well (V0024); empty for the name alone.
  static NameSearch QueueSearchByName(StatementQueue& tx, const std::string& fragment,
                                      const domain::PinyinQuery& pinyin, int limit);
  static std::vector<CustomerRow> Rows(const std::vector<PipelinedResult>& results, const NameSearch& search);
  // Whether more clients matched than the search reads (pinyin letters
  // matching thousands, see customer_search.cc): the rows are then some of
  // the matches, not the first by name.
  static bool Partial(const std::vector<PipelinedResult>& results, const NameSearch& search);
  // Exact lookups by blind index, queued on a pipelined transaction (the
  // caller records the search's event with what it returns). Read the result
  // with Rows().
  enum class ExactKey { kIdNumber, kPhone, kAccountNumber };
  static size_t QueueFindByIndex(StatementQueue& tx, ExactKey key, const std::string& bidx, int limit);
  // Clients whose mobile ends in these four digits (the masked number keeps
  // them in clear), narrowed to an owner, team or branch ("" = none), and an
  // account manager's delegated clients; read with Rows(results, search).
  static NameSearch QueueFindByPhoneSuffix(StatementQueue& tx, const std::string& last_four,
                                           const std::string& owner_id, const std::string& team_id,
                                           const std::string& branch_id, int limit);

  // Moves the client when it is still owned by from_user_id; false otherwise.
  static bool TransferOwner(pqxx::transaction_base& tx, const std::string& id, const std::string& from_user_id,
                            const std::string& to_user_id, const std::string& team_id, const std::string& branch_id);
  static void InsertOwnerHistory(pqxx::transaction_base& tx, const std::string& id, const std::string& from_user_id,
                                 const std::string& to_user_id, const std::string& by_user_id,
                                 const std::string& reason);
  static std::string InsertDelegation(pqxx::transaction_base& tx, const std::string& customer_id,
                                      const std::string& delegate_user_id, const std::string& granted_by,
                                      const std::string& reason, int64_t expire_time_us);

  static void InsertConsent(pqxx::transaction_base& tx, const std::string& customer_id, const std::string& purpose,
                            const std::string& channel, bool granted, const std::string& method,
                            const std::string& recorded_by);
  // The consent in force per purpose and channel.
  // Manual tags, then rule tags.
  static std::pair<std::vector<std::string>, std::vector<std::string>> Tags(pqxx::transaction_base& tx,
                                                                            const std::string& customer_id);
  static void AddTag(pqxx::transaction_base& tx, const std::string& customer_id, const std::string& tag);
  static void RemoveTag(pqxx::transaction_base& tx, const std::string& customer_id, const std::string& tag);
  static std::vector<ConsentRow> CurrentConsents(pqxx::transaction_base& tx, const std::string& customer_id);
  static void InsertAccount(pqxx::transaction_base& tx, const AccountRow& row);

  static std::string InsertRelation(pqxx::transaction_base& tx, const std::string& customer_id,
                                    const std::string& relation, const std::string& related_customer_id,
                                    const std::string& related_name);
  static std::vector<RelationRow> Relations(pqxx::transaction_base& tx, const std::string& customer_id);

  static std::string InsertInteraction(pqxx::transaction_base& tx, const InteractionRow& row);
  static std::optional<InteractionRow> GetInteraction(pqxx::transaction_base& tx, const std::string& id);
  // Newest first; cursor is the last (occurred time, id) returned.
  // The CSV import (usecases/customer_import.cc): active account managers by
  // user name, the external references already imported ("import:<ref>"),
  // and the new clients written with COPY.
  struct Placement {
    std::string user_id, team_id, branch_id;
  };
  static std::map<std::string, Placement> ActiveManagersByUsername(pqxx::transaction_base& tx);
  static std::set<std::string> ImportedRequestIds(pqxx::transaction_base& tx);
  // New clients written with COPY (the import and the demo book), one at a
  // time; Complete() ends the COPY. Their accounts likewise, after them.
  class CopyWriter {
   public:
    explicit CopyWriter(pqxx::transaction_base& tx);
    ~CopyWriter();
    void Write(const CustomerRow& row);
    void Complete();

   private:
    pqxx::stream_to clients_;
  };
  static void CopyInAccounts(pqxx::transaction_base& tx, const std::vector<AccountRow>& accounts);
  // The positions import: live clients by id or by "import:<ref>" request
  // id; (id, the ref it was imported with or "").
  static std::vector<std::pair<std::string, std::string>> FindByIdOrImportRef(pqxx::transaction_base& tx,
                                                                              const std::vector<std::string>& ids,
                                                                              const std::vector<std::string>& refs);

  // Data-key rotation (storage/customer_keys.cc): the encrypted fields of
  // the next batch of clients after an id, locked, hex-encoded ("" = none),
  // and their rewrite (an empty value is left as it is).
  static const std::vector<Statement>& KeyStatements();
  struct EncryptedFields {
    std::string id;
    std::string hex[4];  // id_number, phone, email, address
  };
  static std::vector<EncryptedFields> LockEncryptedBatch(pqxx::transaction_base& tx, const std::string& after_id,
                                                         int limit);
  static void RewriteEncrypted(pqxx::transaction_base& tx, const EncryptedFields& fields);

  static std::vector<InteractionRow> ListInteractions(pqxx::transaction_base& tx, const std::string& customer_id,
                                                      int64_t before_time_us, const std::string& before_id, int limit);
};

using crm::IsUuid;

}  // namespace crm::storage

#include "storage/tier_repository.h"

#include <nlohmann/json.hpp>
#include <pqxx/prepared_statement>

#include "common/ids.h"

namespace crm::storage {
namespace {

namespace tr = crm::domain::tiering;

#define CRM_US(col) "(EXTRACT(EPOCH FROM " col ") * 1000000)::bigint"
#define CRM_POLICY_COLUMNS                                                                             \
  "id::text, code, version, name, status, definition::text, etag, " CRM_US("create_time") ", " CRM_US( \
      "update_time") ", " CRM_US("activate_time") ", COALESCE(created_by::text, ''), COALESCE(updated_by::text, '') "

constexpr Statement kPolicies{"tier_policies",
                              "SELECT " CRM_POLICY_COLUMNS "FROM tier_policy ORDER BY code, version DESC"};
constexpr Statement kPolicy{"tier_policy", "SELECT " CRM_POLICY_COLUMNS "FROM tier_policy WHERE id = $1::uuid"};
constexpr Statement kActive{"tier_policy_active",
                            "SELECT " CRM_POLICY_COLUMNS "FROM tier_policy WHERE status = 'ACTIVE'"};
constexpr Statement kInsertPolicy{
    "tier_policy_insert",
    "INSERT INTO tier_policy (id, code, version, name, status, definition, created_by, updated_by) SELECT $1::uuid, "
    "$2, COALESCE(max(version), 0) + 1, $3, 'DRAFT', $4::jsonb, NULLIF($5, '')::uuid, NULLIF($5, '')::uuid "
    "FROM tier_policy WHERE code = $2 "
    "RETURNING " CRM_POLICY_COLUMNS};
constexpr Statement kUpdateDraft{
    "tier_policy_update_draft",
    "UPDATE tier_policy SET name = $3, definition = $4::jsonb, etag = etag + 1, update_time = now(), "
    "updated_by = NULLIF($5, '')::uuid WHERE id = $1::uuid AND etag = $2 AND status = 'DRAFT'"};
constexpr Statement kRetireActive{"tier_policy_retire_active",
                                  "UPDATE tier_policy SET status = 'RETIRED', update_time = now() "
                                  "WHERE status = 'ACTIVE' AND id <> $1::uuid"};
constexpr Statement kActivate{
    "tier_policy_activate",
    "UPDATE tier_policy SET status = 'ACTIVE', activate_time = now(), activated_by = NULLIF($2, '')::uuid, "
    "update_time = now() WHERE id = $1::uuid AND status = 'DRAFT'"};

#define CRM_RUN_COLUMNS "id::text, policy_id::text, kind, status, as_of::text, next_block, total, processed, changed "
constexpr Statement kStartRun{
    "tier_run_start",
    "INSERT INTO tier_run (id, policy_id, kind, status, as_of, requested_by, total) VALUES ($1::uuid, $2::uuid, $3, "
    "'RUNNING', $4::date, NULLIF($5, '')::uuid, (SELECT count(*) FROM customer)) RETURNING " CRM_RUN_COLUMNS};
constexpr Statement kRunningRun{"tier_run_running", "SELECT " CRM_RUN_COLUMNS
                                                    "FROM tier_run WHERE status = 'RUNNING' AND "
                                                    "policy_id = $1::uuid ORDER BY start_time LIMIT 1"};
constexpr Statement kSaveProgress{
    "tier_run_progress",
    "UPDATE tier_run SET next_block = $2, processed = processed + $3, changed = changed + $4 WHERE id = $1::uuid"};
// The client table's size in blocks, and about how many clients a block holds.
constexpr Statement kBlocks{"tier_customer_blocks",
                            "SELECT (pg_relation_size('customer') / current_setting('block_size')::bigint)::integer, "
                            "COALESCE((SELECT reltuples::bigint FROM pg_class WHERE oid = 'customer'::regclass), -1)"};
// A run's next batch is taken under its row's lock, held to the batch's
// commit: two executors of one run (a recompute in crm-admin or another
// server, and this server resuming the run it finds RUNNING) take turns
// with the blocks instead of both applying the same ones.
constexpr Statement kClaimRun{"tier_run_claim",
                              "SELECT status, next_block, processed, changed FROM tier_run "
                              "WHERE id = $1::uuid FOR UPDATE"};
constexpr Statement kFinishRun{"tier_run_finish",
                               "UPDATE tier_run SET status = $2, finish_time = now() WHERE id = $1::uuid "
                               "AND status = 'RUNNING'"};
constexpr Statement kFailStale{"tier_run_fail_stale",
                               "UPDATE tier_run SET status = 'FAILED', finish_time = now() WHERE status = 'RUNNING' "
                               "AND policy_id <> $1::uuid"};

constexpr Statement kRunToday{"tier_run_today",
                              "SELECT EXISTS (SELECT 1 FROM tier_run WHERE kind = $1 AND as_of = $2::date)"};

// Batches select "the next N clients after id X": a generic plan cannot see
// X and may scan every client per batch; plan each batch for its own values.
constexpr Statement kPlanPerBatch{"tier_plan_per_batch",
                                  "SELECT set_config('plan_cache_mode', 'force_custom_plan', true)"};

constexpr Statement kHistory{
    "tier_history",
    "SELECT h.customer_id::text, h.policy_id::text, p.code, p.version, COALESCE(h.old_tier, ''), h.new_tier, "
    "h.matched_index, h.metrics::text, COALESCE(h.run_id::text, ''), " CRM_US("h.change_time")
    " FROM customer_tier_history h JOIN tier_policy p ON p.id = h.policy_id WHERE h.customer_id = $1::uuid "
    "ORDER BY h.id DESC LIMIT $2"};

// The ids are taken once (an InitPlan) and the rows deleted by key: with
// `IN (subquery)` a plan cached while the queue was small (nested loop over
// the whole queue per id) took minutes once an end-of-day batch marked half a
// million clients (issue 26's bench), holding their rows and stalling ingest.
constexpr Statement kTakeDirty{
    "tier_take_dirty",
    "DELETE FROM tier_dirty WHERE customer_id = ANY(ARRAY(SELECT customer_id FROM tier_dirty ORDER BY since LIMIT "
    "$1 FOR UPDATE SKIP LOCKED)) RETURNING customer_id::text"};

// Metrics as of a day from the raw history (product.md section 2's list).
#define CRM_METRICS_SELECT                                                                                            \
  "SELECT c.id, "                                                                                                     \
  "COALESCE((SELECT a.aum_minor FROM aum_daily a WHERE a.customer_id = c.id AND a.day <= $1::date "                   \
  "ORDER BY a.day DESC LIMIT 1), 0), "                                                                                \
  "COALESCE((SELECT avg(a.aum_minor)::bigint FROM aum_daily a WHERE a.customer_id = c.id AND "                        \
  "a.day > $1::date - 91 AND a.day <= $1::date), 0), "                                                                \
  "COALESCE((SELECT sum(t.commission_minor) FROM trade t WHERE t.customer_id = c.id AND "                             \
  "t.trade_time >= $1::date - 365 AND t.trade_time < $1::date + 1), 0), "                                             \
  "(SELECT count(*) FROM trade t WHERE t.customer_id = c.id AND t.trade_time >= $1::date - 90 AND "                   \
  "t.trade_time < $1::date + 1), "                                                                                    \
  "(SELECT max(t.trade_time)::date FROM trade t WHERE t.customer_id = c.id AND t.trade_time < $1::date + 1), "        \
  "COALESCE((SELECT sum(f.amount_minor) FROM cash_flow f WHERE f.customer_id = c.id AND (f.currency IS NULL OR "      \
  "f.currency = 'CNY') AND f.flow_date > $1::date - 91 "                                                              \
  "AND f.flow_date <= $1::date), 0), "                                                                                \
  "(SELECT max(i.occurred_time)::date FROM interaction i WHERE i.customer_id = c.id), $1::date, now() FROM customer " \
  "c "
#define CRM_METRICS_UPSERT                                                                            \
  " ON CONFLICT (customer_id) DO UPDATE SET aum_minor = EXCLUDED.aum_minor, avg_aum_3m_minor = "      \
  "EXCLUDED.avg_aum_3m_minor, commission_12m_minor = EXCLUDED.commission_12m_minor, trades_90d = "    \
  "EXCLUDED.trades_90d, last_trade_date = EXCLUDED.last_trade_date, net_cash_flow_3m_minor = "        \
  "EXCLUDED.net_cash_flow_3m_minor, last_interaction_date = EXCLUDED.last_interaction_date, as_of = " \
  "EXCLUDED.as_of, update_time = now()"
#define CRM_METRICS_INSERT                                                                                     \
  "INSERT INTO customer_metrics (customer_id, aum_minor, avg_aum_3m_minor, commission_12m_minor, trades_90d, " \
  "last_trade_date, net_cash_flow_3m_minor, last_interaction_date, as_of, update_time) "
constexpr Statement kRefreshIds{
    "tier_metrics_refresh_ids", CRM_METRICS_INSERT CRM_METRICS_SELECT
    "WHERE c.id IN (SELECT (jsonb_array_elements_text($2::jsonb))::uuid)" CRM_METRICS_UPSERT};
constexpr Statement kRefreshRange{
    "tier_metrics_refresh_range",
    "WITH ids AS (SELECT id FROM customer WHERE id > $2::uuid ORDER BY id LIMIT $3), up AS (" CRM_METRICS_INSERT
        CRM_METRICS_SELECT "WHERE c.id IN (SELECT id FROM ids)" CRM_METRICS_UPSERT
    ") SELECT (SELECT id::text FROM ids ORDER BY id DESC LIMIT 1)"};

// The metrics a policy reads, per client, as of $1 (days since: from the dates).
const char* kMetricsFrom =
    "SELECT c.id, c.name, c.tier AS old_tier, COALESCE(m.aum_minor, 0) AS aum, "
    "COALESCE(m.avg_aum_3m_minor, 0) AS avg_aum_3m, COALESCE(m.commission_12m_minor, 0) AS commission_12m, "
    "COALESCE(m.trades_90d, 0) AS trades_90d, "
    "($1::date - COALESCE(m.last_trade_date, DATE '1900-01-01')) AS days_since_last_trade, "
    "COALESCE(m.net_cash_flow_3m_minor, 0) AS net_cash_flow_3m, "
    "($1::date - COALESCE(m.last_interaction_date, DATE '1900-01-01')) AS days_since_last_interaction "
    "FROM customer c LEFT JOIN customer_metrics m ON m.customer_id = c.id ";

const char* kZeroUuid = "00000000-0000-0000-0000-000000000000";

// The apply statement: $1 as_of, $2 tier codes, $3 first TID / id list, $4
// end TID, $5 policy id, $6 run id; the policy's values from $7.
std::string ApplySql(const tr::CompiledPolicy& c, bool by_ids) {
  std::string tags = "ARRAY[";
  for (size_t i = 0; i < c.tag_sql.size(); ++i) tags += (i ? ", " : "") + c.tag_sql[i];
  tags += "]::text[]";
  // A run walks the table in physical order (TID ranges: sequential reads);
  // the dirty queue names its clients.
  const std::string where = by_ids ? "WHERE c.id IN (SELECT (jsonb_array_elements_text($3::jsonb))::uuid) AND $4 <> '' "
                                   : "WHERE c.ctid >= $3::tid AND c.ctid < $4::tid "
                                     // A client this run changed in an earlier batch has a new row
                                     // version, which may sit in a later block: not evaluated twice.
                                     "AND NOT EXISTS (SELECT 1 FROM customer_tier_history h "
                                     "WHERE h.customer_id = c.id AND h.run_id = NULLIF($6, '')::uuid) ";
  return std::string("WITH b AS (") + kMetricsFrom + where +
         "), n AS (SELECT b.*, x.idx, ($2::text[])[x.idx + 1] AS new_tier FROM b CROSS JOIN LATERAL (SELECT " +
         c.tier_index_sql +
         " AS idx) x), "
         // The one writer of customer.tier (set-based, a block at a time; every
         // other client column is CustomerRepository's, ADR 0015). Unchanged
         // clients (by the batch's snapshot) are not even looked up again.
         "upd AS (UPDATE customer c SET tier = n.new_tier FROM n WHERE n.old_tier IS DISTINCT FROM n.new_tier AND "
         "c.id = n.id AND c.tier IS DISTINCT FROM n.new_tier RETURNING c.id), "
         "hist AS (INSERT INTO customer_tier_history (customer_id, policy_id, old_tier, new_tier, matched_index, "
         "metrics, run_id) SELECT n.id, $5::uuid, n.old_tier, n.new_tier, n.idx, jsonb_build_object('aum_minor', "
         "n.aum, 'avg_aum_3m_minor', n.avg_aum_3m, 'commission_12m_minor', n.commission_12m, 'trades_90d', "
         "n.trades_90d, 'days_since_last_trade', n.days_since_last_trade, 'net_cash_flow_3m_minor', "
         "n.net_cash_flow_3m, 'days_since_last_interaction', n.days_since_last_interaction, 'as_of', $1::date), "
         "NULLIF($6, '')::uuid FROM n JOIN upd USING (id)), "
         "outbox AS (INSERT INTO tier_outbox (customer_id, event, payload) SELECT n.id, 'TIER_CHANGED', "
         "jsonb_build_object('from', n.old_tier, 'to', n.new_tier, 'policy_id', $5::text, 'run_id', NULLIF($6, '')) "
         "FROM n JOIN upd USING (id)), "
         "tg AS (SELECT b.id, t.tag FROM n AS b CROSS JOIN LATERAL unnest(" +
         tags +
         ") AS t(tag) WHERE t.tag IS NOT NULL), "
         "tdel AS (DELETE FROM customer_tag ct USING n WHERE ct.customer_id = n.id AND ct.source = 'RULE' AND NOT "
         "EXISTS (SELECT 1 FROM tg WHERE tg.id = ct.customer_id AND tg.tag = ct.tag) RETURNING 1), "
         "tins AS (INSERT INTO customer_tag (customer_id, tag, source) SELECT id, tag, 'RULE' FROM tg WHERE NOT "
         "EXISTS (SELECT 1 FROM customer_tag ct WHERE ct.customer_id = tg.id AND ct.source = 'RULE' AND "
         "ct.tag = tg.tag) ON CONFLICT DO NOTHING RETURNING 1) "
         "SELECT COALESCE((SELECT id::text FROM n ORDER BY id DESC LIMIT 1), ''), (SELECT count(*) FROM n), "
         "(SELECT count(*) FROM upd)";
}

// The preview: $1 as_of, $2 tier codes; the policy's values from $3.
std::string PreviewSql(const tr::CompiledPolicy& c) {
  return std::string("WITH b AS (") + kMetricsFrom +
         "), n AS (SELECT b.id, b.name, COALESCE(b.old_tier, '') AS old_tier, ($2::text[])[x.idx + 1] AS new_tier "
         "FROM b CROSS JOIN LATERAL (SELECT " +
         c.tier_index_sql +
         " AS idx) x) SELECT old_tier, new_tier, count(*), array_to_json((array_agg(id::text))[1:5])::text, "
         "array_to_json((array_agg(name))[1:5])::text FROM n GROUP BY old_tier, new_tier ORDER BY old_tier, new_tier";
}

std::string Compact(const std::string& id) {
  std::string out;
  for (char ch : id)
    if (ch != '-') out += ch;
  return out;
}

TierPolicyRow ReadPolicy(const pqxx::row& r) {
  TierPolicyRow p;
  p.id = r[0].as<std::string>();
  p.code = r[1].as<std::string>();
  p.version = r[2].as<int>();
  p.name = r[3].as<std::string>();
  p.status = r[4].as<std::string>();
  p.definition_json = r[5].as<std::string>();
  p.etag = r[6].as<int>();
  p.create_time_us = r[7].as<int64_t>();
  p.update_time_us = r[8].as<int64_t>();
  if (!r[9].is_null()) p.activate_time_us = r[9].as<int64_t>();
  p.created_by = r[10].as<std::string>();
  p.updated_by = r[11].as<std::string>();
  return p;
}

TierRunRow ReadRun(const pqxx::row& r) {
  TierRunRow run;
  run.id = r[0].as<std::string>();
  run.policy_id = r[1].as<std::string>();
  run.kind = r[2].as<std::string>();
  run.status = r[3].as<std::string>();
  run.as_of = r[4].as<std::string>();
  run.next_block = r[5].as<int>();
  run.total = r[6].as<int64_t>();
  run.processed = r[7].as<int64_t>();
  run.changed = r[8].as<int64_t>();
  return run;
}

std::string IdsJson(const std::vector<std::string>& ids) { return nlohmann::json(ids).dump(); }

BatchResult Apply(pqxx::transaction_base& tx, const TierPolicyRow& policy, const std::string& as_of,
                  const std::string& selector, const std::string& end, const std::string& run_id, bool by_ids) {
  const auto compiled = tr::Compile(tr::Parse(nlohmann::json::parse(policy.definition_json)), 7, "b");
  const std::string name = std::string(by_ids ? "tier_apply_ids_" : "tier_apply_range_") + Compact(policy.id) + "_" +
                           std::to_string(policy.etag);
  tx.conn().prepare(name, ApplySql(compiled, by_ids));
  std::vector<std::string> params{as_of, compiled.tier_codes_array, selector, end, policy.id, run_id};
  params.insert(params.end(), compiled.params.begin(), compiled.params.end());
  auto r = tx.exec_prepared1(name, pqxx::prepare::make_dynamic_params(params));
  return {r[0].as<std::string>(), r[1].as<int64_t>(), r[2].as<int64_t>()};
}

}  // namespace

const std::vector<Statement>& TierRepository::Statements() {
  static const std::vector<Statement> kAll{kPolicies,     kPolicy,    kActive,    kInsertPolicy, kUpdateDraft,
                                           kRetireActive, kActivate,  kStartRun,  kRunningRun,   kSaveProgress,
                                           kClaimRun,     kFinishRun, kFailStale, kRunToday,     kPlanPerBatch,
                                           kBlocks,       kHistory,   kTakeDirty, kRefreshIds,   kRefreshRange};
  return kAll;
}

std::vector<TierPolicyRow> TierRepository::Policies(pqxx::transaction_base& tx) {
  std::vector<TierPolicyRow> out;
  for (const auto& r : tx.exec_prepared(kPolicies.name)) out.push_back(ReadPolicy(r));
  return out;
}

std::optional<TierPolicyRow> TierRepository::Policy(pqxx::transaction_base& tx, const std::string& id) {
  if (!IsUuid(id)) return std::nullopt;
  auto r = tx.exec_prepared(kPolicy.name, id);
  if (r.empty()) return std::nullopt;
  return ReadPolicy(r[0]);
}

std::optional<TierPolicyRow> TierRepository::ActivePolicy(pqxx::transaction_base& tx) {
  auto r = tx.exec_prepared(kActive.name);
  if (r.empty()) return std::nullopt;
  return ReadPolicy(r[0]);
}

TierPolicyRow TierRepository::InsertPolicy(pqxx::transaction_base& tx, const std::string& id, const std::string& code,
                                           const std::string& name, const std::string& definition_json,
                                           const std::string& user_id) {
  return ReadPolicy(tx.exec_prepared1(kInsertPolicy.name, id, code, name, definition_json, user_id));
}

bool TierRepository::UpdateDraft(pqxx::transaction_base& tx, const std::string& id, int etag, const std::string& name,
                                 const std::string& definition_json, const std::string& user_id) {
  return tx.exec_prepared(kUpdateDraft.name, id, etag, name, definition_json, user_id).affected_rows() == 1;
}

bool TierRepository::Activate(pqxx::transaction_base& tx, const std::string& id, const std::string& user_id) {
  tx.exec_prepared0(kRetireActive.name, id);
  return tx.exec_prepared(kActivate.name, id, user_id).affected_rows() == 1;
}

TierRunRow TierRepository::StartRun(pqxx::transaction_base& tx, const std::string& id, const std::string& policy_id,
                                    const std::string& kind, const std::string& as_of, const std::string& user_id) {
  return ReadRun(tx.exec_prepared1(kStartRun.name, id, policy_id, kind, as_of, user_id));
}

std::optional<TierRunRow> TierRepository::RunningRun(pqxx::transaction_base& tx, const std::string& policy_id) {
  auto r = tx.exec_prepared(kRunningRun.name, policy_id);
  if (r.empty()) return std::nullopt;
  return ReadRun(r[0]);
}

void TierRepository::SaveProgress(pqxx::transaction_base& tx, const std::string& run_id, int next_block,
                                  int64_t evaluated, int64_t changed) {
  tx.exec_prepared0(kSaveProgress.name, run_id, next_block, evaluated, changed);
}

std::pair<int, int64_t> TierRepository::CustomerBlocks(pqxx::transaction_base& tx) {
  auto r = tx.exec_prepared1(kBlocks.name);
  return {r[0].as<int>(), r[1].as<int64_t>()};
}

TierRepository::RunClaim TierRepository::ClaimRun(pqxx::transaction_base& tx, const std::string& run_id) {
  auto r = tx.exec_prepared(kClaimRun.name, run_id);
  if (r.empty()) return {};
  return {r[0][0].as<std::string>(), r[0][1].as<int>(), r[0][2].as<int64_t>(), r[0][3].as<int64_t>()};
}

bool TierRepository::FinishRun(pqxx::transaction_base& tx, const std::string& run_id, const std::string& status) {
  return tx.exec_prepared0(kFinishRun.name, run_id, status).affected_rows() == 1;
}

void TierRepository::FailStaleRuns(pqxx::transaction_base& tx, const std::string& active_policy_id) {
  tx.exec_prepared0(kFailStale.name, active_policy_id);
}

void TierRepository::PlanPerBatch(pqxx::transaction_base& tx) { tx.exec_prepared(kPlanPerBatch.name); }

bool TierRepository::RunExists(pqxx::transaction_base& tx, const std::string& kind, const std::string& as_of) {
  return tx.exec_prepared1(kRunToday.name, kind, as_of)[0].as<bool>();
}

std::vector<TierHistoryRow> TierRepository::History(pqxx::transaction_base& tx, const std::string& customer_id,
                                                    int limit) {
  std::vector<TierHistoryRow> out;
  for (const auto& r : tx.exec_prepared(kHistory.name, customer_id, limit)) {
    TierHistoryRow h;
    h.customer_id = r[0].as<std::string>();
    h.policy_id = r[1].as<std::string>();
    h.policy_code = r[2].as<std::string>();
    h.policy_version = r[3].as<int>();
    h.old_tier = r[4].as<std::string>();
    h.new_tier = r[5].as<std::string>();
    h.matched_index = r[6].as<int>();
    h.metrics_json = r[7].as<std::string>();
    h.run_id = r[8].as<std::string>();
    h.change_time_us = r[9].as<int64_t>();
    out.push_back(h);
  }
  return out;
}

std::vector<std::string> TierRepository::TakeDirty(pqxx::transaction_base& tx, int limit) {
  std::vector<std::string> out;
  for (const auto& r : tx.exec_prepared(kTakeDirty.name, limit)) out.push_back(r[0].as<std::string>());
  return out;
}

void TierRepository::RefreshMetrics(pqxx::transaction_base& tx, const std::vector<std::string>& ids,
                                    const std::string& as_of) {
  tx.exec_prepared0(kRefreshIds.name, as_of, IdsJson(ids));
}

std::string TierRepository::RefreshMetricsRange(pqxx::transaction_base& tx, const std::string& after_id, int limit,
                                                const std::string& as_of) {
  auto r = tx.exec_prepared1(kRefreshRange.name, as_of, after_id.empty() ? kZeroUuid : after_id, limit);
  return r[0].is_null() ? "" : r[0].as<std::string>();
}

BatchResult TierRepository::ApplyBlocks(pqxx::transaction_base& tx, const TierPolicyRow& policy,
                                        const std::string& as_of, int from_block, int to_block,
                                        const std::string& run_id) {
  return Apply(tx, policy, as_of, "(" + std::to_string(from_block) + ",0)", "(" + std::to_string(to_block) + ",0)",
               run_id, false);
}

BatchResult TierRepository::ApplyIds(pqxx::transaction_base& tx, const TierPolicyRow& policy, const std::string& as_of,
                                     const std::vector<std::string>& ids) {
  return Apply(tx, policy, as_of, IdsJson(ids), "ids", "", true);
}

std::vector<TierTransition> TierRepository::Preview(pqxx::transaction_base& tx, const TierPolicyRow& policy,
                                                    const std::string& as_of) {
  auto definition = tr::Parse(nlohmann::json::parse(policy.definition_json));
  definition.tags.clear();  // the preview is about tiers; tag values are not parameters of it
  const auto compiled = tr::Compile(definition, 3, "b");
  const std::string name = "tier_preview_" + Compact(policy.id) + "_" + std::to_string(policy.etag);
  tx.conn().prepare(name, PreviewSql(compiled));
  std::vector<std::string> params{as_of, compiled.tier_codes_array};
  params.insert(params.end(), compiled.params.begin(), compiled.params.end());
  std::vector<TierTransition> out;
  for (const auto& r : tx.exec_prepared(name, pqxx::prepare::make_dynamic_params(params))) {
    TierTransition t;
    t.from = r[0].as<std::string>();
    t.to = r[1].as<std::string>();
    t.count = r[2].as<int64_t>();
    auto ids = nlohmann::json::parse(r[3].as<std::string>());
    auto names = nlohmann::json::parse(r[4].as<std::string>());
    for (size_t i = 0; i < ids.size() && i < names.size(); ++i)
      t.samples.emplace_back(ids[i].get<std::string>(), names[i].get<std::string>());
    out.push_back(t);
  }
  return out;
}

}  // namespace crm::storage

-- Client metrics (product.md section 1: AUM history, trades, cash flows) and
-- tiering (section 2): policies as versioned data, the tier history with the
-- metrics that decided each change, rule-based tags, an outbox of tier
-- changes for the task engine, resumable recompute runs, and a queue of
-- clients whose data changed so their tier follows at once.

CREATE TABLE aum_daily (
  customer_id  uuid NOT NULL REFERENCES customer(id),
  day          date NOT NULL,
  aum_minor    bigint NOT NULL,
  PRIMARY KEY (customer_id, day)
);

CREATE TABLE trade (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id       uuid NOT NULL REFERENCES customer(id),
  trade_time        timestamptz NOT NULL,
  product_code      text NOT NULL,
  side              text NOT NULL CHECK (side IN ('BUY','SELL')),
  amount_minor      bigint NOT NULL CHECK (amount_minor >= 0),
  commission_minor  bigint NOT NULL DEFAULT 0 CHECK (commission_minor >= 0),
  external_ref      text UNIQUE
);
CREATE INDEX trade_customer_idx ON trade (customer_id, trade_time DESC);

CREATE TABLE cash_flow (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id   uuid NOT NULL REFERENCES customer(id),
  flow_date     date NOT NULL,
  amount_minor  bigint NOT NULL,  -- positive in, negative out
  external_ref  text UNIQUE
);
CREATE INDEX cash_flow_customer_idx ON cash_flow (customer_id, flow_date);

-- Per-client metrics as of a day, refreshed set-based from the tables above
-- (daily, and at once for clients in tier_dirty). Days-since metrics are
-- computed at evaluation from the dates kept here.
CREATE TABLE customer_metrics (
  customer_id             uuid PRIMARY KEY REFERENCES customer(id),
  aum_minor               bigint NOT NULL DEFAULT 0,
  avg_aum_3m_minor        bigint NOT NULL DEFAULT 0,
  commission_12m_minor    bigint NOT NULL DEFAULT 0,
  trades_90d              integer NOT NULL DEFAULT 0,
  last_trade_date         date,
  net_cash_flow_3m_minor  bigint NOT NULL DEFAULT 0,
  last_interaction_date   date,
  as_of                   date NOT NULL,
  update_time             timestamptz NOT NULL DEFAULT now()
);

-- Clients whose data changed since their tier was last evaluated.
CREATE TABLE tier_dirty (
  customer_id  uuid PRIMARY KEY,
  since        timestamptz NOT NULL DEFAULT now()
);
-- Statement-level, over the transition table: a bulk load queues each client once.
CREATE FUNCTION tier_mark_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO tier_dirty (customer_id) SELECT DISTINCT customer_id FROM changed_rows ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER aum_daily_dirty_ins AFTER INSERT ON aum_daily REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tier_mark_dirty();
CREATE TRIGGER aum_daily_dirty_upd AFTER UPDATE ON aum_daily REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tier_mark_dirty();
CREATE TRIGGER trade_dirty AFTER INSERT ON trade REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tier_mark_dirty();
CREATE TRIGGER cash_flow_dirty AFTER INSERT ON cash_flow REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tier_mark_dirty();
CREATE TRIGGER holding_dirty_ins AFTER INSERT ON holding REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tier_mark_dirty();
CREATE TRIGGER holding_dirty_upd AFTER UPDATE ON holding REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tier_mark_dirty();
CREATE TRIGGER interaction_dirty AFTER INSERT ON interaction REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tier_mark_dirty();

-- definition: {"tiers": [{"code", "name", "condition", "contact_interval_days",
-- "review_interval_days"}], "tags": [{"code", "name", "condition"}]}; a
-- condition is {"all": [...]}, {"any": [...]} or {"metric", "op", "value"}.
CREATE TABLE tier_policy (
  id             uuid PRIMARY KEY,
  code           text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,40}$'),
  version        integer NOT NULL CHECK (version > 0),
  name           text NOT NULL,
  status         text NOT NULL CHECK (status IN ('DRAFT','ACTIVE','RETIRED')),
  definition     jsonb NOT NULL,
  etag           integer NOT NULL DEFAULT 1,
  created_by     uuid REFERENCES app_user(id),
  create_time    timestamptz NOT NULL DEFAULT now(),
  update_time    timestamptz NOT NULL DEFAULT now(),
  activate_time  timestamptz,
  activated_by   uuid REFERENCES app_user(id),
  UNIQUE (code, version)
);
-- The single active policy.
CREATE UNIQUE INDEX tier_policy_one_active ON tier_policy ((true)) WHERE status = 'ACTIVE';

CREATE TABLE tier_run (
  id                uuid PRIMARY KEY,
  policy_id         uuid NOT NULL REFERENCES tier_policy(id),
  kind              text NOT NULL CHECK (kind IN ('ACTIVATION','ON_DEMAND','SCHEDULED')),
  status            text NOT NULL CHECK (status IN ('RUNNING','DONE','FAILED')),
  as_of             date NOT NULL,
  total             integer NOT NULL DEFAULT 0,
  processed         integer NOT NULL DEFAULT 0,
  changed           integer NOT NULL DEFAULT 0,
  next_block        integer NOT NULL DEFAULT 0,  -- batches walk the client table block by block
  requested_by      uuid REFERENCES app_user(id),
  start_time        timestamptz NOT NULL DEFAULT now(),
  finish_time       timestamptz
);
CREATE INDEX tier_run_status_idx ON tier_run (status, start_time);

CREATE TABLE customer_tier_history (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id    uuid NOT NULL REFERENCES customer(id),
  policy_id      uuid NOT NULL REFERENCES tier_policy(id),
  old_tier       text,
  new_tier       text NOT NULL,
  matched_index  integer NOT NULL,
  metrics        jsonb NOT NULL,
  run_id         uuid,
  change_time    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_tier_history_idx ON customer_tier_history (customer_id, id DESC);
CREATE TRIGGER customer_tier_history_no_change BEFORE UPDATE OR DELETE ON customer_tier_history
  FOR EACH ROW EXECUTE FUNCTION suitability_append_only();

-- Durable tier-change events for the task engine ("upgraded to A: schedule
-- the A service level"), written in the transaction of the change.
CREATE TABLE tier_outbox (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id    uuid NOT NULL,
  event          text NOT NULL,
  payload        jsonb NOT NULL,
  create_time    timestamptz NOT NULL DEFAULT now(),
  consume_time   timestamptz
);
CREATE INDEX tier_outbox_pending_idx ON tier_outbox (id) WHERE consume_time IS NULL;

-- Manual tags (kept by users) and rule tags (kept by recompute); rules never
-- touch manual ones.
CREATE TABLE customer_tag (
  customer_id  uuid NOT NULL REFERENCES customer(id),
  tag          text NOT NULL CHECK (length(tag) BETWEEN 1 AND 60),
  source       text NOT NULL CHECK (source IN ('MANUAL','RULE')),
  create_time  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (customer_id, source, tag)
);
CREATE INDEX customer_tag_tag_idx ON customer_tag (tag, customer_id);

-- The tiering engine acts as 'SYSTEM': it reads every client and changes only
-- what recompute owns (tier, rule tags, history, metrics).
CREATE OR REPLACE FUNCTION crm_actor_sees(owner uuid, team uuid, branch uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT CASE current_setting('crm.actor_role', true)
    WHEN 'ACCOUNT_MANAGER' THEN owner::text = current_setting('crm.actor_id', true)
    WHEN 'TEAM_LEAD' THEN team::text = current_setting('crm.actor_team', true)
    WHEN 'BRANCH_MANAGER' THEN branch::text = current_setting('crm.actor_branch', true)
    WHEN 'COMPLIANCE_OFFICER' THEN true
    WHEN 'SYSTEM' THEN true
    ELSE false
  END
$$;
CREATE POLICY customer_system_update ON customer FOR UPDATE TO crm_app
  USING (current_setting('crm.actor_role', true) = 'SYSTEM')
  WITH CHECK (current_setting('crm.actor_role', true) = 'SYSTEM');

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['aum_daily','trade','cash_flow','customer_metrics','customer_tier_history','customer_tag'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO crm_app USING '
                   '(EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id))', t || '_read', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR INSERT TO crm_app WITH CHECK '
                   '(current_setting(''crm.actor_role'', true) IN (''ACCOUNT_MANAGER'',''TEAM_LEAD'',''BRANCH_MANAGER'',''SYSTEM'') '
                   'AND EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id))', t || '_insert', t);
  END LOOP;
END $$;
-- The engine sees and writes every client: its own permissive policies, so
-- the per-row client lookups above are skipped for it (policies are OR-ed).
CREATE POLICY customer_metrics_system ON customer_metrics FOR SELECT TO crm_app
  USING (current_setting('crm.actor_role', true) = 'SYSTEM');
CREATE POLICY customer_metrics_system_insert ON customer_metrics FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) = 'SYSTEM');
CREATE POLICY customer_tier_history_system ON customer_tier_history FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) = 'SYSTEM');
CREATE POLICY customer_tag_system ON customer_tag FOR SELECT TO crm_app
  USING (current_setting('crm.actor_role', true) = 'SYSTEM');
CREATE POLICY customer_tag_system_insert ON customer_tag FOR INSERT TO crm_app
  WITH CHECK (source = 'RULE' AND current_setting('crm.actor_role', true) = 'SYSTEM');
CREATE POLICY customer_metrics_update ON customer_metrics FOR UPDATE TO crm_app
  USING (current_setting('crm.actor_role', true) = 'SYSTEM');
CREATE POLICY customer_tag_delete ON customer_tag FOR DELETE TO crm_app
  USING ((source = 'RULE' AND current_setting('crm.actor_role', true) = 'SYSTEM')
         OR (source = 'MANUAL' AND current_setting('crm.actor_role', true) IN ('ACCOUNT_MANAGER','TEAM_LEAD','BRANCH_MANAGER')
             AND EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id)));

GRANT SELECT, INSERT ON aum_daily, trade, cash_flow, customer_tier_history, tier_outbox TO crm_app;
GRANT SELECT, INSERT, UPDATE ON customer_metrics, tier_policy, tier_run TO crm_app;
GRANT SELECT, INSERT, DELETE ON customer_tag TO crm_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON tier_dirty TO crm_app;  -- UPDATE for FOR UPDATE SKIP LOCKED
GRANT UPDATE (consume_time) ON tier_outbox TO crm_app;

-- The two reference policies of product.md section 2 (money in yuan, exact).
INSERT INTO tier_policy (id, code, version, name, status, definition, activate_time) VALUES
(gen_random_uuid(), 'brokerage', 1, '经纪业务客户分级 A/B/C/D', 'ACTIVE', $json$
{"tiers": [
  {"code": "D", "name": "休眠客户 Dormant", "contact_interval_days": 180, "review_interval_days": 365,
   "condition": {"metric": "days_since_last_trade", "op": ">=", "value": "90"}},
  {"code": "A", "name": "A 类核心客户", "contact_interval_days": 30, "review_interval_days": 90,
   "condition": {"any": [{"metric": "aum", "op": ">=", "value": "10000000.00"},
                         {"metric": "commission_12m", "op": ">=", "value": "50000.00"}]}},
  {"code": "B", "name": "B 类重要客户", "contact_interval_days": 60, "review_interval_days": 180,
   "condition": {"any": [{"metric": "aum", "op": ">=", "value": "5000000.00"},
                         {"metric": "commission_12m", "op": ">=", "value": "10000.00"}]}},
  {"code": "C", "name": "C 类普通客户", "contact_interval_days": 90, "review_interval_days": 365,
   "condition": {"all": []}}],
 "tags": [
  {"code": "high_frequency", "name": "高频交易 High-frequency trader",
   "condition": {"metric": "trades_90d", "op": ">=", "value": "60"}},
  {"code": "dormant", "name": "休眠 Dormant",
   "condition": {"metric": "days_since_last_trade", "op": ">=", "value": "90"}}]}
$json$::jsonb, now()),
(gen_random_uuid(), 'wealth', 1, '财富管理客户分层', 'DRAFT', $json$
{"tiers": [
  {"code": "UHNW", "name": "超高净值 Ultra-high-net-worth", "contact_interval_days": 14, "review_interval_days": 90,
   "condition": {"metric": "aum", "op": ">", "value": "30000000.00"}},
  {"code": "HNW", "name": "高净值 High-net-worth", "contact_interval_days": 30, "review_interval_days": 90,
   "condition": {"metric": "aum", "op": ">=", "value": "3000000.00"}},
  {"code": "AFFLUENT", "name": "富裕 Affluent", "contact_interval_days": 60, "review_interval_days": 180,
   "condition": {"metric": "aum", "op": ">=", "value": "1000000.00"}},
  {"code": "MASS", "name": "大众 Mass", "contact_interval_days": 180, "review_interval_days": 365,
   "condition": {"all": []}}],
 "tags": []}
$json$::jsonb, NULL);

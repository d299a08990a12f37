-- Ingest, second slice (issue 26, ADR 0017): trades and futures margin
-- snapshots by their natural keys, and the domain events the task engine
-- will consume.

ALTER TABLE ingest_batch DROP CONSTRAINT ingest_batch_kind_check;
ALTER TABLE ingest_batch ADD CONSTRAINT ingest_batch_kind_check
  CHECK (kind IN ('CASH_FLOWS','TRADES','MARGIN'));

-- Trades from the trading / clearing systems. Natural key: the exchange's
-- trade id on its trading day (exchange, trading_day, trade_ref): a file
-- resent a week later changes nothing. Rows loaded before carry NULLs.
ALTER TABLE trade
  ADD COLUMN source       text,
  ADD COLUMN exchange     text CHECK (exchange ~ '^[A-Z0-9]{2,8}$'),
  ADD COLUMN trading_day  date,
  ADD COLUMN trade_ref    text CHECK (trade_ref ~ '^[A-Za-z0-9._:/-]{1,64}$'),
  ADD COLUMN quantity     bigint CHECK (quantity > 0 AND quantity <= 1000000000000),
  ADD COLUMN currency     text NOT NULL DEFAULT 'CNY' CHECK (currency ~ '^[A-Z]{3}$'),
  ADD COLUMN batch_id     bigint REFERENCES ingest_batch(id);
CREATE UNIQUE INDEX trade_natural_key ON trade (exchange, trading_day, trade_ref) WHERE trade_ref IS NOT NULL;

-- Futures accounts' margin snapshots, in the fields CTP's trading-account
-- record (CThostFtdcTradingAccountField) carries. Natural key: the account
-- (or the client, when no account is named), the trading day and the
-- snapshot's time: the clearing system may send several a day.
-- margin_ratio_bp = balance / margin in use, in basis points (NULL when no
-- margin is in use).
CREATE TABLE futures_margin (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id           uuid NOT NULL REFERENCES customer(id),
  account_key           text NOT NULL,  -- the account number's blind index, or '' for the client as a whole
  account_mask          text NOT NULL,
  trading_day           date NOT NULL,
  snapshot_time         time NOT NULL,
  source                text NOT NULL,
  currency              text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  pre_balance_minor     bigint NOT NULL CHECK (abs(pre_balance_minor) <= 1000000000000000),
  balance_minor         bigint NOT NULL CHECK (abs(balance_minor) <= 1000000000000000),
  available_minor       bigint NOT NULL CHECK (abs(available_minor) <= 1000000000000000),
  curr_margin_minor     bigint NOT NULL CHECK (curr_margin_minor BETWEEN 0 AND 1000000000000000),
  frozen_margin_minor   bigint NOT NULL CHECK (frozen_margin_minor BETWEEN 0 AND 1000000000000000),
  close_profit_minor    bigint NOT NULL CHECK (abs(close_profit_minor) <= 1000000000000000),
  position_profit_minor bigint NOT NULL CHECK (abs(position_profit_minor) <= 1000000000000000),
  commission_minor      bigint NOT NULL CHECK (commission_minor BETWEEN 0 AND 1000000000000000),
  margin_ratio_bp       integer,
  batch_id              bigint NOT NULL REFERENCES ingest_batch(id),
  UNIQUE (customer_id, account_key, trading_day, snapshot_time)
);
CREATE INDEX futures_margin_latest_idx ON futures_margin (customer_id, account_key, trading_day DESC, snapshot_time DESC);
ALTER TABLE futures_margin ENABLE ROW LEVEL SECURITY;
CREATE POLICY futures_margin_read ON futures_margin FOR SELECT TO crm_app
  USING (EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));
CREATE POLICY futures_margin_insert ON futures_margin FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) = 'SYSTEM');

-- Thresholds of the events ingest raises, as data (an admin changes them
-- with SQL until the settings screen exists; the task engine will read
-- them too).
CREATE TABLE ingest_threshold (
  code        text PRIMARY KEY,
  value       bigint NOT NULL,
  description text NOT NULL
);
INSERT INTO ingest_threshold (code, value, description) VALUES
  ('MARGIN_RATIO_ALERT_BP', 10000, 'futures margin ratio (balance / margin in use) below this, in basis points: a margin-call alert'),
  ('DRAWDOWN_ACCOUNT_PCT', 20, 'account value down this many percent from its 3-month high: a risk communication'),
  ('DRAWDOWN_FUND_PCT', 10, 'a fund''s NAV down this many percent from its 3-month high: a risk communication'),
  ('MATURITY_NOTICE_DAYS', 7, 'a product maturing within this many days: a reminder');

-- Domain events for the task engine (issue 28): durable, ordered per client.
-- A producer takes the client's next sequence number by updating its row in
-- domain_event_client, which it holds locked until it commits: a second
-- producer for the same client waits, so a client's events become visible in
-- sequence order and none commits "behind" one already seen. A consumer
-- claims unhandled events whose client has no earlier unhandled one, with
-- FOR UPDATE SKIP LOCKED, and marks them handled in its own transaction.
-- Nothing is found by a high-water mark, so an event committed late (a
-- long batch) is never skipped. dedupe_key makes a producer's retry a no-op.
CREATE TABLE domain_event_client (
  customer_id  uuid PRIMARY KEY REFERENCES customer(id),
  last_seq     bigint NOT NULL
);
CREATE TABLE domain_event (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id    uuid NOT NULL REFERENCES customer(id),
  client_seq     bigint NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('LARGE_VALUE','MARGIN_RATIO_LOW','DRAWDOWN','PRODUCT_MATURING')),
  dedupe_key     text NOT NULL UNIQUE,
  business_date  date NOT NULL,
  payload        jsonb NOT NULL,
  create_time    timestamptz NOT NULL DEFAULT now(),
  handled_time   timestamptz,
  handled_by     text,
  UNIQUE (customer_id, client_seq)
);
CREATE INDEX domain_event_pending_idx ON domain_event (id) WHERE handled_time IS NULL;
CREATE INDEX domain_event_client_pending_idx ON domain_event (customer_id, client_seq) WHERE handled_time IS NULL;
ALTER TABLE domain_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY domain_event_system ON domain_event FOR ALL TO crm_app
  USING (current_setting('crm.actor_role', true) = 'SYSTEM')
  WITH CHECK (current_setting('crm.actor_role', true) = 'SYSTEM');
ALTER TABLE domain_event_client ENABLE ROW LEVEL SECURITY;
CREATE POLICY domain_event_client_system ON domain_event_client FOR ALL TO crm_app
  USING (current_setting('crm.actor_role', true) = 'SYSTEM')
  WITH CHECK (current_setting('crm.actor_role', true) = 'SYSTEM');

GRANT SELECT, INSERT ON futures_margin TO crm_app;
GRANT SELECT ON ingest_threshold TO crm_app;
GRANT SELECT, INSERT, UPDATE ON domain_event, domain_event_client TO crm_app;

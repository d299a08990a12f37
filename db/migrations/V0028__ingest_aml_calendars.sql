-- Ingest from the firm's trading and clearing systems, large-value
-- transaction reports (anti-money-laundering, regulatory.md section 2) and
-- calendars (issue 26, ADR 0017).

-- Calendars an administrator loads (`crm-admin calendar load`): WORKING (the
-- firm's working days: deadlines, SLAs) and TRADING (the exchanges' days).
-- Weekends are off unless a day says otherwise; a year counts as known only
-- once it is loaded (calendar_year), so a deadline in an unloaded year is
-- marked an estimate rather than silently guessed.
CREATE TABLE calendar_year (
  calendar   text NOT NULL CHECK (calendar IN ('WORKING','TRADING')),
  year       integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  version    integer NOT NULL DEFAULT 1,
  source     text NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
  loaded_by  text NOT NULL,
  load_time  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (calendar, year)
);
CREATE TABLE calendar_day (
  calendar  text NOT NULL,
  day       date NOT NULL,
  is_open   boolean NOT NULL,  -- false: a holiday; true: a make-up working day on a weekend
  note      text NOT NULL DEFAULT '' CHECK (length(note) <= 100),
  PRIMARY KEY (calendar, day),
  FOREIGN KEY (calendar, year) REFERENCES calendar_year (calendar, year) ON DELETE CASCADE,
  year      integer NOT NULL GENERATED ALWAYS AS (extract(year FROM day)::integer) STORED
);

-- Systems that call the ingest methods (`crm-admin integration create`): a
-- client certificate for mutual TLS, known by its SHA-256 fingerprint. A
-- revoked account is refused at its next call.
CREATE TABLE integration_account (
  id                  uuid PRIMARY KEY,
  name                text NOT NULL UNIQUE CHECK (name ~ '^[a-z][a-z0-9_-]{1,39}$'),
  scopes              text[] NOT NULL CHECK (scopes <@ ARRAY['ingest']),
  cert_sha256         text NOT NULL UNIQUE CHECK (cert_sha256 ~ '^[0-9a-f]{64}$'),
  cert_not_after      timestamptz NOT NULL,
  create_time         timestamptz NOT NULL DEFAULT now(),
  created_by          text NOT NULL,
  revoke_time         timestamptz,
  revoked_by          text
);

-- One row per accepted batch: what came, from whom, and how it ended.
CREATE TABLE ingest_batch (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind            text NOT NULL CHECK (kind IN ('CASH_FLOWS')),
  source          text NOT NULL CHECK (source ~ '^[A-Za-z0-9._-]{1,40}$'),
  business_date   date NOT NULL,
  account         text NOT NULL,  -- the integration account, or the admin's name for a CLI import
  row_count       integer NOT NULL,
  accepted        integer NOT NULL,
  unchanged       integer NOT NULL,
  receive_time    timestamptz NOT NULL DEFAULT now()
);

-- Cash flows from the clearing system now carry what anti-money-laundering
-- needs. Rows loaded before carry NULLs there and are not screened.
-- Natural key: (source, flow_date, flow_ref): a resent file changes nothing.
ALTER TABLE cash_flow
  ADD COLUMN source        text,
  ADD COLUMN flow_ref      text CHECK (flow_ref ~ '^[A-Za-z0-9._:/-]{1,64}$'),
  ADD COLUMN flow_type     text CHECK (flow_type IN ('CASH_DEPOSIT','CASH_WITHDRAWAL','TRANSFER_IN','TRANSFER_OUT')),
  ADD COLUMN counterparty  text CHECK (counterparty IN ('NONE','NATURAL','NON_NATURAL')),
  ADD COLUMN cross_border  boolean,
  ADD COLUMN currency      text CHECK (currency ~ '^[A-Z]{3}$'),
  ADD COLUMN batch_id      bigint REFERENCES ingest_batch(id);
CREATE UNIQUE INDEX cash_flow_natural_key ON cash_flow (source, flow_date, flow_ref) WHERE source IS NOT NULL;
CREATE INDEX cash_flow_screen_idx ON cash_flow (customer_id, flow_date) WHERE flow_type IS NOT NULL;

-- Large-value rules as data (PBoC Order 2016 No. 3). A flow matches a rule
-- when each condition the rule sets holds: the channel (cash or transfer),
-- the client's kind, cross-border, and whether either party is a natural
-- person. A client's same-day total per rule, inflows and outflows apart,
-- at or over the threshold gives a report; a flow matching two rules is in
-- two reports.
CREATE TABLE aml_rule (
  code             text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  channel          text NOT NULL CHECK (channel IN ('CASH','TRANSFER')),
  client_kind      text CHECK (client_kind IN ('INDIVIDUAL','INSTITUTION')),
  cross_border     boolean,
  natural_party    boolean,
  currency         text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  threshold_minor  bigint NOT NULL CHECK (threshold_minor BETWEEN 1 AND 1000000000000000),
  due_working_days integer NOT NULL DEFAULT 5 CHECK (due_working_days BETWEEN 1 AND 30),
  active           boolean NOT NULL DEFAULT true,
  description      text NOT NULL
);
INSERT INTO aml_rule (code, channel, client_kind, cross_border, natural_party, currency, threshold_minor, description) VALUES
('CASH_CNY',                 'CASH',     NULL,          NULL,  NULL, 'CNY',    5000000, 'Cash deposit or withdrawal, CNY 50,000'),
('CASH_USD',                 'CASH',     NULL,          NULL,  NULL, 'USD',    1000000, 'Cash deposit or withdrawal, USD 10,000'),
('NON_NATURAL_CNY',          'TRANSFER', 'INSTITUTION', NULL,  NULL, 'CNY',  200000000, 'Non-natural-person client transfer, CNY 2,000,000'),
('NON_NATURAL_USD',          'TRANSFER', 'INSTITUTION', NULL,  NULL, 'USD',   20000000, 'Non-natural-person client transfer, USD 200,000'),
('NATURAL_DOMESTIC_CNY',     'TRANSFER', 'INDIVIDUAL',  false, NULL, 'CNY',   50000000, 'Natural-person client domestic transfer, CNY 500,000'),
('NATURAL_DOMESTIC_USD',     'TRANSFER', 'INDIVIDUAL',  false, NULL, 'USD',   10000000, 'Natural-person client domestic transfer, USD 100,000'),
('NATURAL_CROSS_BORDER_CNY', 'TRANSFER', NULL,          true,  true, 'CNY',   20000000, 'Cross-border transfer with a natural person, CNY 200,000'),
('NATURAL_CROSS_BORDER_USD', 'TRANSFER', NULL,          true,  true, 'USD',    1000000, 'Cross-border transfer with a natural person, USD 10,000');

-- A large-value report to be filed: one per rule, client, day and direction
-- (a later flow the same day joins the open report; once it is filed or
-- dismissed, later flows go into a supplementary report, seq 2, 3, ...).
-- total_minor and flow_count are of the report's own flows. Due a number of
-- working days after the day, by the WORKING calendar; due_estimated when
-- that calendar's year was not loaded.
CREATE TABLE aml_report (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  rule_code       text NOT NULL REFERENCES aml_rule(code),
  customer_id     uuid NOT NULL REFERENCES customer(id),
  day             date NOT NULL,
  direction       text NOT NULL CHECK (direction IN ('IN','OUT')),
  currency        text NOT NULL,
  total_minor     bigint NOT NULL CHECK (total_minor BETWEEN 0 AND 1000000000000000),
  flow_count      integer NOT NULL,
  due_date        date NOT NULL,
  due_estimated   boolean NOT NULL DEFAULT false,
  status          text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','FILED','DISMISSED')),
  assignee        uuid REFERENCES app_user(id),
  close_reason    text NOT NULL DEFAULT '' CHECK (length(close_reason) <= 500),
  closed_by       uuid REFERENCES app_user(id),
  close_time      timestamptz,
  create_time     timestamptz NOT NULL DEFAULT now(),
  update_time     timestamptz NOT NULL DEFAULT now(),
  version         integer NOT NULL DEFAULT 1,
  seq             integer NOT NULL DEFAULT 1 CHECK (seq >= 1),
  UNIQUE (rule_code, customer_id, day, direction, seq)
);
-- At most one open report per rule, client, day and direction.
CREATE UNIQUE INDEX aml_report_one_open ON aml_report (rule_code, customer_id, day, direction) WHERE status = 'OPEN';
CREATE INDEX aml_report_open_idx ON aml_report (due_date, id) WHERE status = 'OPEN';
CREATE TABLE aml_report_flow (
  report_id  bigint NOT NULL REFERENCES aml_report(id),
  flow_id    bigint NOT NULL REFERENCES cash_flow(id),
  PRIMARY KEY (report_id, flow_id)
);

ALTER TABLE aml_report ENABLE ROW LEVEL SECURITY;
-- Compliance reads and works every report; the ingest (SYSTEM) writes them.
CREATE POLICY aml_report_read ON aml_report FOR SELECT TO crm_app
  USING (current_setting('crm.actor_role', true) IN ('COMPLIANCE_OFFICER','SYSTEM'));
CREATE POLICY aml_report_insert ON aml_report FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) = 'SYSTEM');
CREATE POLICY aml_report_update ON aml_report FOR UPDATE TO crm_app
  USING (current_setting('crm.actor_role', true) IN ('COMPLIANCE_OFFICER','SYSTEM'));

ALTER TABLE aml_report_flow ENABLE ROW LEVEL SECURITY;
CREATE POLICY aml_report_flow_read ON aml_report_flow FOR SELECT TO crm_app
  USING (current_setting('crm.actor_role', true) IN ('COMPLIANCE_OFFICER','SYSTEM'));
CREATE POLICY aml_report_flow_insert ON aml_report_flow FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) = 'SYSTEM');

CREATE POLICY cash_flow_system_read ON cash_flow FOR SELECT TO crm_app
  USING (current_setting('crm.actor_role', true) = 'SYSTEM');

GRANT SELECT ON calendar_year, calendar_day, aml_rule TO crm_app;
GRANT SELECT ON integration_account TO crm_app;
GRANT SELECT, INSERT ON ingest_batch, aml_report_flow TO crm_app;
GRANT SELECT, INSERT, UPDATE ON aml_report TO crm_app;

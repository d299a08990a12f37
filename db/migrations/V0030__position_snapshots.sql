-- Ingest, third slice (issue 26, ADR 0017): positions and cash balances as
-- client streams. holding and cash_balance keep each client's latest
-- snapshot; what each client's snapshot of a day was is kept here as a
-- digest, so a file resent any time later changes nothing and says so, and
-- an older snapshot never overwrites a newer one.

ALTER TABLE ingest_batch DROP CONSTRAINT ingest_batch_kind_check;
ALTER TABLE ingest_batch ADD CONSTRAINT ingest_batch_kind_check
  CHECK (kind IN ('CASH_FLOWS','TRADES','MARGIN','POSITIONS','CASH_BALANCES'));

CREATE TABLE position_snapshot (
  customer_id  uuid NOT NULL REFERENCES customer(id),
  kind         text NOT NULL CHECK (kind IN ('POSITIONS','CASH')),
  as_of        date NOT NULL,
  digest       text NOT NULL,  -- SHA-256 of the client's rows of that day, sorted
  row_count    integer NOT NULL,
  batch_id     bigint NOT NULL REFERENCES ingest_batch(id),
  PRIMARY KEY (customer_id, kind, as_of)
);
ALTER TABLE position_snapshot ENABLE ROW LEVEL SECURITY;
CREATE POLICY position_snapshot_system ON position_snapshot FOR ALL TO crm_app
  USING (current_setting('crm.actor_role', true) = 'SYSTEM')
  WITH CHECK (current_setting('crm.actor_role', true) = 'SYSTEM');

-- The ingest (acting as SYSTEM) writes holdings, cash balances and the day's AUM.
CREATE POLICY holding_system_insert ON holding FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) = 'SYSTEM');
CREATE POLICY holding_system_update ON holding FOR UPDATE TO crm_app
  USING (current_setting('crm.actor_role', true) = 'SYSTEM');
CREATE POLICY holding_system_read ON holding FOR SELECT TO crm_app
  USING (current_setting('crm.actor_role', true) = 'SYSTEM');
CREATE POLICY cash_balance_system_insert ON cash_balance FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) = 'SYSTEM');
CREATE POLICY cash_balance_system_update ON cash_balance FOR UPDATE TO crm_app
  USING (current_setting('crm.actor_role', true) = 'SYSTEM');
CREATE POLICY cash_balance_system_read ON cash_balance FOR SELECT TO crm_app
  USING (current_setting('crm.actor_role', true) = 'SYSTEM');

CREATE POLICY aum_daily_system_update ON aum_daily FOR UPDATE TO crm_app
  USING (current_setting('crm.actor_role', true) = 'SYSTEM')
  WITH CHECK (current_setting('crm.actor_role', true) = 'SYSTEM');

GRANT SELECT, INSERT, UPDATE ON position_snapshot TO crm_app;
GRANT INSERT, UPDATE ON cash_balance TO crm_app;
GRANT UPDATE ON aum_daily TO crm_app;

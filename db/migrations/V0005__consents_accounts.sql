-- Consents per purpose and channel (PIPL; regulatory.md section 3), kept as
-- an insert-only history whose latest row per purpose and channel is in
-- force; and the client's linked accounts, numbers encrypted like other C2 data.

CREATE TABLE customer_consent (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id  uuid NOT NULL REFERENCES customer(id),
  purpose      text NOT NULL CHECK (purpose IN ('MARKETING','DATA_SHARING')),
  channel      text NOT NULL CHECK (channel IN ('SMS','EMAIL','PHONE','WECHAT','ALL')),
  granted      boolean NOT NULL,
  method       text NOT NULL CHECK (length(method) BETWEEN 1 AND 200),
  recorded_by  uuid NOT NULL REFERENCES app_user(id),
  record_time  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX customer_consent_idx ON customer_consent (customer_id, purpose, channel, id DESC);
CREATE TRIGGER customer_consent_no_change BEFORE UPDATE OR DELETE ON customer_consent
  FOR EACH ROW EXECUTE FUNCTION interaction_append_only();

CREATE TABLE customer_account (
  id            uuid PRIMARY KEY,
  customer_id   uuid NOT NULL REFERENCES customer(id),
  kind          text NOT NULL CHECK (kind IN ('SECURITIES','MARGIN','FUTURES','FUND','BANK')),
  number_enc    bytea NOT NULL,
  number_bidx   text NOT NULL,
  number_mask   text NOT NULL,
  open_date     date,
  status        text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','FROZEN','CLOSED')),
  create_time   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind, number_bidx)
);
CREATE INDEX customer_account_customer_idx ON customer_account (customer_id);
CREATE INDEX customer_account_bidx_idx ON customer_account (number_bidx);

ALTER TABLE customer_consent ENABLE ROW LEVEL SECURITY;
CREATE POLICY consent_read ON customer_consent FOR SELECT TO crm_app
  USING (EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));
CREATE POLICY consent_insert ON customer_consent FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) IN ('ACCOUNT_MANAGER','TEAM_LEAD','BRANCH_MANAGER')
              AND EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));
ALTER TABLE customer_account ENABLE ROW LEVEL SECURITY;
CREATE POLICY account_read ON customer_account FOR SELECT TO crm_app
  USING (EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));
CREATE POLICY account_insert ON customer_account FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) IN ('ACCOUNT_MANAGER','TEAM_LEAD','BRANCH_MANAGER')
              AND EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));

GRANT SELECT, INSERT ON customer_consent, customer_account TO crm_app;

-- Clients (product.md section 1), with personal data encrypted by the server
-- (AES-256-GCM; *_enc columns) and exact-match blind indexes (*_bidx), and
-- row-level security that enforces the caller's scope a second time.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE customer (
  id               uuid PRIMARY KEY,
  request_id       text UNIQUE,
  kind             text NOT NULL CHECK (kind IN ('INDIVIDUAL','INSTITUTION')),
  name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  gender           text NOT NULL DEFAULT '' CHECK (gender IN ('', 'M', 'F')),
  birth_date       date,
  id_type          text CHECK (id_type IN ('PRC_ID_CARD','PASSPORT','HK_MACAO_PERMIT','TAIWAN_PERMIT','BUSINESS_LICENSE')),
  id_number_enc    bytea,
  id_number_bidx   text,
  id_number_mask   text NOT NULL DEFAULT '',
  phone_enc        bytea,
  phone_bidx       text,
  phone_mask       text NOT NULL DEFAULT '',
  email_enc        bytea,
  email_mask       text NOT NULL DEFAULT '',
  address_enc      bytea,
  district         text NOT NULL DEFAULT '',
  occupation       text NOT NULL DEFAULT '',
  employer         text NOT NULL DEFAULT '',
  source           text NOT NULL DEFAULT '',
  status           text NOT NULL DEFAULT 'PROSPECT' CHECK (status IN ('PROSPECT','ACTIVE','DORMANT','CLOSED')),
  risk_level       text CHECK (risk_level IN ('C1_LOWEST','C1','C2','C3','C4','C5')),
  tier             text,
  owner_user_id    uuid NOT NULL REFERENCES app_user(id),
  team_id          uuid REFERENCES team(id),
  branch_id        uuid REFERENCES branch(id),
  version          integer NOT NULL DEFAULT 1,
  create_time      timestamptz NOT NULL DEFAULT now(),
  update_time      timestamptz NOT NULL DEFAULT now(),
  archive_time     timestamptz
);
CREATE INDEX customer_owner_idx ON customer (owner_user_id, name, id);
CREATE INDEX customer_team_idx ON customer (team_id, name, id);
CREATE INDEX customer_branch_idx ON customer (branch_id, name, id);
CREATE INDEX customer_name_idx ON customer (name, id);
CREATE INDEX customer_name_trgm_idx ON customer USING gin (name gin_trgm_ops);
CREATE INDEX customer_id_number_bidx_idx ON customer (id_number_bidx);
CREATE INDEX customer_phone_bidx_idx ON customer (phone_bidx);

-- Who is acting, set per transaction by the server (SET LOCAL through
-- set_config(..., true)): crm.actor_id, crm.actor_role, crm.actor_team,
-- crm.actor_branch. Unset means nobody: no rows.
CREATE FUNCTION crm_actor_sees(owner uuid, team uuid, branch uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT CASE current_setting('crm.actor_role', true)
    WHEN 'ACCOUNT_MANAGER' THEN owner::text = current_setting('crm.actor_id', true)
    WHEN 'TEAM_LEAD' THEN team::text = current_setting('crm.actor_team', true)
    WHEN 'BRANCH_MANAGER' THEN branch::text = current_setting('crm.actor_branch', true)
    WHEN 'COMPLIANCE_OFFICER' THEN true
    ELSE false
  END
$$;
CREATE FUNCTION crm_actor_writes(owner uuid, team uuid, branch uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT current_setting('crm.actor_role', true) IN ('ACCOUNT_MANAGER','TEAM_LEAD','BRANCH_MANAGER')
     AND crm_actor_sees(owner, team, branch)
$$;

ALTER TABLE customer ENABLE ROW LEVEL SECURITY;
CREATE POLICY customer_read ON customer FOR SELECT TO crm_app
  USING (crm_actor_sees(owner_user_id, team_id, branch_id));
CREATE POLICY customer_insert ON customer FOR INSERT TO crm_app
  WITH CHECK (crm_actor_writes(owner_user_id, team_id, branch_id));
CREATE POLICY customer_update ON customer FOR UPDATE TO crm_app
  USING (crm_actor_writes(owner_user_id, team_id, branch_id))
  WITH CHECK (crm_actor_writes(owner_user_id, team_id, branch_id));

GRANT SELECT, INSERT, UPDATE ON customer TO crm_app;

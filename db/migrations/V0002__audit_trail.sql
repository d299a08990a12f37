-- The tamper-evident audit trail (docs/adr/0005-audit-chain.md).
--
-- * audit_pending: every event is first inserted here, in the same
--   transaction as the change it records (no lock, no ordering cost).
-- * audit_event: the sealed chain, monthly partitions on event_time. A single
--   sealer moves committed pending events here in order, giving each its
--   chain sequence, prev_hash and hash = SHA-256(prev_hash || canonical
--   encoding), and mac = HMAC-SHA256 of (seq, hash) under a key kept outside
--   the database.
-- * audit_head: the chain head (last seq and hash).
-- * audit_checkpoint: the head signed every N events or T seconds, so a
--   dropped tail or a rewritten chain is detected.
-- * The application role crm_app may only INSERT pending events and SELECT
--   the trail; triggers reject UPDATE, DELETE and TRUNCATE even for the owner
--   (the sealer alone may delete a pending row it has sealed).

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crm_app') THEN
    CREATE ROLE crm_app NOLOGIN;
  END IF;
END $$;
-- The login the server uses may switch to crm_app for every request.
DO $$
BEGIN
  EXECUTE format('GRANT crm_app TO %I', current_user);
EXCEPTION WHEN others THEN
  NULL;  -- superusers need no membership
END $$;

CREATE TABLE audit_pending (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_time     timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_user_id  uuid,
  actor_username text,
  actor_role     text,
  session_id     uuid,
  client_address text,
  request_id     text,
  action         text NOT NULL CHECK (action ~ '^[a-z_]+(\.[a-z_]+)+$'),
  target_type    text,
  target_id      text,
  reason         text,
  outcome        text NOT NULL CHECK (outcome IN ('ok','denied','error')),
  details        json NOT NULL DEFAULT '{}'::json
);

CREATE TABLE audit_event (
  seq            bigint NOT NULL,
  event_time     timestamptz NOT NULL,
  actor_user_id  uuid,
  actor_username text,
  actor_role     text,
  session_id     uuid,
  client_address text,
  request_id     text,
  action         text NOT NULL CHECK (action ~ '^[a-z_]+(\.[a-z_]+)+$'),
  target_type    text,
  target_id      text,
  reason         text,
  outcome        text NOT NULL CHECK (outcome IN ('ok','denied','error')),
  -- json, not jsonb: the text is kept exactly as hashed (canonical JSON).
  details        json NOT NULL DEFAULT '{}'::json,
  prev_hash      bytea NOT NULL CHECK (length(prev_hash) = 32),
  hash           bytea NOT NULL CHECK (length(hash) = 32),
  mac_key_id     text NOT NULL,
  mac            bytea NOT NULL,
  PRIMARY KEY (seq, event_time)
) PARTITION BY RANGE (event_time);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_user_id, seq);
CREATE INDEX audit_event_action_idx ON audit_event (action, seq);
CREATE INDEX audit_event_target_idx ON audit_event (target_type, target_id, seq);

CREATE TABLE audit_head (
  id        integer PRIMARY KEY CHECK (id = 1),
  last_seq  bigint NOT NULL,
  last_hash bytea NOT NULL
);
INSERT INTO audit_head VALUES (1, 0, '\x0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit_checkpoint (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  seq         bigint NOT NULL,
  hash        bytea NOT NULL,
  create_time timestamptz NOT NULL,
  mac_key_id  text NOT NULL,
  mac         bytea NOT NULL
);
CREATE INDEX audit_checkpoint_seq_idx ON audit_checkpoint (seq);

-- Monthly partitions named audit_event_yYYYYmMM. Created ahead of time by the
-- server (at start and daily); SECURITY DEFINER so crm_app can call it
-- without the right to create tables itself.
CREATE FUNCTION audit_ensure_partitions(months_ahead integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  m date := date_trunc('month', now() AT TIME ZONE 'UTC')::date;
  made integer := 0;
  name text;
BEGIN
  FOR i IN 0..months_ahead LOOP
    name := format('audit_event_y%sm%s', to_char(m, 'YYYY'), to_char(m, 'MM'));
    IF to_regclass(name) IS NULL THEN
      EXECUTE format('CREATE TABLE %I PARTITION OF audit_event FOR VALUES FROM (%L) TO (%L)',
                     name, (m::timestamp AT TIME ZONE 'UTC'), ((m + interval '1 month')::timestamp AT TIME ZONE 'UTC'));
      made := made + 1;
    END IF;
    m := (m + interval '1 month')::date;
  END LOOP;
  RETURN made;
END $$;
SELECT audit_ensure_partitions(3);

CREATE FUNCTION audit_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only (% on % rejected)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
CREATE FUNCTION audit_pending_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('crm.audit_sealer', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'pending audit events are append-only (% rejected)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_pending_guard BEFORE UPDATE OR DELETE ON audit_pending
  FOR EACH ROW EXECUTE FUNCTION audit_pending_guard();
CREATE TRIGGER audit_pending_no_truncate BEFORE TRUNCATE ON audit_pending
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE OR DELETE ON audit_checkpoint
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
-- The head only moves forward.
CREATE FUNCTION audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' OR NEW.last_seq < OLD.last_seq THEN
    RAISE EXCEPTION 'the audit chain head only moves forward' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_head_guard BEFORE UPDATE OR DELETE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();

-- Every event, sealed or still pending (pending ones have no seq yet).
CREATE VIEW audit_trail AS
  SELECT seq, event_time, actor_user_id, actor_username, actor_role, session_id, client_address, request_id,
         action, target_type, target_id, reason, outcome, details
  FROM audit_event
  UNION ALL
  SELECT NULL::bigint, event_time, actor_user_id, actor_username, actor_role, session_id, client_address,
         request_id, action, target_type, target_id, reason, outcome, details
  FROM audit_pending;

-- What the application role may do: append pending events, read the trail.
GRANT USAGE ON SCHEMA public TO crm_app;
GRANT INSERT ON audit_pending TO crm_app;
GRANT SELECT (id) ON audit_pending TO crm_app;  -- for INSERT ... RETURNING id
GRANT SELECT ON audit_event, audit_checkpoint, audit_head, audit_trail TO crm_app;
GRANT EXECUTE ON FUNCTION audit_ensure_partitions(integer) TO crm_app;
GRANT SELECT, INSERT, UPDATE ON branch, team, app_user, user_session, login_throttle TO crm_app;
GRANT DELETE ON login_throttle TO crm_app;
GRANT SELECT, INSERT ON password_history TO crm_app;
GRANT SELECT ON schema_migration TO crm_app;

-- Partitions detached by `crm-admin audit archive` (after an export): the
-- verifier starts the remaining chain from the last archived hash.
CREATE TABLE audit_archive (
  partition_name text PRIMARY KEY,
  first_seq      bigint NOT NULL,
  last_seq       bigint NOT NULL,
  last_hash      bytea NOT NULL,
  event_count    bigint NOT NULL,
  file_sha256    text NOT NULL,
  archive_time   timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER audit_archive_no_update BEFORE UPDATE OR DELETE ON audit_archive
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
GRANT SELECT ON audit_archive TO crm_app;

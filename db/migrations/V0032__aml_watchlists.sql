-- PEP and sanctions watch lists and the cases their hits open (issue 26,
-- regulatory.md section 2, ADR 0017). A list is loaded whole as a new
-- version by `crm-admin aml list load`; the newest version of each list is
-- the one clients are screened against: at creation, on a name change and
-- when a new version is loaded. A hit opens a case for compliance, never an
-- automatic block; one case per client, list entry and matched name ever (a
-- hit cleared as a false positive is not raised again by a reload or a new
-- variant mapping).

-- Name variants as data (`crm-admin aml variants load`): single characters
-- read as another (traditional -> simplified; a firm's own mapping), kept
-- as the two strings translate() takes. One row.
CREATE TABLE aml_name_variants (
  id          boolean PRIMARY KEY DEFAULT true CHECK (id),
  from_chars  text NOT NULL DEFAULT '',
  to_chars    text NOT NULL DEFAULT '',
  pairs       integer NOT NULL DEFAULT 0,
  version     integer NOT NULL DEFAULT 0,
  source      text NOT NULL DEFAULT '',
  loaded_by   text NOT NULL DEFAULT '',
  load_time   timestamptz NOT NULL DEFAULT now(),
  CHECK (char_length(from_chars) = char_length(to_chars) AND char_length(from_chars) = pairs)
);
INSERT INTO aml_name_variants DEFAULT VALUES;

-- The key two names are compared by: Unicode NFKC (full-width letters,
-- digits and the ideographic space read as their half-width forms), the
-- variant mapping, lower case, and no spaces or punctuation (the middle dot
-- of a transliterated name included).
CREATE FUNCTION aml_name_key(name text, from_chars text, to_chars text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN regexp_replace(lower(translate(normalize(name, NFKC), from_chars, to_chars)),
                        '[[:space:][:punct:]·・‧•]+', '', 'g');

CREATE TABLE watchlist_version (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  list_kind   text NOT NULL CHECK (list_kind IN ('PEP','SANCTIONS')),
  version     integer NOT NULL,
  source      text NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
  sha256      text NOT NULL,
  entries     integer NOT NULL,
  is_current  boolean NOT NULL DEFAULT true,
  loaded_by   text NOT NULL,
  load_time   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (list_kind, version)
);
CREATE UNIQUE INDEX watchlist_version_current ON watchlist_version (list_kind) WHERE is_current;

CREATE TABLE watchlist_entry (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version_id  bigint NOT NULL REFERENCES watchlist_version(id),
  entry_ref   text NOT NULL CHECK (length(entry_ref) BETWEEN 1 AND 100),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  aliases     text[] NOT NULL DEFAULT '{}',
  category    text NOT NULL DEFAULT '' CHECK (length(category) <= 100),
  country     text NOT NULL DEFAULT '' CHECK (length(country) <= 100),
  UNIQUE (version_id, entry_ref)
);
-- Every name of an entry (its name and each alias) by its key.
CREATE TABLE watchlist_name (
  entry_id    bigint NOT NULL REFERENCES watchlist_entry(id),
  name        text NOT NULL,
  name_key    text NOT NULL,
  PRIMARY KEY (entry_id, name)
);
CREATE INDEX watchlist_name_key_idx ON watchlist_name (name_key);

CREATE TABLE aml_case (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id   uuid NOT NULL REFERENCES customer(id),
  list_kind     text NOT NULL,
  list_version  integer NOT NULL,
  entry_id      bigint NOT NULL REFERENCES watchlist_entry(id),
  entry_ref     text NOT NULL,
  entry_name    text NOT NULL,
  matched_name  text NOT NULL,  -- the entry's name or alias the client's name matched
  name_key      text NOT NULL,
  category      text NOT NULL DEFAULT '',
  country       text NOT NULL DEFAULT '',
  trigger       text NOT NULL CHECK (trigger IN ('CREATE','NAME_CHANGE','LIST_UPDATE')),
  status        text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CONFIRMED','CLEARED')),
  assignee      uuid REFERENCES app_user(id),
  close_reason  text NOT NULL DEFAULT '' CHECK (length(close_reason) <= 500),
  closed_by     uuid REFERENCES app_user(id),
  close_time    timestamptz,
  create_time   timestamptz NOT NULL DEFAULT now(),
  update_time   timestamptz NOT NULL DEFAULT now(),
  version       integer NOT NULL DEFAULT 1,
  UNIQUE (customer_id, list_kind, entry_ref, matched_name)
);
CREATE INDEX aml_case_open_idx ON aml_case (id) WHERE status = 'OPEN';

-- Compliance reads and works every case. Screening runs in the transaction
-- of whoever creates or renames the client (an account manager may raise a
-- case but never read one: no tipping off) and of the list load (SYSTEM).
ALTER TABLE aml_case ENABLE ROW LEVEL SECURITY;
CREATE POLICY aml_case_read ON aml_case FOR SELECT TO crm_app
  USING (current_setting('crm.actor_role', true) IN ('COMPLIANCE_OFFICER','SYSTEM'));
CREATE POLICY aml_case_insert ON aml_case FOR INSERT TO crm_app WITH CHECK (status = 'OPEN');
CREATE POLICY aml_case_update ON aml_case FOR UPDATE TO crm_app
  USING (current_setting('crm.actor_role', true) IN ('COMPLIANCE_OFFICER','SYSTEM'));

GRANT SELECT ON aml_name_variants, watchlist_version, watchlist_entry, watchlist_name TO crm_app;
GRANT SELECT, INSERT, UPDATE ON aml_case TO crm_app;

-- Org tree, users, sessions and login throttling.
-- Forward-only: never edit this file once applied; add V0002__... instead.

CREATE TABLE branch (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{1,32}$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  create_time timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE team (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  branch_id   uuid NOT NULL REFERENCES branch(id),
  code        text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{1,32}$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  create_time timestamptz NOT NULL DEFAULT now(),
  UNIQUE (branch_id, code)
);

CREATE TABLE app_user (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username             text NOT NULL UNIQUE CHECK (username ~ '^[a-z][a-z0-9._-]{2,63}$'),
  display_name         text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  role                 text NOT NULL CHECK (role IN ('ACCOUNT_MANAGER','TEAM_LEAD','BRANCH_MANAGER','COMPLIANCE_OFFICER','ADMIN')),
  team_id              uuid REFERENCES team(id),
  branch_id            uuid REFERENCES branch(id),
  password_hash        text NOT NULL,
  password_change_time timestamptz NOT NULL,
  must_change_password boolean NOT NULL DEFAULT false,
  disabled             boolean NOT NULL DEFAULT false,
  create_time          timestamptz NOT NULL DEFAULT now(),
  update_time          timestamptz NOT NULL DEFAULT now(),
  -- Account managers and team leads belong to a team; branch managers to a branch.
  CHECK (role NOT IN ('ACCOUNT_MANAGER','TEAM_LEAD') OR team_id IS NOT NULL),
  CHECK (role <> 'BRANCH_MANAGER' OR branch_id IS NOT NULL)
);
CREATE INDEX app_user_team_idx ON app_user(team_id);
CREATE INDEX app_user_branch_idx ON app_user(branch_id);

-- Earlier password hashes, for the "last N not reused" rule.
CREATE TABLE password_history (
  user_id       uuid NOT NULL REFERENCES app_user(id),
  password_hash text NOT NULL,
  create_time   timestamptz NOT NULL
);
CREATE INDEX password_history_user_idx ON password_history(user_id, create_time DESC);

-- Failed sign-ins are counted per user name, existing or not, so a failure and
-- a lockout look the same for a name that does not exist.
CREATE TABLE login_throttle (
  username       text PRIMARY KEY,
  failed_count   integer NOT NULL DEFAULT 0,
  last_failed_at timestamptz,
  locked_until   timestamptz
);

-- Access tokens are stored only as their SHA-256.
CREATE TABLE user_session (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id        uuid NOT NULL REFERENCES app_user(id),
  token_sha256   bytea NOT NULL UNIQUE,
  create_time    timestamptz NOT NULL,
  last_seen_time timestamptz NOT NULL,
  expire_time    timestamptz NOT NULL,
  revoke_time    timestamptz,
  revoke_reason  text,
  client_address text
);
CREATE INDEX user_session_user_idx ON user_session(user_id) WHERE revoke_time IS NULL;

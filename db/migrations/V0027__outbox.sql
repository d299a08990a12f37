-- Notifications through a transactional outbox (issue 27, ADR 0016).
--
-- A message is queued in the same transaction as the change that causes it
-- (outbox_message); the server's dispatcher claims due rows with FOR UPDATE
-- SKIP LOCKED (several servers share the work), sends them through the
-- channel named (configured in the server's channels file; secrets in the
-- keys directory, never here) and records each attempt (outbox_attempt).
-- A client's address is not copied here: it is decrypted at send time, and
-- marketing consent is checked again then.

CREATE TABLE message_template (
  code           text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_.]{0,59}$'),
  language       text NOT NULL CHECK (language IN ('zh_CN','en')),
  purpose        text NOT NULL CHECK (purpose IN ('SERVICE','MARKETING')),
  subject        text NOT NULL DEFAULT '' CHECK (length(subject) <= 200),
  body           text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  -- Variables of personal data ({{client_name_full}}, ...) are filled in
  -- plain only when this is set (and each such send is audited); otherwise
  -- masked.
  personal_data  boolean NOT NULL DEFAULT false,
  PRIMARY KEY (code, language)
);

CREATE TABLE outbox_message (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Sent with the message (HTTP Idempotency-Key, the e-mail's Message-ID):
  -- a repeat after a crash carries the same key.
  idempotency_key    text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 1 AND 200),
  channel            text NOT NULL CHECK (channel ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
  purpose            text NOT NULL CHECK (purpose IN ('SERVICE','MARKETING')),
  customer_id        uuid REFERENCES customer(id),
  recipient          text NOT NULL DEFAULT '' CHECK (length(recipient) <= 200),
  template_code      text NOT NULL,
  language           text NOT NULL,
  variables          jsonb NOT NULL DEFAULT '{}'::jsonb,
  status             text NOT NULL DEFAULT 'PENDING'
                     CHECK (status IN ('PENDING','SENDING','SENT','DEAD','CANCELLED','SUPPRESSED')),
  attempts           integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts       integer NOT NULL CHECK (max_attempts BETWEEN 1 AND 100),
  next_attempt_time  timestamptz NOT NULL DEFAULT now(),
  last_error         text NOT NULL DEFAULT '' CHECK (length(last_error) <= 500),
  source             text NOT NULL CHECK (length(source) BETWEEN 1 AND 60),
  created_by         uuid REFERENCES app_user(id),
  create_time        timestamptz NOT NULL DEFAULT now(),
  sent_time          timestamptz,
  FOREIGN KEY (template_code, language) REFERENCES message_template (code, language)
);
CREATE INDEX outbox_message_due_idx ON outbox_message (channel, next_attempt_time, id)
  WHERE status IN ('PENDING','SENDING');
CREATE INDEX outbox_message_status_idx ON outbox_message (status, id);
CREATE INDEX outbox_message_customer_idx ON outbox_message (customer_id, id) WHERE customer_id IS NOT NULL;

CREATE TABLE outbox_attempt (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  message_id   bigint NOT NULL REFERENCES outbox_message(id),
  attempt      integer NOT NULL,
  channel      text NOT NULL,
  start_time   timestamptz NOT NULL DEFAULT clock_timestamp(),
  end_time     timestamptz,
  outcome      text NOT NULL DEFAULT 'SENDING'
               CHECK (outcome IN ('SENDING','SENT','FAILED','THROTTLED','REJECTED','SUPPRESSED')),
  http_status  integer,
  error        text NOT NULL DEFAULT '' CHECK (length(error) <= 500)
);
-- The channel's rate limit counts the attempts of the last minute.
CREATE INDEX outbox_attempt_rate_idx ON outbox_attempt (channel, start_time);
CREATE INDEX outbox_attempt_message_idx ON outbox_attempt (message_id, id);

-- The dispatcher (actor SYSTEM) records a delivery to a client on the
-- client's timeline; people record theirs under interaction_insert.
CREATE POLICY interaction_system_insert ON interaction FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) = 'SYSTEM');

GRANT SELECT ON message_template TO crm_app;
GRANT SELECT, INSERT, UPDATE ON outbox_message, outbox_attempt TO crm_app;

-- The shipped templates (variables in {{ }}; a client's are masked unless
-- personal_data is set).
INSERT INTO message_template (code, language, purpose, subject, body) VALUES
('service.notice', 'zh_CN', 'SERVICE', '服务通知', '尊敬的{{client_name}}：{{text}}'),
('service.notice', 'en', 'SERVICE', 'Service notice', 'Dear {{client_name}}, {{text}}'),
('marketing.note', 'zh_CN', 'MARKETING', '产品资讯', '尊敬的{{client_name}}：{{text}} 回复TD退订'),
('marketing.note', 'en', 'MARKETING', 'Product news', 'Dear {{client_name}}, {{text}} Reply STOP to opt out.'),
('staff.alert', 'zh_CN', 'SERVICE', 'CRM 提醒', '【CRM 提醒】{{text}}'),
('staff.alert', 'en', 'SERVICE', 'CRM alert', '[CRM alert] {{text}}'),
('tier.changed', 'zh_CN', 'SERVICE', '客户分级变动', '【CRM 提醒】客户 {{client_name}} 的分级由 {{from}} 调整为 {{to}}。'),
('tier.changed', 'en', 'SERVICE', 'Client tier changed', '[CRM alert] Client {{client_name}} moved from tier {{from}} to {{to}}.');

-- Idempotent requests (issue 23): the first result of each request_id, per
-- method. A create claims its key in its own transaction before it writes;
-- a concurrent repeat waits on the key's row and then answers with the first
-- result, and a repeat with different content (its SHA-256 fingerprint
-- differs) is refused as REQUEST_ID_REUSED. Keys are kept like the records
-- they point at.
CREATE TABLE request_key (
  method         text NOT NULL,
  request_id     text NOT NULL CHECK (request_id <> ''),
  -- HMAC-SHA256 (the blind-index key, outside the database) of the caller and
  -- the request as first sent: keyed, because a request holds a client's ID
  -- number and phone. NULL for keys recorded before this table existed.
  fingerprint    bytea CHECK (fingerprint IS NULL OR length(fingerprint) = 32),
  result_id      uuid,  -- set in the claiming transaction, before it commits
  actor_user_id  uuid,
  create_time    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (method, request_id)
);
GRANT SELECT, INSERT ON request_key TO crm_app;
GRANT UPDATE (result_id) ON request_key TO crm_app;

-- The keys of what was created before: a repeat of an earlier request still
-- returns its first result.
INSERT INTO request_key (method, request_id, result_id, create_time)
  SELECT 'CreateCustomer', request_id, id, create_time FROM customer
  WHERE request_id IS NOT NULL AND request_id <> '';
INSERT INTO request_key (method, request_id, result_id, create_time)
  SELECT 'RecordSale', request_id, id, sale_time FROM suitability_sale;

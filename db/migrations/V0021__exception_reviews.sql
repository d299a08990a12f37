-- Suitability exceptions reviewed by compliance (issue 25 item 4): a note per
-- exception, by whom and when, kept as an insert-only history (the latest
-- review of an exception is the one shown; a second look adds a row). An
-- exception is named by its key: the client, the kind, and the sale, the
-- assessment's expiry or the product held. Visible exactly when the client
-- is; written only by compliance officers.
CREATE TABLE suitability_exception_review (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id    uuid NOT NULL REFERENCES customer(id),
  kind           text NOT NULL CHECK (kind IN ('MISMATCH_SALE','SPECIAL_CARE_SALE','ASSESSMENT_EXPIRING',
                                               'HOLDING_ABOVE_LEVEL')),
  exception_key  text NOT NULL CHECK (length(exception_key) BETWEEN 1 AND 200),
  note           text NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
  reviewed_by    uuid NOT NULL REFERENCES app_user(id),
  review_time    timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX suitability_exception_review_key_idx ON suitability_exception_review (exception_key, id DESC);
CREATE TRIGGER suitability_exception_review_no_change BEFORE UPDATE OR DELETE ON suitability_exception_review
  FOR EACH ROW EXECUTE FUNCTION interaction_append_only();
ALTER TABLE suitability_exception_review ENABLE ROW LEVEL SECURITY;
CREATE POLICY exception_review_read ON suitability_exception_review FOR SELECT TO crm_app
  USING (EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));
CREATE POLICY exception_review_insert ON suitability_exception_review FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) = 'COMPLIANCE_OFFICER'
              AND EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));
GRANT SELECT, INSERT ON suitability_exception_review TO crm_app;

-- A client's anti-money-laundering risk rating (regulatory.md section 2;
-- issue 26): LOW, MEDIUM or HIGH, with the date it must be reviewed again.
-- How long each rating holds is data (HIGH 6 months, MEDIUM 24, LOW 36
-- by default). Compliance rates and re-reviews; confirming a watch-list
-- match rates the client HIGH in the same transaction. Each change is an
-- audit event carrying the previous rating.
CREATE TABLE aml_risk_period (
  rating  text PRIMARY KEY CHECK (rating IN ('LOW','MEDIUM','HIGH')),
  months  integer NOT NULL CHECK (months BETWEEN 1 AND 120)
);
INSERT INTO aml_risk_period VALUES ('LOW', 36), ('MEDIUM', 24), ('HIGH', 6);

CREATE TABLE aml_risk_rating (
  customer_id  uuid PRIMARY KEY REFERENCES customer(id),
  rating       text NOT NULL REFERENCES aml_risk_period(rating),
  reason       text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  rated_by     uuid REFERENCES app_user(id),
  rated_time   timestamptz NOT NULL DEFAULT now(),
  next_review  date NOT NULL,
  version      integer NOT NULL DEFAULT 1
);
CREATE INDEX aml_risk_rating_review_idx ON aml_risk_rating (next_review, customer_id);

ALTER TABLE aml_risk_rating ENABLE ROW LEVEL SECURITY;
CREATE POLICY aml_risk_rating_all ON aml_risk_rating FOR ALL TO crm_app
  USING (current_setting('crm.actor_role', true) IN ('COMPLIANCE_OFFICER','SYSTEM'))
  WITH CHECK (current_setting('crm.actor_role', true) IN ('COMPLIANCE_OFFICER','SYSTEM'));

GRANT SELECT ON aml_risk_period TO crm_app;
GRANT SELECT, INSERT, UPDATE ON aml_risk_rating TO crm_app;

-- Household and related parties: links between two clients, or from a client
-- to a related person who is not a client.
CREATE TABLE customer_relation (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id         uuid NOT NULL REFERENCES customer(id),
  related_customer_id uuid REFERENCES customer(id),
  related_name        text CHECK (length(related_name) BETWEEN 1 AND 200),
  relation            text NOT NULL CHECK (relation IN ('SPOUSE','CHILD','PARENT','SIBLING','CONTROLLER',
                                                        'BENEFICIAL_OWNER','OTHER')),
  create_time         timestamptz NOT NULL DEFAULT now(),
  CHECK ((related_customer_id IS NULL) <> (related_name IS NULL)),
  CHECK (related_customer_id IS DISTINCT FROM customer_id)
);
CREATE INDEX customer_relation_customer_idx ON customer_relation (customer_id);
ALTER TABLE customer_relation ENABLE ROW LEVEL SECURITY;
CREATE POLICY relation_read ON customer_relation FOR SELECT TO crm_app
  USING (EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));
CREATE POLICY relation_insert ON customer_relation FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) IN ('ACCOUNT_MANAGER','TEAM_LEAD','BRANCH_MANAGER')
              AND EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));
GRANT SELECT, INSERT ON customer_relation TO crm_app;

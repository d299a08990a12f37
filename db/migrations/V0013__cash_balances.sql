-- Cash balances from the clearing system (issue 4): the latest per client,
-- loaded with the holdings snapshot (`crm-admin import positions`). Money in
-- minor units (fen). Read within the client's scope, like holdings; only the
-- importer (the schema owner) writes.
CREATE TABLE cash_balance (
  customer_id   uuid PRIMARY KEY REFERENCES customer(id),
  amount_minor  bigint NOT NULL,
  currency      text NOT NULL DEFAULT 'CNY' CHECK (currency ~ '^[A-Z]{3}$'),
  as_of         date NOT NULL
);
ALTER TABLE cash_balance ENABLE ROW LEVEL SECURITY;
CREATE POLICY cash_balance_read ON cash_balance FOR SELECT TO crm_app
  USING (EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));
GRANT SELECT ON cash_balance TO crm_app;

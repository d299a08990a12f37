-- Client transfers (with history), temporary delegations, and the
-- append-only interaction log (服务记录).

CREATE TABLE customer_owner_history (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id    uuid NOT NULL REFERENCES customer(id),
  from_user_id   uuid NOT NULL REFERENCES app_user(id),
  to_user_id     uuid NOT NULL REFERENCES app_user(id),
  by_user_id     uuid NOT NULL REFERENCES app_user(id),
  reason         text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  transfer_time  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_owner_history_customer_idx ON customer_owner_history (customer_id, id);

CREATE TABLE customer_delegation (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id      uuid NOT NULL REFERENCES customer(id),
  delegate_user_id uuid NOT NULL REFERENCES app_user(id),
  granted_by       uuid NOT NULL REFERENCES app_user(id),
  reason           text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  create_time      timestamptz NOT NULL DEFAULT now(),
  expire_time      timestamptz NOT NULL,
  CHECK (expire_time > create_time)
);
CREATE INDEX customer_delegation_delegate_idx ON customer_delegation (delegate_user_id, customer_id, expire_time);

-- Scope now includes active delegations (an account manager acting for a colleague).
CREATE FUNCTION crm_actor_sees_customer(customer uuid, owner uuid, team uuid, branch uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT crm_actor_sees(owner, team, branch)
      OR (current_setting('crm.actor_role', true) = 'ACCOUNT_MANAGER'
          AND EXISTS (SELECT 1 FROM customer_delegation d
                      WHERE d.customer_id = customer
                        AND d.delegate_user_id::text = current_setting('crm.actor_id', true)
                        AND d.expire_time > now()))
$$;
CREATE FUNCTION crm_actor_writes_customer(customer uuid, owner uuid, team uuid, branch uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT current_setting('crm.actor_role', true) IN ('ACCOUNT_MANAGER','TEAM_LEAD','BRANCH_MANAGER')
     AND crm_actor_sees_customer(customer, owner, team, branch)
$$;
DROP POLICY customer_read ON customer;
DROP POLICY customer_update ON customer;
CREATE POLICY customer_read ON customer FOR SELECT TO crm_app
  USING (crm_actor_sees_customer(id, owner_user_id, team_id, branch_id));
CREATE POLICY customer_update ON customer FOR UPDATE TO crm_app
  USING (crm_actor_writes_customer(id, owner_user_id, team_id, branch_id))
  WITH CHECK (crm_actor_writes_customer(id, owner_user_id, team_id, branch_id));

CREATE TABLE interaction (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id     uuid NOT NULL REFERENCES customer(id),
  channel         text NOT NULL CHECK (channel IN ('PHONE','SMS','EMAIL','MEETING','WECHAT','WECOM','OTHER')),
  occurred_time   timestamptz NOT NULL,
  author_user_id  uuid NOT NULL REFERENCES app_user(id),
  summary         text NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
  -- An amendment points at the record it corrects; records are never edited.
  amends_id       uuid REFERENCES interaction(id),
  amend_reason    text,
  create_time     timestamptz NOT NULL DEFAULT now(),
  CHECK ((amends_id IS NULL) = (amend_reason IS NULL))
);
CREATE INDEX interaction_customer_idx ON interaction (customer_id, occurred_time DESC, id);

CREATE FUNCTION interaction_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'interactions are never edited in place; amend them with a new record'
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER interaction_no_change BEFORE UPDATE OR DELETE ON interaction
  FOR EACH ROW EXECUTE FUNCTION interaction_append_only();
CREATE TRIGGER customer_owner_history_no_change BEFORE UPDATE OR DELETE ON customer_owner_history
  FOR EACH ROW EXECUTE FUNCTION interaction_append_only();

-- Rows of these tables are visible exactly when their client is (the
-- subquery on customer is itself filtered by its policies).
ALTER TABLE interaction ENABLE ROW LEVEL SECURITY;
CREATE POLICY interaction_read ON interaction FOR SELECT TO crm_app
  USING (EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));
CREATE POLICY interaction_insert ON interaction FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) IN ('ACCOUNT_MANAGER','TEAM_LEAD','BRANCH_MANAGER')
              AND EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));
ALTER TABLE customer_owner_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_history_read ON customer_owner_history FOR SELECT TO crm_app
  USING (EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));
CREATE POLICY owner_history_insert ON customer_owner_history FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) IN ('TEAM_LEAD','BRANCH_MANAGER'));
ALTER TABLE customer_delegation ENABLE ROW LEVEL SECURITY;
-- (No reference to customer here: customer's own policy reads this table.)
CREATE POLICY delegation_read ON customer_delegation FOR SELECT TO crm_app
  USING (delegate_user_id::text = current_setting('crm.actor_id', true)
         OR granted_by::text = current_setting('crm.actor_id', true)
         OR current_setting('crm.actor_role', true) = 'COMPLIANCE_OFFICER');
CREATE POLICY delegation_insert ON customer_delegation FOR INSERT TO crm_app
  WITH CHECK (EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id
                      AND crm_actor_writes(c.owner_user_id, c.team_id, c.branch_id)));

GRANT SELECT, INSERT ON customer_owner_history, customer_delegation, interaction TO crm_app;

-- The client scope policies as plain expressions instead of calls to
-- crm_actor_sees_customer()/crm_actor_writes_customer(): a SQL function with a
-- sub-select is not inlined, so PostgreSQL called it once per row it looked
-- at (about 10-20 us each), which dominated scans over many clients (name
-- search in a large book, the tiering engine). Same rules as V0004/V0008:
-- an account manager sees own and delegated clients, a team lead the team's,
-- a branch manager the branch's, compliance and the tiering engine all.
DROP POLICY customer_read ON customer;
DROP POLICY customer_update ON customer;

CREATE POLICY customer_read ON customer FOR SELECT TO crm_app USING (
  CASE current_setting('crm.actor_role', true)
    WHEN 'ACCOUNT_MANAGER' THEN
      owner_user_id = NULLIF(current_setting('crm.actor_id', true), '')::uuid
      OR EXISTS (SELECT 1 FROM customer_delegation d
                 WHERE d.customer_id = customer.id
                   AND d.delegate_user_id = NULLIF(current_setting('crm.actor_id', true), '')::uuid
                   AND d.expire_time > now())
    WHEN 'TEAM_LEAD' THEN team_id = NULLIF(current_setting('crm.actor_team', true), '')::uuid
    WHEN 'BRANCH_MANAGER' THEN branch_id = NULLIF(current_setting('crm.actor_branch', true), '')::uuid
    WHEN 'COMPLIANCE_OFFICER' THEN true
    WHEN 'SYSTEM' THEN true
    ELSE false
  END);

CREATE POLICY customer_update ON customer FOR UPDATE TO crm_app
  USING (
    CASE current_setting('crm.actor_role', true)
      WHEN 'ACCOUNT_MANAGER' THEN
        owner_user_id = NULLIF(current_setting('crm.actor_id', true), '')::uuid
        OR EXISTS (SELECT 1 FROM customer_delegation d
                   WHERE d.customer_id = customer.id
                     AND d.delegate_user_id = NULLIF(current_setting('crm.actor_id', true), '')::uuid
                     AND d.expire_time > now())
      WHEN 'TEAM_LEAD' THEN team_id = NULLIF(current_setting('crm.actor_team', true), '')::uuid
      WHEN 'BRANCH_MANAGER' THEN branch_id = NULLIF(current_setting('crm.actor_branch', true), '')::uuid
      ELSE false
    END)
  WITH CHECK (
    CASE current_setting('crm.actor_role', true)
      WHEN 'ACCOUNT_MANAGER' THEN
        owner_user_id = NULLIF(current_setting('crm.actor_id', true), '')::uuid
        OR EXISTS (SELECT 1 FROM customer_delegation d
                   WHERE d.customer_id = customer.id
                     AND d.delegate_user_id = NULLIF(current_setting('crm.actor_id', true), '')::uuid
                     AND d.expire_time > now())
      WHEN 'TEAM_LEAD' THEN team_id = NULLIF(current_setting('crm.actor_team', true), '')::uuid
      WHEN 'BRANCH_MANAGER' THEN branch_id = NULLIF(current_setting('crm.actor_branch', true), '')::uuid
      ELSE false
    END);

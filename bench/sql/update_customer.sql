-- Baseline for UpdateCustomer: the statements its handler issues (the named statements in
-- server/src/storage/*_repository.cc), run by pgbench -M prepared on the same
-- database. Rows are picked from bench_ids / bench_products / bench_fragments
-- (bench/bench_support.cc). Variables: -D count=<clients> -D products=<n>.
\set n random(1, :count)
-- authentication (rpc/call_pipeline: session by token, user, touch)
BEGIN;
SELECT id::text, user_id::text FROM user_session WHERE token_sha256 = (SELECT token_sha256 FROM user_session LIMIT 1);
SELECT u.id::text, u.username, t.name FROM app_user u LEFT JOIN team t ON t.id = u.team_id WHERE u.id = (SELECT owner_user_id FROM bench_ids WHERE n = :n);
UPDATE user_session SET last_seen_time = now() WHERE id = (SELECT id FROM user_session LIMIT 1) AND last_seen_time < now() - interval '5 seconds';
COMMIT;
-- the call's transaction, acting as the account manager (row-level security)
BEGIN;
SET LOCAL ROLE crm_app;
SELECT set_config('crm.actor_id', owner_user_id::text, true), set_config('crm.actor_role', 'ACCOUNT_MANAGER', true), set_config('crm.actor_team', team_id::text, true), set_config('crm.actor_branch', branch_id::text, true) FROM bench_ids WHERE n = :n;
SELECT *, EXISTS (SELECT 1 FROM customer_delegation d WHERE d.customer_id = customer.id) FROM customer WHERE id = (SELECT id FROM bench_ids WHERE n = :n);
WITH biz AS (UPDATE customer SET occupation = 'bench ' || :n, version = version + 1, update_time = now() WHERE id = (SELECT id FROM bench_ids WHERE n = :n) RETURNING id), ev AS (INSERT INTO audit_pending (actor_user_id, actor_username, actor_role, action, target_type, target_id, outcome, details) SELECT (SELECT owner_user_id FROM bench_ids WHERE n = :n), 'bench', 'ACCOUNT_MANAGER', 'customer.update', 'customer', biz.id::text, 'ok', '{}' FROM biz) SELECT * FROM biz;
SELECT *, EXISTS (SELECT 1 FROM customer_delegation d WHERE d.customer_id = customer.id) FROM customer WHERE id = (SELECT id FROM bench_ids WHERE n = :n);
COMMIT;

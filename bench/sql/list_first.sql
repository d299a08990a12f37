-- Baseline for ListCustomers (first page of 100, default order, an account manager): the statements its handler issues (the named statements in
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
SELECT id::text, COALESCE(request_id,''), kind, name, gender, COALESCE(birth_date::text,''), COALESCE(id_type,''), COALESCE(encode(id_number_enc,'hex'),''), COALESCE(id_number_bidx,''), id_number_mask, COALESCE(encode(phone_enc,'hex'),''), COALESCE(phone_bidx,''), phone_mask, COALESCE(encode(email_enc,'hex'),''), email_mask, COALESCE(encode(address_enc,'hex'),''), district, occupation, employer, source, status, COALESCE(risk_level,''), COALESCE(tier,''), owner_user_id::text, COALESCE(team_id::text,''), COALESCE(branch_id::text,''), version, (EXTRACT(EPOCH FROM create_time) * 1000000)::bigint, (EXTRACT(EPOCH FROM update_time) * 1000000)::bigint, (EXTRACT(EPOCH FROM archive_time) * 1000000)::bigint, EXISTS (SELECT 1 FROM customer_delegation d WHERE d.customer_id = customer.id AND d.delegate_user_id::text = current_setting('crm.actor_id', true) AND d.expire_time > now()), (EXTRACT(EPOCH FROM risk_expire_time) * 1000000)::bigint, investor_class FROM customer WHERE ('' = '' OR status = '') AND ('' = '' OR owner_user_id = NULLIF('','')::uuid) AND ('' = '' OR team_id = NULLIF('','')::uuid) AND ('' = '' OR branch_id = NULLIF('','')::uuid) AND ('' = '' OR tier = '') AND ('' = '' OR risk_level = '') AND (false OR archive_time IS NULL) ORDER BY name ASC, id ASC LIMIT 101;
INSERT INTO audit_pending (actor_user_id, actor_username, actor_role, action, target_type, target_id, outcome, details) VALUES ((SELECT owner_user_id FROM bench_ids WHERE n = :n), 'bench', 'ACCOUNT_MANAGER', 'customer.list', 'customer', 'x', 'ok', jsonb_build_object('count', 100));
COMMIT;

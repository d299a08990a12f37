-- Baseline for CheckSuitability: the statements its handler issues (the named statements in
-- server/src/storage/*_repository.cc), run by pgbench -M prepared on the same
-- database. Rows are picked from bench_ids / bench_products / bench_fragments
-- (bench/bench_support.cc). Variables: -D count=<clients> -D products=<n>.
\set n random(1, :count)
\set p random(1, :products)
-- the call's transaction as the account manager (row-level security; the connection runs as crm_app)
-- The handler sends [BEGIN, the session (which also sets the acting user), the client, the
-- product, the settings, the latest assessment] in one pipelined batch, then [the check,
-- its event, COMMIT] (storage/pipelined_tx.h).
\startpipeline
BEGIN;
WITH s AS (SELECT id, user_id, create_time, last_seen_time, expire_time, revoke_time IS NOT NULL AS revoked FROM user_session WHERE token_sha256 = (SELECT token_sha256 FROM user_session LIMIT 1)), touch AS (UPDATE user_session us SET last_seen_time = now() FROM s JOIN app_user tu ON tu.id = s.user_id WHERE us.id = s.id AND NOT s.revoked AND NOT tu.disabled AND now() < s.expire_time AND s.last_seen_time >= now() - make_interval(secs => 1800) AND s.last_seen_time < now() - interval '5 seconds' RETURNING us.id) SELECT s.id::text, s.user_id::text, EXTRACT(EPOCH FROM s.create_time)::text, EXTRACT(EPOCH FROM s.last_seen_time)::text, EXTRACT(EPOCH FROM s.expire_time)::text, s.revoked, (SELECT count(*) FROM touch) > 0, u.id IS NOT NULL, COALESCE(u.id::text,''), COALESCE(u.username,''), COALESCE(u.display_name,''), COALESCE(u.role,''), COALESCE(u.team_id::text,''), COALESCE(COALESCE(u.branch_id, t.branch_id)::text,''), COALESCE(t.name,''), COALESCE(b.name,''), COALESCE(u.password_hash,''), COALESCE(EXTRACT(EPOCH FROM u.password_change_time)::text,'0'), COALESCE(EXTRACT(EPOCH FROM u.create_time)::text,'0'), COALESCE(u.must_change_password, false), COALESCE(u.disabled, true) FROM s LEFT JOIN app_user u ON u.id = s.user_id LEFT JOIN team t ON t.id = u.team_id LEFT JOIN branch b ON b.id = COALESCE(u.branch_id, t.branch_id);
SELECT set_config('crm.actor_id', owner_user_id::text, true), set_config('crm.actor_role', 'ACCOUNT_MANAGER', true), set_config('crm.actor_team', team_id::text, true), set_config('crm.actor_branch', branch_id::text, true) FROM bench_ids WHERE n = :n;
SELECT *, EXISTS (SELECT 1 FROM customer_delegation d WHERE d.customer_id = customer.id) FROM customer WHERE id = (SELECT id FROM bench_ids WHERE n = :n);
SELECT * FROM product WHERE id = (SELECT id FROM bench_products WHERE n = :p);
SELECT validity_days, block_r1_without_assessment, check_valid_minutes, version FROM suitability_setting;
SELECT * FROM suitability_assessment WHERE customer_id = (SELECT id FROM bench_ids WHERE n = :n) ORDER BY assess_time DESC, id LIMIT 1;
\endpipeline
\startpipeline
INSERT INTO suitability_check (id, customer_id, product_id, intent, channel, decision, reasons, required_steps, client_level, investor_class, product_risk, assessment_id, special_care, mismatch, check_time, checked_by) SELECT gen_random_uuid(), b.id, (SELECT id FROM bench_products WHERE n = :p), 'CLIENT_REQUEST', 'BRANCH', 'ALLOW', ARRAY(SELECT jsonb_array_elements_text('[]'::jsonb)), ARRAY(SELECT jsonb_array_elements_text('[]'::jsonb)), 'C3', 'ORDINARY', 3, NULL, false, false, now(), b.owner_user_id FROM bench_ids b WHERE b.n = :n;
INSERT INTO audit_pending (actor_user_id, actor_username, actor_role, action, target_type, target_id, outcome, details) VALUES ((SELECT owner_user_id FROM bench_ids WHERE n = :n), 'bench', 'ACCOUNT_MANAGER', 'suitability.check', 'customer', 'x', 'ok', '{}');
COMMIT;
\endpipeline

-- Baseline for SearchCustomers (exact ID number, blind index): the statements its handler issues (the named statements in
-- server/src/storage/*_repository.cc), run by pgbench -M prepared on the same
-- database. Rows are picked from bench_ids / bench_products / bench_fragments
-- (bench/bench_support.cc). Variables: -D count=<clients> -D products=<n>.
\set n random(1, :count)
-- the call's transaction as the account manager (row-level security; the connection runs as crm_app)
-- The handler sends [BEGIN, the session (which also sets the acting user), the lookup]
-- in one pipelined batch (storage/pipelined_tx.h), then, after its policy check, [the
-- search's event with the count and ids returned, COMMIT].
\startpipeline
BEGIN;
WITH s AS (SELECT id, user_id, create_time, last_seen_time, expire_time, revoke_time IS NOT NULL AS revoked FROM user_session WHERE token_sha256 = (SELECT token_sha256 FROM user_session LIMIT 1)), touch AS (UPDATE user_session us SET last_seen_time = now() FROM s JOIN app_user tu ON tu.id = s.user_id WHERE us.id = s.id AND NOT s.revoked AND NOT tu.disabled AND now() < s.expire_time AND s.last_seen_time >= now() - make_interval(secs => 1800) AND s.last_seen_time < now() - interval '5 seconds' RETURNING us.id) SELECT s.id::text, s.user_id::text, EXTRACT(EPOCH FROM s.create_time)::text, EXTRACT(EPOCH FROM s.last_seen_time)::text, EXTRACT(EPOCH FROM s.expire_time)::text, s.revoked, (SELECT count(*) FROM touch) > 0, u.id IS NOT NULL, COALESCE(u.id::text,''), COALESCE(u.username,''), COALESCE(u.display_name,''), COALESCE(u.role,''), COALESCE(u.team_id::text,''), COALESCE(COALESCE(u.branch_id, t.branch_id)::text,''), COALESCE(t.name,''), COALESCE(b.name,''), COALESCE(u.password_hash,''), COALESCE(EXTRACT(EPOCH FROM u.password_change_time)::text,'0'), COALESCE(EXTRACT(EPOCH FROM u.create_time)::text,'0'), COALESCE(u.must_change_password, false), COALESCE(u.disabled, true) FROM s LEFT JOIN app_user u ON u.id = s.user_id LEFT JOIN team t ON t.id = u.team_id LEFT JOIN branch b ON b.id = COALESCE(u.branch_id, t.branch_id);
SELECT set_config('crm.actor_id', owner_user_id::text, true), set_config('crm.actor_role', 'ACCOUNT_MANAGER', true), set_config('crm.actor_team', team_id::text, true), set_config('crm.actor_branch', branch_id::text, true) FROM bench_ids WHERE n = :n;
-- the lookup (CustomerRepository::QueueFindByIndex)
SELECT id::text, COALESCE(request_id,''), kind, name, gender, COALESCE(birth_date::text,''), COALESCE(id_type,''), COALESCE(encode(id_number_enc,'hex'),''), COALESCE(id_number_bidx,''), id_number_mask, COALESCE(encode(phone_enc,'hex'),''), COALESCE(phone_bidx,''), phone_mask, COALESCE(encode(email_enc,'hex'),''), email_mask, COALESCE(encode(address_enc,'hex'),''), district, occupation, employer, source, status, COALESCE(risk_level,''), COALESCE(tier,''), owner_user_id::text, COALESCE(team_id::text,''), COALESCE(branch_id::text,''), version, (EXTRACT(EPOCH FROM create_time) * 1000000)::bigint, (EXTRACT(EPOCH FROM update_time) * 1000000)::bigint, (EXTRACT(EPOCH FROM archive_time) * 1000000)::bigint, EXISTS (SELECT 1 FROM customer_delegation d WHERE d.customer_id = customer.id AND d.delegate_user_id::text = current_setting('crm.actor_id', true) AND d.expire_time > now()), (EXTRACT(EPOCH FROM risk_expire_time) * 1000000)::bigint, investor_class FROM customer WHERE id_number_bidx = (SELECT id_number_bidx FROM bench_ids WHERE n = :n) ORDER BY name, id LIMIT 20;
\endpipeline
\startpipeline
-- the search's event (AuditRepository::QueueRecord)
INSERT INTO audit_pending (actor_user_id, actor_username, actor_role, action, target_type, target_id, outcome, details) VALUES ((SELECT owner_user_id FROM bench_ids WHERE n = :n), 'bench', 'ACCOUNT_MANAGER', 'customer.search', 'customer', NULL, 'ok', '{"query": {"by": "id_number", "blind_index": "0123456789abcdef"}, "count": 1, "ids": ["00000000-0000-4000-8000-000000000001"]}');
COMMIT;
\endpipeline

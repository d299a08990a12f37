-- Baseline for GetCustomer: the statements its handler issues (the named statements in
-- server/src/storage/*_repository.cc), run by pgbench -M prepared on the same
-- database. Rows are picked from bench_ids / bench_products / bench_fragments
-- (bench/bench_support.cc). Variables: -D count=<clients> -D products=<n>.
\set n random(1, :count)
-- the call's transaction as the account manager (row-level security; the connection runs as crm_app)
-- The handler sends its transaction in two pipelined batches (storage/pipelined_tx.h):
-- [BEGIN, the session and its user as acting user, the client and every part of the 360 view] and [the event, COMMIT].
\startpipeline
BEGIN;
-- the session statement, in the first batch (usecases::Caller::Transact; the handler's form also sets the acting user)
WITH s AS (SELECT id, user_id, create_time, last_seen_time, expire_time, revoke_time IS NOT NULL AS revoked FROM user_session WHERE token_sha256 = (SELECT token_sha256 FROM user_session LIMIT 1)), touch AS (UPDATE user_session us SET last_seen_time = now() FROM s JOIN app_user tu ON tu.id = s.user_id WHERE us.id = s.id AND NOT s.revoked AND NOT tu.disabled AND now() < s.expire_time AND s.last_seen_time >= now() - make_interval(secs => 1800) AND s.last_seen_time < now() - interval '5 seconds' RETURNING us.id) SELECT s.id::text, s.user_id::text, EXTRACT(EPOCH FROM s.create_time)::text, EXTRACT(EPOCH FROM s.last_seen_time)::text, EXTRACT(EPOCH FROM s.expire_time)::text, s.revoked, (SELECT count(*) FROM touch) > 0, u.id IS NOT NULL, COALESCE(u.id::text,''), COALESCE(u.username,''), COALESCE(u.display_name,''), COALESCE(u.role,''), COALESCE(u.team_id::text,''), COALESCE(COALESCE(u.branch_id, t.branch_id)::text,''), COALESCE(t.name,''), COALESCE(b.name,''), COALESCE(u.password_hash,''), COALESCE(EXTRACT(EPOCH FROM u.password_change_time)::text,'0'), COALESCE(EXTRACT(EPOCH FROM u.create_time)::text,'0'), COALESCE(u.must_change_password, false), COALESCE(u.disabled, true) FROM s LEFT JOIN app_user u ON u.id = s.user_id LEFT JOIN team t ON t.id = u.team_id LEFT JOIN branch b ON b.id = COALESCE(u.branch_id, t.branch_id);
SELECT set_config('crm.actor_id', owner_user_id::text, true), set_config('crm.actor_role', 'ACCOUNT_MANAGER', true), set_config('crm.actor_team', team_id::text, true), set_config('crm.actor_branch', branch_id::text, true) FROM bench_ids WHERE n = :n;
SELECT *, EXISTS (SELECT 1 FROM customer_delegation d WHERE d.customer_id = customer.id) FROM customer WHERE id = (SELECT id FROM bench_ids WHERE n = :n);
SELECT DISTINCT ON (purpose, channel) * FROM customer_consent WHERE customer_id = (SELECT id FROM bench_ids WHERE n = :n) ORDER BY purpose, channel, id DESC;
SELECT * FROM customer_account WHERE customer_id = (SELECT id FROM bench_ids WHERE n = :n);
SELECT r.id, r.relation, r.related_customer_id, COALESCE(r.related_name, c.name, ''), c.id IS NOT NULL, true, r.create_time FROM customer_relation r LEFT JOIN customer c ON c.id = r.related_customer_id WHERE r.customer_id = (SELECT id FROM bench_ids WHERE n = :n) UNION ALL SELECT r.id, r.relation, r.customer_id, COALESCE(c.name, ''), c.id IS NOT NULL, false, r.create_time FROM customer_relation r LEFT JOIN customer c ON c.id = r.customer_id WHERE r.related_customer_id = (SELECT id FROM bench_ids WHERE n = :n) ORDER BY 7, 1;
SELECT tag, source FROM customer_tag WHERE customer_id = (SELECT id FROM bench_ids WHERE n = :n) ORDER BY source, tag;
SELECT h.product_code, COALESCE(p.name, ''), h.currency, h.as_of::text, h.market_value_minor FROM holding h LEFT JOIN product p ON p.code = h.product_code WHERE h.customer_id = (SELECT id FROM bench_ids WHERE n = :n) AND h.market_value_minor <> 0 ORDER BY h.market_value_minor DESC, h.product_code;
SELECT day::text, aum_minor FROM aum_daily WHERE customer_id = (SELECT id FROM bench_ids WHERE n = :n) AND day > current_date - 366 ORDER BY day;
SELECT amount_minor, currency, as_of::text FROM cash_balance WHERE customer_id = (SELECT id FROM bench_ids WHERE n = :n);
SELECT * FROM interaction i WHERE i.customer_id = (SELECT id FROM bench_ids WHERE n = :n) AND (i.occurred_time, i.id) < (timestamptz 'epoch' + 4611686018427387903 * interval '1 microsecond', 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid) ORDER BY i.occurred_time DESC, i.id DESC LIMIT 5;
SELECT trades_90d, last_trade_date, commission_12m_minor, net_cash_flow_3m_minor, avg_aum_3m_minor, last_interaction_date, as_of FROM customer_metrics WHERE customer_id = (SELECT id FROM bench_ids WHERE n = :n);
SELECT u.display_name || ' (' || u.username || ')' FROM customer c JOIN app_user u ON u.id = c.owner_user_id WHERE c.id = (SELECT id FROM bench_ids WHERE n = :n);
\endpipeline
\startpipeline
INSERT INTO audit_pending (actor_user_id, actor_username, actor_role, action, target_type, target_id, outcome, details) VALUES ((SELECT owner_user_id FROM bench_ids WHERE n = :n), 'bench', 'ACCOUNT_MANAGER', 'customer.view', 'customer', 'x', 'ok', '{}');
COMMIT;
\endpipeline

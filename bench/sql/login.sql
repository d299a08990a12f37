-- Baseline for Login (an account manager signs in; the server also checks the scrypt hash): the statements its handler issues (the named statements in
-- server/src/storage/*_repository.cc), run by pgbench -M prepared on the same
-- database. Rows are picked from bench_ids / bench_products / bench_fragments
-- (bench/bench_support.cc). Variables: -D count=<clients> -D products=<n>.
\set n random(1, :count)
BEGIN;
SELECT failed_count, EXTRACT(EPOCH FROM locked_until)::text FROM login_throttle WHERE username = (SELECT username FROM app_user WHERE id = (SELECT owner_user_id FROM bench_ids WHERE n = :n));
SELECT u.id::text, u.username, u.password_hash, u.role, t.name FROM app_user u LEFT JOIN team t ON t.id = u.team_id WHERE u.id = (SELECT owner_user_id FROM bench_ids WHERE n = :n);
INSERT INTO user_session (user_id, token_sha256, create_time, last_seen_time, expire_time, client_address) SELECT owner_user_id, decode(md5(random()::text) || md5(random()::text), 'hex'), now(), now(), now() + interval '12 hours', '127.0.0.1' FROM bench_ids WHERE n = :n RETURNING id::text;
DELETE FROM login_throttle WHERE username = 'nobody';
INSERT INTO audit_pending (actor_user_id, actor_username, actor_role, action, target_type, target_id, outcome, details) VALUES ((SELECT owner_user_id FROM bench_ids WHERE n = :n), 'bench', 'ACCOUNT_MANAGER', 'auth.login', 'user', 'x', 'ok', '{}');
COMMIT;

-- Name search p99 (issue 4: <= 50 ms at a million clients). A GIN index with
-- fastupdate (PostgreSQL's default) queues new entries in a pending list of up
-- to gin_pending_list_limit (4 MB) and EVERY search scans the whole list until
-- VACUUM or an insert that overflows it merges the list; on a million clients
-- autovacuum runs rarely, so the list stays near full. Measured on the bench
-- database after a load run (247 pending pages, 9,228 entries): the account
-- manager's search for a common two-character fragment took 19.4 ms with the
-- list and 0.97 ms without it, a rarer one 19.4 -> 7.0 ms. With fastupdate off
-- new entries go into the index at once: pgbench on bench/sql/create_customer.sql
-- 1,423-1,468 tps (off) against 1,035-1,526 tps (on, the lower figure the run
-- whose insert flushed the list), update_customer.sql 3,310 against 3,109 tps.
-- docs/performance-notes.md, eighth session.
ALTER INDEX customer_name_search_idx SET (fastupdate = off);
-- Merge what is already queued (setting the option does not).
SELECT gin_clean_pending_list('customer_name_search_idx'::regclass);

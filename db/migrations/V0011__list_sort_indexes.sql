-- Sortable client lists (ListCustomers order_by, the workstation's column
-- headers) at a million clients. Without an index in the sort order
-- PostgreSQL read and sorted the whole scope for every page: 0.6 s for a
-- 50,000-client book by tier, 1.2 s for everyone (compliance). With these
-- the first page and every next page (keyset) is an ordered index scan: a few
-- milliseconds whatever the scope (owner, team and branch filter the scan).
--
-- tier and risk_level are NULL until set; the order treats NULL as '' (first
-- ascending). COALESCE itself cannot serve: under row-level security a
-- condition reaches the index only if everything in it is LEAKPROOF, and
-- PostgreSQL treats a COALESCE as leaky. crm_sort_key is the same COALESCE
-- in a function declared LEAKPROOF (it cannot fail or reveal anything); the
-- SET clause keeps it from being inlined back into a COALESCE. Declaring
-- LEAKPROOF needs a superuser, like V0010.
CREATE FUNCTION crm_sort_key(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE LEAKPROOF SET search_path = pg_catalog AS $$
  SELECT COALESCE(t, '')
$$;

CREATE INDEX customer_tier_order_idx ON customer (crm_sort_key(tier), name, id);
CREATE INDEX customer_risk_order_idx ON customer (crm_sort_key(risk_level), name, id);
CREATE INDEX customer_status_order_idx ON customer (status, name, id);
-- Newest / oldest clients first. (update_time changes on every edit: an index
-- on it would turn every UpdateCustomer into a non-HOT update, so that order
-- sorts without one.)
CREATE INDEX customer_created_order_idx ON customer (create_time, name, id);

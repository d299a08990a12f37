-- Finding a client by the last four digits of the mobile (issue 25 item 8)
-- read the caller's whole book: the masked number ("138****5678") was
-- matched with LIKE '%5678' on every row of the owner's, team's or branch's
-- index range. At a million clients (bench/customer_bench.cpp, 4 callers) an
-- account manager's 50,000-client book took p50 110 ms, and a compliance
-- officer (the whole firm) p50 1.7 s, p99 6.2 s. Four digits pick about one
-- client in 10,000, so one index on them serves every scope: ~100 rows at a
-- million, then the scope and row-level security filter those.
--
-- The function is PL/pgSQL so that PostgreSQL does not inline it into
-- right(), which is not LEAKPROOF: under row-level security only a LEAKPROOF
-- condition may run ahead of the policy as an index condition (V0010). It
-- only takes the last four characters: no error depends on the value, no
-- side effect. Apply as a superuser (docs/admin-guide.md).
CREATE FUNCTION crm_phone_last4(mask text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT LEAKPROOF AS $$
BEGIN
  RETURN right(mask, 4);
END
$$;

CREATE INDEX customer_phone_last4_idx ON customer (crm_phone_last4(phone_mask));

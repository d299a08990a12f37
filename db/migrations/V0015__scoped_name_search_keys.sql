-- Name search at a million clients, each key already scoped (issue 4: p99 <=
-- 50 ms). V0010's index held the scope columns and the name's character pairs
-- as separate GIN keys, so "this account manager's clients whose name holds
-- 欧阳" intersected the manager's whole book (67,000 entries in the bench
-- data) with the pair's entries for every manager: 2.5-3.7 ms before a row
-- was read. Here every pair is also indexed under its owner, team and branch
-- ('o' || owner || pair, 't' || team || pair, 'b' || branch || pair, and the
-- bare pair for a firm-wide search), so a scoped search reads exactly its own
-- candidates: 0.2 ms for the same 1,953. The uuid text has a fixed length, so
-- a scoped key cannot be mistaken for another or for a bare pair (one or two
-- characters). The ILIKE in the query still decides the match.
--
-- Both functions are LEAKPROOF for the reason given in V0010 (the index
-- condition must go ahead of the row-level security policy); they only join
-- and split text. Apply as a superuser (docs/admin-guide.md).
CREATE FUNCTION crm_scoped_name_grams(owner_id uuid, team_id uuid, branch_id uuid, name text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE LEAKPROOF AS $$
  SELECT coalesce(array_agg(p.scope || g.gram), '{}')
  FROM unnest(crm_name_grams(name)) AS g(gram),
       unnest(ARRAY['', 'o' || owner_id::text, 't' || team_id::text, 'b' || branch_id::text]) AS p(scope)
  WHERE p.scope IS NOT NULL
$$;

-- The keys a name in the given scope ('' firm-wide, 'o' || owner, 't' ||
-- team, 'b' || branch) must hold to contain the fragment.
CREATE FUNCTION crm_scoped_query_grams(scope text, fragment text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT LEAKPROOF AS $$
  SELECT array_agg(scope || g) FROM unnest(crm_name_query_grams(fragment)) AS g
$$;

CREATE INDEX customer_scoped_name_idx ON customer
  USING gin (crm_scoped_name_grams(owner_user_id, team_id, branch_id, name) crm_grams_ops)
  WITH (fastupdate = off);  -- V0014: no pending list for searches to scan

DROP INDEX customer_name_search_idx;

-- Name search by fragment at a million clients (issue 4: p99 <= 50 ms).
--
-- Clients' names are mostly two to four Chinese characters and the workstation
-- searches with one or two of them. pg_trgm cannot use its index for a
-- pattern shorter than three characters ('%王伟%' scanned 380,000 index entries
-- and rechecked a million rows: 0.5-3 s), and the ordered scan of a manager's
-- book (owner, name) read the whole book for a rare fragment. Instead every
-- name is indexed by its characters and its pairs of adjacent characters
-- (lower case), in ONE GIN index that also holds the scope columns
-- (btree_gin), so "this owner's / team's / branch's clients whose name holds
-- these pairs" is a single index probe whatever the caller's scope. The ILIKE
-- in the query still decides the match; the pairs only find the candidates
-- (every pair of a fragment is in any name that contains it).
--
-- Row-level security: PostgreSQL uses a condition of the query as an index
-- condition ahead of the RLS policy only when its functions are LEAKPROOF
-- (they cannot reveal a row the policy would hide, by an error or a side
-- effect). The built-in array @> is not marked so, which left the index
-- unusable for crm_app. So the gram functions below are declared LEAKPROOF
-- (they only split text: no errors depend on the value, no side effects) and
-- containment gets its own operator @@> on the same C function (arraycontains)
-- in an operator class of its own for GIN (the built-in array_ops support
-- functions). Declaring LEAKPROOF and creating an operator class need a
-- superuser: apply this migration as one (docs/admin-guide.md).
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Every character and every pair of adjacent characters of a name.
CREATE FUNCTION crm_name_grams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT LEAKPROOF AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
    SELECT substr(lower(t), i, 1) AS g FROM generate_series(1, length(t)) i
    UNION ALL
    SELECT substr(lower(t), i, 2) FROM generate_series(1, length(t) - 1) i) s
$$;

-- What a name containing the fragment must hold: its pairs, or the single
-- character of a one-character fragment.
CREATE FUNCTION crm_name_query_grams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT LEAKPROOF AS $$
  SELECT CASE WHEN length(t) < 2 THEN ARRAY[lower(t)]
         ELSE (SELECT array_agg(DISTINCT substr(lower(t), i, 2)) FROM generate_series(1, length(t) - 1) i) END
$$;

-- text[] @> text[], declared LEAKPROOF (see above).
CREATE FUNCTION crm_grams_contain(text[], text[]) RETURNS bool
LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'arraycontains';

CREATE OPERATOR @@> (LEFTARG = text[], RIGHTARG = text[], FUNCTION = crm_grams_contain,
                     RESTRICT = contsel, JOIN = contjoinsel);

CREATE OPERATOR CLASS crm_grams_ops FOR TYPE text[] USING gin AS
  OPERATOR 2 @@> (text[], text[]),
  FUNCTION 1 bttextcmp(text, text),
  FUNCTION 2 ginarrayextract(anyarray, internal, internal),
  FUNCTION 3 ginqueryarrayextract(anyarray, internal, int2, internal, internal, internal, internal),
  FUNCTION 4 ginarrayconsistent(internal, int2, anyarray, int4, internal, internal, internal, internal),
  FUNCTION 6 ginarraytriconsistent(internal, int2, anyarray, int4, internal, internal, internal),
  STORAGE text;

CREATE INDEX customer_name_search_idx ON customer
  USING gin (owner_user_id, team_id, branch_id, crm_name_grams(name) crm_grams_ops);

-- Replaced by the index above; left in place it tempted the planner into a
-- BitmapAnd with a useless scan of the trigram index for short fragments.
DROP INDEX customer_name_trgm_idx;

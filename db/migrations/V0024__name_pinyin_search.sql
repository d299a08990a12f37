-- Finding a client by the pinyin of the name or its initials (issue 25 item
-- 8): an account manager types "wangwei", "wangw", "wei" or "ww" for 王伟,
-- "ouyang" or "oyxd" for 欧阳晓东, as every Chinese input method and phone
-- book allows. Matches are:
--   * the typed letters as the start of the name's pinyin from any syllable
--     on ("wangw", "wei", "xiaodong"; never "angw" across a syllable), or
--   * the typed letters anywhere in the initials ("ww", "oyx", "xd").
-- The typed text is normalised by the server (lower case, no spaces or
-- apostrophes, only a-z) before it reaches these functions.
--
-- Each client's pinyin is kept in customer.name_pinyin (syllables separated
-- by one space, no tones, u-umlaut as "v"), set by a trigger from V0023's
-- readings whenever the name is written, whatever writes it (CreateCustomer,
-- an edit, the import, the demo seed). A table lookup cannot sit in an index
-- expression or a generated column (neither may read a table), and a trigger
-- is created after the data in a restore, so a dump restores as it was.
-- Surnames read differently from the characters' customary reading (曾 zeng,
-- 单 shan, 解 xie, ...) and compound surnames come from pinyin_surname, for
-- a person only (乐视, an institution, stays le shi).
-- Characters without a Mandarin reading (Latin letters, digits, the
-- separator in 阿不都·热合曼) add no syllable; a Latin name is found by
-- the name search as before.
--
-- The index holds, for every syllable start among a name's first 12
-- syllables (any person's name; an institution's first 12 characters), the
-- next 2..6 letters of the pinyin ('p' || letters) and every 2..4-letter run
-- of the initials ('i' || letters), each bare and under the owner, team and
-- branch as customer_scoped_name_idx does (V0015), so a search reads only
-- candidates in the caller's scope. A query looks for 'p' || its first 6
-- letters OR 'i' || its first 4, which is GIN's overlap strategy: &&& below
-- is array overlap declared LEAKPROOF (V0010 explains why the index
-- condition must be), added to the same operator family. Two regular
-- expressions the server builds from the letters then decide on the
-- candidates (storage/customer_search.cc, domain::ParsePinyinQuery);
-- crm_pinyin_match below states the same rule in SQL, for tests and for an
-- administrator's ad-hoc query. Apply as a superuser (docs/admin-guide.md).

CREATE TABLE pinyin_surname (
  surname   text PRIMARY KEY CHECK (length(surname) BETWEEN 1 AND 2),
  syllables text NOT NULL CHECK (syllables ~ '^[a-z]+( [a-z]+)?$')
);
INSERT INTO pinyin_surname (surname, syllables) VALUES
  ('曾', 'zeng'), ('单', 'shan'), ('解', 'xie'), ('仇', 'qiu'), ('朴', 'piao'), ('区', 'ou'),
  ('查', 'zha'), ('覃', 'qin'), ('秘', 'bi'), ('缪', 'miao'), ('种', 'chong'), ('盖', 'ge'),
  ('乐', 'yue'), ('翟', 'zhai'), ('员', 'yun'), ('重', 'chong'), ('召', 'shao'), ('繁', 'po'),
  ('句', 'gou'), ('薄', 'bo'), ('折', 'she'), ('隗', 'wei'), ('能', 'nai'), ('宓', 'fu'),
  ('阚', 'kan'), ('藏', 'zang'), ('长', 'chang'),
  ('长孙', 'zhang sun'), ('尉迟', 'yu chi'), ('万俟', 'mo qi'), ('单于', 'chan yu'),
  ('澹台', 'tan tai'), ('令狐', 'ling hu'), ('欧阳', 'ou yang'), ('司马', 'si ma'),
  ('上官', 'shang guan'), ('诸葛', 'zhu ge'), ('东方', 'dong fang'), ('皇甫', 'huang fu'),
  ('公孙', 'gong sun'), ('慕容', 'mu rong'), ('夏侯', 'xia hou'), ('宇文', 'yu wen');
GRANT SELECT ON pinyin_surname TO crm_app;

-- The pinyin of a name: for a person the surname's reading (two characters,
-- then one), then each remaining character's customary reading; NULL when no
-- character has one. The search path is fixed so that the trigger works in a
-- session that set another (pg_restore --data-only sets it empty).
CREATE FUNCTION crm_name_pinyin(n text, person bool) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = public AS $$
DECLARE
  head text;
  rest text := n;
  body text;
BEGIN
  IF n IS NULL OR n = '' THEN RETURN NULL; END IF;
  IF person THEN
    SELECT s.syllables, substr(n, length(s.surname) + 1) INTO head, rest
    FROM pinyin_surname s WHERE s.surname IN (left(n, 2), left(n, 1))
    ORDER BY length(s.surname) DESC LIMIT 1;
    IF NOT FOUND THEN rest := n; END IF;
  END IF;
  SELECT string_agg(r.syllable, ' ' ORDER BY t.i) INTO body
  FROM unnest(string_to_array(rest, NULL)) WITH ORDINALITY AS t(c, i)
  JOIN pinyin_reading r ON r.ch = t.c;
  RETURN NULLIF(concat_ws(' ', head, body), '');
END
$$;

ALTER TABLE customer ADD COLUMN name_pinyin text;
-- Existing clients, before the index exists (one pass over the table; see
-- the admin guide for the time at a million clients).
UPDATE customer SET name_pinyin = crm_name_pinyin(name, kind = 'INDIVIDUAL');

CREATE FUNCTION crm_customer_name_pinyin() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.name_pinyin := crm_name_pinyin(NEW.name, NEW.kind = 'INDIVIDUAL');
  RETURN NEW;
END
$$;
CREATE TRIGGER customer_name_pinyin BEFORE INSERT OR UPDATE OF name, kind ON customer
  FOR EACH ROW EXECUTE FUNCTION crm_customer_name_pinyin();

-- The index keys of a name's pinyin (see the top of this file), bare and
-- under the owner, team and branch that are not NULL. LEAKPROOF as in V0016:
-- only text is split and joined, no error depends on the value.
CREATE FUNCTION crm_scoped_pinyin_keys(owner_id uuid, team_id uuid, branch_id uuid, py text)
RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE LEAKPROOF AS $$
DECLARE
  syl text[] := string_to_array(py, ' ');
  n int := least(coalesce(cardinality(string_to_array(py, ' ')), 0), 12);
  scopes text[] := ARRAY['', 'o' || owner_id::text, 't' || team_id::text, 'b' || branch_id::text];
  initials text := '';
  tail text;
  base text[] := '{}';
  keys text[] := '{}';
  s text;
  g text;
BEGIN
  FOR i IN 1 .. n LOOP
    initials := initials || left(syl[i], 1);
    tail := array_to_string(syl[i:], '');  -- the rest of the name, past the 12th syllable too
    FOR k IN 2 .. least(6, length(tail)) LOOP
      base := base || ('p' || left(tail, k));
    END LOOP;
  END LOOP;
  FOR a IN 1 .. n - 1 LOOP
    FOR k IN 2 .. least(4, n - a + 1) LOOP
      base := base || ('i' || substr(initials, a, k));
    END LOOP;
  END LOOP;
  FOREACH s IN ARRAY scopes LOOP
    IF s IS NOT NULL THEN
      FOREACH g IN ARRAY base LOOP
        keys := keys || (s || g);
      END LOOP;
    END IF;
  END LOOP;
  RETURN keys;
END
$$;

-- The keys a client in the given scope ('' firm-wide, 'o' || owner, 't' ||
-- team, 'b' || branch) holds when the normalised query q matches: any one of
-- them (a NULL scope: none).
CREATE FUNCTION crm_scoped_pinyin_query(scope text, q text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT LEAKPROOF AS $$
  SELECT ARRAY[scope || 'p' || left(q, 6), scope || 'i' || left(q, 4)]
$$;

-- Whether the normalised query matches the pinyin (the rule at the top).
CREATE FUNCTION crm_pinyin_match(py text, q text) RETURNS bool
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS $$
DECLARE
  syl text[] := string_to_array(py, ' ');
  n int := cardinality(string_to_array(py, ' '));
  initials text := '';
BEGIN
  FOR i IN 1 .. n LOOP
    IF starts_with(array_to_string(syl[i:n], ''), q) THEN RETURN true; END IF;
    initials := initials || left(syl[i], 1);
  END LOOP;
  RETURN strpos(initials, q) > 0;
END
$$;

-- text[] && text[] (any key in common), declared LEAKPROOF (V0010).
CREATE FUNCTION crm_grams_overlap(text[], text[]) RETURNS bool
LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'arrayoverlap';
CREATE OPERATOR &&& (LEFTARG = text[], RIGHTARG = text[], FUNCTION = crm_grams_overlap,
                     RESTRICT = contsel, JOIN = contjoinsel);
ALTER OPERATOR FAMILY crm_grams_ops USING gin ADD OPERATOR 1 &&& (text[], text[]);

CREATE INDEX customer_scoped_pinyin_idx ON customer
  USING gin (crm_scoped_pinyin_keys(owner_user_id, team_id, branch_id, name_pinyin) crm_grams_ops)
  WITH (fastupdate = off);

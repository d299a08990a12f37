-- An interaction lists its latest amendment (storage/customer_repository.cc,
-- CRM_INTERACTION_COLUMNS: SELECT ... FROM interaction a WHERE a.amends_id =
-- i.id), once for every row of a client's timeline and of the 360 view's
-- recent interactions. amends_id had no index, so each row scanned the whole
-- table: with 2.2 million interactions (the benchmark database after a few
-- workstation days) GetCustomer took 0.5-3 s and served 6 calls a second
-- instead of ~1,100. Few interactions amend another, so the index holds only
-- those.
CREATE INDEX interaction_amends_idx ON interaction (amends_id) WHERE amends_id IS NOT NULL;

-- The tier engine takes the oldest dirty clients first (ORDER BY since
-- LIMIT n): with half a million queued after an end-of-day positions batch,
-- sorting the whole queue on every take is what an index avoids.
CREATE INDEX tier_dirty_since_idx ON tier_dirty (since);

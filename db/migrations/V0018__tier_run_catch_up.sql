-- A tier recompute walks the client table by physical position, block by
-- block (ADR 0008). A client whose row a concurrent edit moves into a block
-- the walk has already passed, or a client added there while the run goes,
-- was not seen by that run. The run now ends with a catch-up: it evaluates
-- every client whose current row was written by a transaction at or after the
-- oldest one still running when the run began (age(xmin) against this
-- column) and that the run has not already changed. That over-approximates
-- "written after the run began" (a client evaluated twice changes nothing
-- the second time), and it never misses a row the walk could have missed.
-- Null for runs started before this migration: they finish without it.
ALTER TABLE tier_run ADD COLUMN start_xmin xid;
COMMENT ON COLUMN tier_run.start_xmin IS
  'xmin of the snapshot at the run''s start (32-bit): rows written since are evaluated again at its end';

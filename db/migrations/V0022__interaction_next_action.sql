-- A contact often ends with an agreed next step ("call back after the fund
-- closes on the 15th"): the day it is due, kept with the record (issue 25
-- item 9). A correction carries the original's date. Adding the column
-- touches no row, so the append-only trigger is not involved.
ALTER TABLE interaction ADD COLUMN next_action_date date;

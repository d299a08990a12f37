-- Four-eyes activation of tier policies (issue 25 item 11): who last edited a
-- draft, so that neither its author nor its last editor activates it.
ALTER TABLE tier_policy ADD COLUMN updated_by uuid REFERENCES app_user(id);
UPDATE tier_policy SET updated_by = created_by WHERE updated_by IS NULL AND created_by IS NOT NULL;

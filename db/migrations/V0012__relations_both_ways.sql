-- A link between two clients shows on both (issue 4, household): recorded as
-- "B is A's CHILD" on A, B's view lists A as PARENT. The link row belongs to
-- A, so the read policy also lets it through when the caller sees the
-- related client B; A's name then still shows only when A is in scope too
-- (the join to customer is filtered by its own policy).
DROP POLICY relation_read ON customer_relation;
CREATE POLICY relation_read ON customer_relation FOR SELECT TO crm_app
  USING (EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id)
         OR (related_customer_id IS NOT NULL
             AND EXISTS (SELECT 1 FROM customer c WHERE c.id = related_customer_id)));

CREATE INDEX customer_relation_related_idx ON customer_relation (related_customer_id)
  WHERE related_customer_id IS NOT NULL;

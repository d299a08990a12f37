-- Money ranges (issue 23): every amount is at most 10^15 fen (10 trillion
-- yuan) in size, the range the server validates (server/src/domain/money.h),
-- so a sum of thousands of them cannot overflow a bigint. These constraints
-- are the second defence behind that validation, for every writer (the
-- importers and crm-admin included). NOT VALID: rows already stored are not
-- scanned (the server never accepted larger ones outside an unchecked
-- import); every new or changed row is checked.
ALTER TABLE suitability_sale ADD CONSTRAINT suitability_sale_amount_range
  CHECK (amount_minor BETWEEN 1 AND 1000000000000000) NOT VALID;
ALTER TABLE product ADD CONSTRAINT product_min_investment_range
  CHECK (min_investment_minor BETWEEN 0 AND 1000000000000000) NOT VALID;
ALTER TABLE holding ADD CONSTRAINT holding_market_value_range
  CHECK (market_value_minor BETWEEN -1000000000000000 AND 1000000000000000) NOT VALID;
ALTER TABLE cash_balance ADD CONSTRAINT cash_balance_amount_range
  CHECK (amount_minor BETWEEN -1000000000000000 AND 1000000000000000) NOT VALID;
ALTER TABLE trade ADD CONSTRAINT trade_amount_range
  CHECK (amount_minor <= 1000000000000000 AND commission_minor <= 1000000000000000) NOT VALID;
ALTER TABLE cash_flow ADD CONSTRAINT cash_flow_amount_range
  CHECK (amount_minor BETWEEN -1000000000000000 AND 1000000000000000) NOT VALID;
ALTER TABLE aum_daily ADD CONSTRAINT aum_daily_range
  CHECK (aum_minor BETWEEN -1000000000000000 AND 1000000000000000) NOT VALID;

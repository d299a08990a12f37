-- Investor suitability (CSRC Order 130; regulatory.md section 1): versioned
-- questionnaires, immutable assessments, investor classification with its
-- evidence, the product catalogue with risk levels, suitability checks, the
-- evidence attached to them (signed risk warnings, dual recordings) and the
-- sales they allowed. Everything here is kept 20 years (section 5), so every
-- record table is insert-only.

-- The client's current standing, kept on the client row for the 360 view and
-- list filters; the history lives in the tables below.
ALTER TABLE customer
  ADD COLUMN risk_expire_time timestamptz,
  ADD COLUMN investor_class text NOT NULL DEFAULT 'ORDINARY' CHECK (investor_class IN ('ORDINARY','PROFESSIONAL'));
CREATE INDEX customer_risk_expire_idx ON customer (risk_expire_time) WHERE risk_expire_time IS NOT NULL;

-- The configurable defaults of section 1, one row, changed by compliance.
CREATE TABLE suitability_setting (
  singleton                   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  validity_days               integer NOT NULL DEFAULT 730 CHECK (validity_days BETWEEN 0 AND 3650),
  block_r1_without_assessment boolean NOT NULL DEFAULT false,
  check_valid_minutes         integer NOT NULL DEFAULT 1440 CHECK (check_valid_minutes BETWEEN 1 AND 43200),
  version                     integer NOT NULL DEFAULT 1,
  update_time                 timestamptz NOT NULL DEFAULT now(),
  updated_by                  uuid REFERENCES app_user(id)
);
INSERT INTO suitability_setting DEFAULT VALUES;

CREATE FUNCTION suitability_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'suitability records are never changed or deleted'
    USING ERRCODE = 'insufficient_privilege';
END $$;

-- content: {"title_en", "questions": [{"id", "text", "text_en", "options":
-- [{"id", "text", "text_en", "score", "forces_lowest"}]}], "bands": [{"level",
-- "min", "max"}]}. A new version is a new row; past assessments keep theirs.
CREATE TABLE questionnaire (
  version       integer PRIMARY KEY CHECK (version > 0),
  title         text NOT NULL,
  content       jsonb NOT NULL,
  publish_time  timestamptz NOT NULL DEFAULT now(),
  published_by  uuid REFERENCES app_user(id)
);
CREATE TRIGGER questionnaire_no_change BEFORE UPDATE OR DELETE ON questionnaire
  FOR EACH ROW EXECUTE FUNCTION suitability_append_only();

INSERT INTO questionnaire (version, title, content) VALUES (1, '投资者风险承受能力评估问卷', $json$
{"title_en": "Investor risk tolerance questionnaire",
 "questions": [
  {"id": "age", "text": "您的年龄", "text_en": "Your age", "options": [
    {"id": "a", "text": "70岁以上", "text_en": "Over 70", "score": 0},
    {"id": "b", "text": "61-70岁", "text_en": "61 to 70", "score": 3},
    {"id": "c", "text": "46-60岁", "text_en": "46 to 60", "score": 6},
    {"id": "d", "text": "18-30岁", "text_en": "18 to 30", "score": 8},
    {"id": "e", "text": "31-45岁", "text_en": "31 to 45", "score": 10}]},
  {"id": "income", "text": "您的家庭年收入", "text_en": "Household annual income", "options": [
    {"id": "a", "text": "5万元以下", "text_en": "Under 50,000 CNY", "score": 0},
    {"id": "b", "text": "5万-20万元", "text_en": "50,000 to 200,000 CNY", "score": 4},
    {"id": "c", "text": "20万-50万元", "text_en": "200,000 to 500,000 CNY", "score": 7},
    {"id": "d", "text": "50万-100万元", "text_en": "500,000 to 1,000,000 CNY", "score": 9},
    {"id": "e", "text": "100万元以上", "text_en": "Over 1,000,000 CNY", "score": 10}]},
  {"id": "assets", "text": "您可用于投资的金融资产", "text_en": "Financial assets available to invest", "options": [
    {"id": "a", "text": "10万元以下", "text_en": "Under 100,000 CNY", "score": 0},
    {"id": "b", "text": "10万-50万元", "text_en": "100,000 to 500,000 CNY", "score": 4},
    {"id": "c", "text": "50万-300万元", "text_en": "500,000 to 3,000,000 CNY", "score": 7},
    {"id": "d", "text": "300万-1000万元", "text_en": "3,000,000 to 10,000,000 CNY", "score": 9},
    {"id": "e", "text": "1000万元以上", "text_en": "Over 10,000,000 CNY", "score": 10}]},
  {"id": "experience", "text": "您的证券、基金等投资经验", "text_en": "Your experience investing in securities or funds", "options": [
    {"id": "a", "text": "没有经验", "text_en": "None", "score": 0},
    {"id": "b", "text": "1年以内", "text_en": "Less than 1 year", "score": 3},
    {"id": "c", "text": "1-3年", "text_en": "1 to 3 years", "score": 6},
    {"id": "d", "text": "3-5年", "text_en": "3 to 5 years", "score": 8},
    {"id": "e", "text": "5年以上", "text_en": "More than 5 years", "score": 10}]},
  {"id": "knowledge", "text": "您的金融投资知识", "text_en": "Your knowledge of financial investing", "options": [
    {"id": "a", "text": "基本没有", "text_en": "Almost none", "score": 0},
    {"id": "b", "text": "了解基础知识", "text_en": "The basics", "score": 4},
    {"id": "c", "text": "较为丰富", "text_en": "Good", "score": 7},
    {"id": "d", "text": "专业水平", "text_en": "Professional", "score": 10}]},
  {"id": "objective", "text": "您的投资目标", "text_en": "Your investment objective", "options": [
    {"id": "a", "text": "保本保值", "text_en": "Preserve capital", "score": 0},
    {"id": "b", "text": "稳定收益", "text_en": "Steady income", "score": 4},
    {"id": "c", "text": "稳健增长", "text_en": "Balanced growth", "score": 7},
    {"id": "d", "text": "追求高收益", "text_en": "Aggressive growth", "score": 10}]},
  {"id": "horizon", "text": "您计划的投资期限", "text_en": "Your investment horizon", "options": [
    {"id": "a", "text": "6个月以内", "text_en": "Under 6 months", "score": 0},
    {"id": "b", "text": "6个月-1年", "text_en": "6 months to 1 year", "score": 3},
    {"id": "c", "text": "1-3年", "text_en": "1 to 3 years", "score": 6},
    {"id": "d", "text": "3年以上", "text_en": "More than 3 years", "score": 10}]},
  {"id": "loss", "text": "您能承受的最大投资损失", "text_en": "The largest loss you can accept", "options": [
    {"id": "a", "text": "不能承受任何损失", "text_en": "I cannot accept any loss", "score": 0, "forces_lowest": true},
    {"id": "b", "text": "5%以内", "text_en": "Up to 5%", "score": 3},
    {"id": "c", "text": "5%-20%", "text_en": "5% to 20%", "score": 6},
    {"id": "d", "text": "20%-50%", "text_en": "20% to 50%", "score": 8},
    {"id": "e", "text": "50%以上", "text_en": "More than 50%", "score": 10}]},
  {"id": "liquidity", "text": "您对这笔资金的流动性需求", "text_en": "When you may need this money back", "options": [
    {"id": "a", "text": "3个月内可能需要", "text_en": "Within 3 months", "score": 0},
    {"id": "b", "text": "1年内可能需要", "text_en": "Within a year", "score": 4},
    {"id": "c", "text": "3年内可能需要", "text_en": "Within 3 years", "score": 7},
    {"id": "d", "text": "没有需要", "text_en": "Not foreseen", "score": 10}]},
  {"id": "funds", "text": "您的投资资金来源", "text_en": "Where the money comes from", "options": [
    {"id": "a", "text": "借款", "text_en": "Borrowed", "score": 0},
    {"id": "b", "text": "继承或赠与", "text_en": "Inheritance or gift", "score": 5},
    {"id": "c", "text": "工资及储蓄", "text_en": "Salary and savings", "score": 8},
    {"id": "d", "text": "经营或投资所得", "text_en": "Business or investment income", "score": 10}]}
 ],
 "bands": [
  {"level": "C1_LOWEST", "min": 0, "max": 0},
  {"level": "C1", "min": 1, "max": 19},
  {"level": "C2", "min": 20, "max": 36},
  {"level": "C3", "min": 37, "max": 53},
  {"level": "C4", "min": 54, "max": 82},
  {"level": "C5", "min": 83, "max": 100}]}
$json$::jsonb);

CREATE TABLE suitability_assessment (
  id                     uuid PRIMARY KEY,
  customer_id            uuid NOT NULL REFERENCES customer(id),
  questionnaire_version  integer NOT NULL REFERENCES questionnaire(version),
  answers                jsonb NOT NULL,
  score                  integer NOT NULL CHECK (score >= 0),
  level                  text NOT NULL CHECK (level IN ('C1_LOWEST','C1','C2','C3','C4','C5')),
  forced_lowest          boolean NOT NULL,
  channel                text NOT NULL CHECK (channel IN ('BRANCH','ONLINE')),
  assess_time            timestamptz NOT NULL,
  expire_time            timestamptz NOT NULL,
  assessed_by            uuid NOT NULL REFERENCES app_user(id)
);
CREATE INDEX suitability_assessment_customer_idx ON suitability_assessment (customer_id, assess_time DESC, id);
CREATE TRIGGER suitability_assessment_no_change BEFORE UPDATE OR DELETE ON suitability_assessment
  FOR EACH ROW EXECUTE FUNCTION suitability_append_only();

CREATE TABLE investor_classification (
  id              uuid PRIMARY KEY,
  customer_id     uuid NOT NULL REFERENCES customer(id),
  investor_class  text NOT NULL CHECK (investor_class IN ('ORDINARY','PROFESSIONAL')),
  basis           text NOT NULL CHECK (basis IN ('QUALIFICATION','APPLICATION','OPT_DOWN')),
  evidence        jsonb NOT NULL,
  unmet           text[] NOT NULL DEFAULT '{}',
  decide_time     timestamptz NOT NULL,
  decided_by      uuid NOT NULL REFERENCES app_user(id)
);
CREATE INDEX investor_classification_customer_idx ON investor_classification (customer_id, decide_time DESC, id);
CREATE TRIGGER investor_classification_no_change BEFORE UPDATE OR DELETE ON investor_classification
  FOR EACH ROW EXECUTE FUNCTION suitability_append_only();

CREATE TABLE product (
  id                    uuid PRIMARY KEY,
  code                  text NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
  name                  text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  type                  text NOT NULL CHECK (type IN ('STOCK','FUND','BOND','FUTURES','OPTION','STRUCTURED_NOTE',
                                                      'PRIVATE_FUND','ASSET_MANAGEMENT','WEALTH_MANAGEMENT','OTHER')),
  risk                  smallint NOT NULL CHECK (risk BETWEEN 1 AND 5),
  min_investment_minor  bigint NOT NULL DEFAULT 0 CHECK (min_investment_minor >= 0),
  currency              text NOT NULL DEFAULT 'CNY' CHECK (currency ~ '^[A-Z]{3}$'),
  maturity_date         date,
  version               integer NOT NULL DEFAULT 1,
  create_time           timestamptz NOT NULL DEFAULT now(),
  update_time           timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE product_risk_history (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  product_id  uuid NOT NULL REFERENCES product(id),
  old_risk    smallint,
  new_risk    smallint NOT NULL,
  reason      text NOT NULL,
  change_time timestamptz NOT NULL DEFAULT now(),
  changed_by  uuid NOT NULL REFERENCES app_user(id)
);
CREATE TRIGGER product_risk_history_no_change BEFORE UPDATE OR DELETE ON product_risk_history
  FOR EACH ROW EXECUTE FUNCTION suitability_append_only();

-- Current positions by product code (a code may be outside the catalogue,
-- e.g. a listed stock). Sales recorded here add to them.
CREATE TABLE holding (
  customer_id         uuid NOT NULL REFERENCES customer(id),
  product_code        text NOT NULL,
  market_value_minor  bigint NOT NULL DEFAULT 0,
  currency            text NOT NULL DEFAULT 'CNY',
  as_of               date NOT NULL DEFAULT current_date,
  PRIMARY KEY (customer_id, product_code)
);
CREATE INDEX holding_product_idx ON holding (product_code);

CREATE TABLE suitability_check (
  id              uuid PRIMARY KEY,
  customer_id     uuid NOT NULL REFERENCES customer(id),
  product_id      uuid NOT NULL REFERENCES product(id),
  intent          text NOT NULL CHECK (intent IN ('RECOMMEND','CLIENT_REQUEST','CAMPAIGN')),
  channel         text NOT NULL CHECK (channel IN ('BRANCH','ONLINE')),
  decision        text NOT NULL CHECK (decision IN ('ALLOW','REQUIRE_ACKNOWLEDGEMENT','DENY')),
  reasons         text[] NOT NULL,
  required_steps  text[] NOT NULL,
  client_level    text,
  investor_class  text NOT NULL,
  product_risk    smallint NOT NULL,
  assessment_id   uuid REFERENCES suitability_assessment(id),
  special_care    boolean NOT NULL,
  mismatch        boolean NOT NULL,
  check_time      timestamptz NOT NULL,
  checked_by      uuid NOT NULL REFERENCES app_user(id)
);
CREATE INDEX suitability_check_customer_idx ON suitability_check (customer_id, check_time DESC);
CREATE TRIGGER suitability_check_no_change BEFORE UPDATE OR DELETE ON suitability_check
  FOR EACH ROW EXECUTE FUNCTION suitability_append_only();

CREATE TABLE suitability_evidence (
  id                uuid PRIMARY KEY,
  check_id          uuid NOT NULL REFERENCES suitability_check(id),
  kind              text NOT NULL CHECK (kind IN ('ACKNOWLEDGEMENT','ELECTRONIC_CONFIRMATION','DUAL_RECORDING')),
  reference         text NOT NULL CHECK (length(reference) BETWEEN 1 AND 500),
  sha256            text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  confirm_time      timestamptz,
  duration_seconds  integer CHECK (duration_seconds > 0),
  recorded_by_name  text NOT NULL DEFAULT '',
  create_time       timestamptz NOT NULL DEFAULT now(),
  created_by        uuid NOT NULL REFERENCES app_user(id)
);
CREATE INDEX suitability_evidence_check_idx ON suitability_evidence (check_id);
CREATE TRIGGER suitability_evidence_no_change BEFORE UPDATE OR DELETE ON suitability_evidence
  FOR EACH ROW EXECUTE FUNCTION suitability_append_only();

CREATE TABLE suitability_sale (
  id            uuid PRIMARY KEY,
  request_id    text NOT NULL UNIQUE,
  check_id      uuid NOT NULL UNIQUE REFERENCES suitability_check(id),
  customer_id   uuid NOT NULL REFERENCES customer(id),
  product_id    uuid NOT NULL REFERENCES product(id),
  amount_minor  bigint NOT NULL CHECK (amount_minor > 0),
  currency      text NOT NULL,
  special_care  boolean NOT NULL,
  mismatch      boolean NOT NULL,
  sale_time     timestamptz NOT NULL,
  sold_by       uuid NOT NULL REFERENCES app_user(id)
);
CREATE INDEX suitability_sale_customer_idx ON suitability_sale (customer_id, sale_time DESC);
CREATE INDEX suitability_sale_flags_idx ON suitability_sale (sale_time DESC) WHERE mismatch OR special_care;
CREATE TRIGGER suitability_sale_no_change BEFORE UPDATE OR DELETE ON suitability_sale
  FOR EACH ROW EXECUTE FUNCTION suitability_append_only();

-- Client-linked rows are visible exactly when their client is (the subquery
-- on customer is itself filtered by its policies); only the roles that write
-- client data add them.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['suitability_assessment','investor_classification','holding','suitability_check',
                           'suitability_sale'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO crm_app USING '
                   '(EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id))', t || '_read', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR INSERT TO crm_app WITH CHECK '
                   '(current_setting(''crm.actor_role'', true) IN (''ACCOUNT_MANAGER'',''TEAM_LEAD'',''BRANCH_MANAGER'') '
                   'AND EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id))', t || '_insert', t);
  END LOOP;
END $$;
CREATE POLICY holding_update ON holding FOR UPDATE TO crm_app
  USING (current_setting('crm.actor_role', true) IN ('ACCOUNT_MANAGER','TEAM_LEAD','BRANCH_MANAGER')
         AND EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));
ALTER TABLE suitability_evidence ENABLE ROW LEVEL SECURITY;
CREATE POLICY suitability_evidence_read ON suitability_evidence FOR SELECT TO crm_app
  USING (EXISTS (SELECT 1 FROM suitability_check k WHERE k.id = check_id));
CREATE POLICY suitability_evidence_insert ON suitability_evidence FOR INSERT TO crm_app
  WITH CHECK (current_setting('crm.actor_role', true) IN ('ACCOUNT_MANAGER','TEAM_LEAD','BRANCH_MANAGER')
              AND EXISTS (SELECT 1 FROM suitability_check k WHERE k.id = check_id));

GRANT SELECT, INSERT ON suitability_assessment, investor_classification, suitability_check, suitability_evidence,
  suitability_sale, questionnaire, product_risk_history TO crm_app;
GRANT SELECT, INSERT, UPDATE ON holding, product TO crm_app;
GRANT SELECT, UPDATE ON suitability_setting TO crm_app;

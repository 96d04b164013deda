-- Audit records the caller's stable id (the token's sub) beside the readable name (preferred_username, else upn,
-- else sub; see service-support CurrentUser). Rows written before keep their name as id: local tokens carried
-- sub = upn.
alter table revinfo add column user_id varchar(255);
update revinfo set user_id = username;
alter table revinfo alter column user_id set not null;

alter table payment_plan add column created_by_id varchar(255), add column updated_by_id varchar(255);
update payment_plan set created_by_id = created_by, updated_by_id = updated_by;
alter table payment_plan alter column created_by_id set not null, alter column updated_by_id set not null;

alter table installment add column created_by_id varchar(255), add column updated_by_id varchar(255);
update installment set created_by_id = created_by, updated_by_id = updated_by;
alter table installment alter column created_by_id set not null, alter column updated_by_id set not null;

alter table installment_event add column created_by_id varchar(255), add column updated_by_id varchar(255);
update installment_event set created_by_id = created_by, updated_by_id = updated_by;
alter table installment_event alter column created_by_id set not null, alter column updated_by_id set not null;

alter table payment add column created_by_id varchar(255), add column updated_by_id varchar(255);
update payment set created_by_id = created_by, updated_by_id = updated_by;
alter table payment alter column created_by_id set not null, alter column updated_by_id set not null;

alter table plan_amendment add column created_by_id varchar(255), add column updated_by_id varchar(255);
update plan_amendment set created_by_id = created_by, updated_by_id = updated_by;
alter table plan_amendment alter column created_by_id set not null, alter column updated_by_id set not null;

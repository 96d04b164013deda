-- Audit records the caller's stable id (the token's sub) beside the readable name (preferred_username, else upn,
-- else sub; see service-support CurrentUser). Rows written before keep their name as id: local tokens carried
-- sub = upn.
alter table revinfo add column user_id varchar(255);
update revinfo set user_id = username;
alter table revinfo alter column user_id set not null;

alter table procurement_budget add column created_by_id varchar(255), add column updated_by_id varchar(255);
update procurement_budget set created_by_id = created_by, updated_by_id = updated_by;
alter table procurement_budget alter column created_by_id set not null, alter column updated_by_id set not null;

alter table supplier add column created_by_id varchar(255), add column updated_by_id varchar(255);
update supplier set created_by_id = created_by, updated_by_id = updated_by;
alter table supplier alter column created_by_id set not null, alter column updated_by_id set not null;

alter table procurement_plan add column created_by_id varchar(255), add column updated_by_id varchar(255);
update procurement_plan set created_by_id = created_by, updated_by_id = updated_by;
alter table procurement_plan alter column created_by_id set not null, alter column updated_by_id set not null;

alter table contract add column created_by_id varchar(255), add column updated_by_id varchar(255);
update contract set created_by_id = created_by, updated_by_id = updated_by;
alter table contract alter column created_by_id set not null, alter column updated_by_id set not null;

alter table contract_amendment add column created_by_id varchar(255), add column updated_by_id varchar(255);
update contract_amendment set created_by_id = created_by, updated_by_id = updated_by;
alter table contract_amendment alter column created_by_id set not null, alter column updated_by_id set not null;

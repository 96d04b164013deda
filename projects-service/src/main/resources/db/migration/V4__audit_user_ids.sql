-- Audit records the caller's stable id (the token's sub) beside the readable name (preferred_username, else upn,
-- else sub; see service-support CurrentUser). Rows written before keep their name as id: local tokens carried
-- sub = upn.
alter table revinfo add column user_id varchar(255);
update revinfo set user_id = username;
alter table revinfo alter column user_id set not null;

alter table budget_document add column created_by_id varchar(255), add column updated_by_id varchar(255);
update budget_document set created_by_id = created_by, updated_by_id = updated_by;
alter table budget_document alter column created_by_id set not null, alter column updated_by_id set not null;

alter table department_budget add column created_by_id varchar(255), add column updated_by_id varchar(255);
update department_budget set created_by_id = created_by, updated_by_id = updated_by;
alter table department_budget alter column created_by_id set not null, alter column updated_by_id set not null;

alter table project add column created_by_id varchar(255), add column updated_by_id varchar(255);
update project set created_by_id = created_by, updated_by_id = updated_by;
alter table project alter column created_by_id set not null, alter column updated_by_id set not null;

alter table performance_target add column created_by_id varchar(255), add column updated_by_id varchar(255);
update performance_target set created_by_id = created_by, updated_by_id = updated_by;
alter table performance_target alter column created_by_id set not null, alter column updated_by_id set not null;

alter table target_observation add column created_by_id varchar(255), add column updated_by_id varchar(255);
update target_observation set created_by_id = created_by, updated_by_id = updated_by;
alter table target_observation alter column created_by_id set not null, alter column updated_by_id set not null;

alter table budget_finding add column created_by_id varchar(255), add column updated_by_id varchar(255);
update budget_finding set created_by_id = created_by, updated_by_id = updated_by;
alter table budget_finding alter column created_by_id set not null, alter column updated_by_id set not null;

-- Each revision in a history carries the version it produced (its ETag then): Envers now audits the
-- optimistic-locking column (quarkus.hibernate-envers.do-not-audit-optimistic-locking-field=false).
-- Each change raised the version by one, so a revision recorded before this migration had as its version the
-- number of revisions of the same row before it.
alter table procurement_plan_aud add column version bigint;
alter table supplier_aud add column version bigint;
alter table contract_aud add column version bigint;

update procurement_plan_aud a set version = n.version
from (select id, rev, row_number() over (partition by id order by rev) - 1 as version from procurement_plan_aud) n
where a.id = n.id and a.rev = n.rev;
update supplier_aud a set version = n.version
from (select id, rev, row_number() over (partition by id order by rev) - 1 as version from supplier_aud) n
where a.id = n.id and a.rev = n.rev;
update contract_aud a set version = n.version
from (select id, rev, row_number() over (partition by id order by rev) - 1 as version from contract_aud) n
where a.id = n.id and a.rev = n.rev;

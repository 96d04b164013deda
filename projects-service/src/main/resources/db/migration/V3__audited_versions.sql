-- Each revision in a history carries the version it produced (its ETag then): Envers now audits the
-- optimistic-locking column (quarkus.hibernate-envers.do-not-audit-optimistic-locking-field=false).
-- Each change raised the version by one, so a revision recorded before this migration had as its version the
-- number of revisions of the same row before it.
alter table project_aud add column version bigint;
alter table budget_finding_aud add column version bigint;
alter table performance_target_aud add column version bigint;
alter table target_observation_aud add column version bigint;

update project_aud a set version = n.version
from (select id, rev, row_number() over (partition by id order by rev) - 1 as version from project_aud) n
where a.id = n.id and a.rev = n.rev;
update budget_finding_aud a set version = n.version
from (select id, rev, row_number() over (partition by id order by rev) - 1 as version from budget_finding_aud) n
where a.id = n.id and a.rev = n.rev;
update performance_target_aud a set version = n.version
from (select id, rev, row_number() over (partition by id order by rev) - 1 as version from performance_target_aud) n
where a.id = n.id and a.rev = n.rev;
update target_observation_aud a set version = n.version
from (select id, rev, row_number() over (partition by id order by rev) - 1 as version from target_observation_aud) n
where a.id = n.id and a.rev = n.rev;

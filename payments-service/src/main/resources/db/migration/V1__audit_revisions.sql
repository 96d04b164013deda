-- Envers revisions: one row per transaction that changed audited entities (see AuditRevision).
create sequence revinfo_seq start with 1 increment by 1;

create table revinfo (
    rev      integer      primary key,
    revtstmp bigint       not null,
    username varchar(100) not null
);

-- projects-service's side of the execution-dashboard benchmark (dashboard.sh), loaded into its schema after Flyway
-- ran and the seed document (43 projects of SJZWFW in 2026) was imported through the API: 1,157 more projects of
-- the department in 2026, so that project ids 1..1,200 match payments' bench/load.sql; each with 3 payment-term
-- installments and 5 performance targets, and 3 observations of every target (so each project has a target
-- completion). Deterministic (setseed).
\set ON_ERROR_STOP on

begin;
select setseed(0.20261206);

insert into project (budget_id, code, sequence, name, department_code, fiscal_year, stated_amount, amount,
        amount_as_written, amount_line, period_start, period_end, implementing_body, overview, legal_basis,
        plan_text, target_note, payment_term_kind, payment_clause_lines, heading_line, created_by, created_at,
        updated_by, updated_at, version, created_by_id, updated_by_id)
select b.id, 'BENCH-' || n, 1000 + n, '基准项目 ' || n, b.department_code, b.fiscal_year, a.amount, a.amount,
       a.amount || '元', 0, date '2026-01-01', date '2026-12-31', '基准实施单位', '基准项目', '-', '-', '-',
       'INSTALLMENTS', '[]'::jsonb, 0, 'bench', now(), 'bench', now(), 0, 'bench', 'bench'
from department_budget b
cross join generate_series((select count(*) + 1 from project), 1200) n
cross join lateral (select round((50000000 + random() * 150000000)::numeric, 2) as amount, n as k) a
where b.department_code = 'SJZWFW' and b.fiscal_year = 2026;

insert into payment_installment (project_id, sequence, percent, payment_trigger, clause_text)
select p.id, s.seq, (array[30, 30, 40])[s.seq], (array['CONTRACT_SIGNED', 'STAGE_ACCEPTANCE', 'FINAL_ACCEPTANCE'])[s.seq],
       '基准付款条款 ' || s.seq
from project p cross join generate_series(1, 3) as s(seq)
where p.code like 'BENCH-%';

insert into performance_target (project_id, level1, level2, name, comparator, target_value, unit, deadline,
        approximate, origin, created_by, created_at, updated_by, updated_at, version, created_by_id, updated_by_id)
select p.id, (array['OUTPUT', 'OUTPUT', 'BENEFIT', 'SATISFACTION', 'COST'])[t],
       (array['QUANTITY', 'QUALITY', 'SOCIAL_BENEFIT', 'SERVICE_RECIPIENT_SATISFACTION', 'ECONOMIC_COST'])[t], '基准目标 ' || t,
       (array['GE', 'GE', 'GE', 'GE', 'LE'])[t], 100, '%', date '2026-12-31', false, 'MANUAL',
       'bench', now(), 'bench', now(), 0, 'bench', 'bench'
from project p cross join generate_series(1, 5) t
where p.code like 'BENCH-%';

insert into target_observation (target_id, observed_value, observed_on, note, created_by, created_at, updated_by,
        updated_at, version, created_by_id, updated_by_id)
select t.id,
       case when t.comparator = 'QUALITATIVE' then round(random()::numeric, 4)
            else round(coalesce(t.target_value, 1) * (0.5 + random() * 0.6)::numeric, 4) end,
       date '2026-03-31' + 91 * (o - 1), null, 'bench', now(), 'bench', now(), 0, 'bench', 'bench'
from performance_target t cross join generate_series(1, 3) o;
commit;

vacuum (analyze) project;
vacuum (analyze) payment_installment;
vacuum (analyze) performance_target;
vacuum (analyze) target_observation;

select count(*) as projects, min(id) as first_id, max(id) as last_id,
       (select count(*) from performance_target) as targets, (select count(*) from target_observation) as observations
from project where department_code = 'SJZWFW' and fiscal_year = 2026;

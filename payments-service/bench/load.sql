-- Synthetic data set for the due-payments benchmark, loaded straight into the payments service's database
-- (after Flyway created the schema). 1,200 projects over the fiscal years 2022-2026, 21,000 contract plans,
-- 1,050,000 installments with due dates spread over 2022-2027 relative to today (psql -v installments=N loads N
-- installments instead, 50 per plan):
--   * due more than 60 days ago: paid, except 0.2% still open (long overdue);
--   * due in the last 60 days: 70% paid, 20% due, 5% partly paid, 5% still pending;
--   * due in the next 60 days: 40% payable, the rest pending;
--   * later: pending (trigger not met, no due date).
-- Deterministic (setseed). Existing plans, installments, events, payments and amendments are removed.
\set ON_ERROR_STOP on
\timing on
\if :{?installments}
\else
\set installments 1050000
\endif
select :installments / 50 as plans \gset

begin;
truncate payment, installment_event, plan_amendment, installment, payment_plan restart identity;

select setseed(0.20260101);

insert into payment_plan (project_id, project_code, project_name, fiscal_year, department_code, contract_id,
        category, supplier_id, supplier_name, supplier_credit_code, supplier_size, contract_value, ceiling,
        plan_value, payment_term_days, late_daily_rate, signed_date, period_start, period_end, kind, recurrence,
        source, template_code, clause_text, created_by, created_at, updated_by, updated_at, version, created_by_id,
        updated_by_id)
select pr, 'BENCH-' || pr, '基准项目 ' || pr, fy, 'SJZWFW', 900000 + g,
       (array['GOODS', 'WORKS', 'SERVICES'])[1 + g % 3], 500000 + g % 3000, '基准供应商 ' || (g % 3000), null,
       (array['LARGE', 'MEDIUM', 'SMALL', 'MICRO'])[1 + g % 4], 0, 0, 0, null, null,
       make_date(fy, 1, 1) + (g % 90), make_date(fy, 1, 1), make_date(fy, 12, 31), 'RECURRING', 'MONTHLY',
       'REQUEST', null, null, 'bench', now(), 'bench', now(), 0, 'bench', 'bench'
from generate_series(1, :plans) g
cross join lateral (select 1 + (g - 1) % 1200 as pr) p
cross join lateral (select 2022 + (pr - 1) / 240 as fy) y;

insert into installment (plan_id, sequence, project_id, project_code, project_name, contract_id, supplier_id,
        supplier_name, supplier_size, category,
        fiscal_year, percent, amount, estimated, trigger_type, service_months, fixed_date, fiscal_close,
        period_start, period_end, clause_text, status, event_date, due_date, statutory_deadline, term_days,
        term_capped, deadline_basis, paid_amount, daily_rate, interest_base, interest_from, created_by,
        created_at, updated_by, updated_at, version, created_by_id, updated_by_id)
select p.id, s.seq, p.project_id, p.project_code, p.project_name, p.contract_id, p.supplier_id, p.supplier_name,
       p.supplier_size, p.category, p.fiscal_year,
       null, s.amount, false, 'PERIOD_ENDED', null, null, false, null, null, null,
       s.status,
       case when s.status <> 'PENDING' then s.d - 30 end,
       case when s.status <> 'PENDING' then s.d end,
       case when s.status <> 'PENDING' and p.supplier_size <> 'LARGE' then s.d end,
       case when s.status <> 'PENDING' then 30 end,
       false,
       case when s.status <> 'PENDING' then 'EVENT' end,
       case s.status when 'PAID' then s.amount when 'PARTIALLY_PAID' then round(s.amount / 2, 2) else 0 end,
       case when p.supplier_size <> 'LARGE' then 0.0005 else 0 end,
       0,
       case when s.status <> 'PENDING' then s.d end,
       'bench', now(), 'bench', now(), 0, 'bench', 'bench'
from (
    select g, 1 + (g - 1) % :plans as plan_id, 1 + (g - 1) / :plans as seq, d,
           round((1000 + r2 * 499000)::numeric, 2) as amount,
           case
               when d < current_date - 60 then case when r < 0.002 then 'DUE' else 'PAID' end
               when d < current_date then case when r < 0.20 then 'DUE' when r < 0.25 then 'PARTIALLY_PAID'
                                               when r < 0.30 then 'PENDING' else 'PAID' end
               when d < current_date + 60 then case when r < 0.40 then 'DUE' else 'PENDING' end
               else 'PENDING'
           end as status
    from (
        select g, random() as r, random() as r2, date '2022-01-01' + (random() * 2190)::int as d
        from generate_series(1, :installments) g
    ) raw
) s
join payment_plan p on p.id = s.plan_id;

update payment_plan p set plan_value = t.total, ceiling = t.total, contract_value = t.total
from (select plan_id, sum(amount) as total from installment group by plan_id) t
where t.plan_id = p.id;
commit;

vacuum (analyze) payment_plan;
vacuum (analyze) installment;

select count(*) as installments,
       count(*) filter (where status in ('DUE', 'PARTIALLY_PAID')) as open,
       count(*) filter (where status in ('DUE', 'PARTIALLY_PAID') and due_date <= current_date + 30) as due_in_30_days_or_overdue,
       count(distinct plan_id) as contracts, count(distinct project_id) as projects,
       count(distinct fiscal_year) as fiscal_years
from installment;

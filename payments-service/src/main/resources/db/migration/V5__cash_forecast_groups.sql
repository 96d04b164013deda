-- The cash forecast's grouping, maintained: the unpaid installments (PENDING, DUE or PARTIALLY_PAID, still owing)
-- counted and summed by every fact the forecast reads (the plan facts only for PENDING ones, as a payable
-- installment is placed by its due date alone), plus project and fiscal year, which it filters by.
--
-- Writers never update a shared row (32 clients paying installments of the same due date would queue on its lock):
-- statement triggers append +/- deltas to forecast_group_delta, one row per key a statement changes (a bulk load
-- appends one per key, not one per installment). A read sums the compacted groups and the deltas in one
-- statement; ForecastGroups folds the deltas into them (compaction) when a read finds many.

create table forecast_group (
    project_id              bigint         not null,
    fiscal_year             integer        not null,
    status                  varchar(20)    not null,
    trigger_type            varchar(30)    not null,
    due_date                date,
    service_months          integer,
    fixed_date              date,
    installment_period_end  date,
    signed_date             date,
    period_start            date,
    period_end              date,
    payment_term_days       integer,
    supplier_size           varchar(10),
    installments            bigint         not null,
    outstanding             numeric(20, 2) not null,
    constraint forecast_group_key unique nulls not distinct (project_id, fiscal_year, status, trigger_type,
        due_date, service_months, fixed_date, installment_period_end, signed_date, period_start, period_end,
        payment_term_days, supplier_size)
);

-- The same groups over all projects and years (what the forecast reads unfiltered): ~2,000 rows rather than
-- ~23,000 at 1,050,000 installments. Compaction folds the deltas into both tables.
create table forecast_group_total (
    status                  varchar(20)    not null,
    trigger_type            varchar(30)    not null,
    due_date                date,
    service_months          integer,
    fixed_date              date,
    installment_period_end  date,
    signed_date             date,
    period_start            date,
    period_end              date,
    payment_term_days       integer,
    supplier_size           varchar(10),
    installments            bigint         not null,
    outstanding             numeric(20, 2) not null,
    constraint forecast_group_total_key unique nulls not distinct (status, trigger_type, due_date,
        service_months, fixed_date, installment_period_end, signed_date, period_start, period_end,
        payment_term_days, supplier_size)
);

-- Append-only between compactions; no key, no index: appending is all a write does here.
create table forecast_group_delta (like forecast_group);

-- What one installment statement changes: its old rows (UPDATE, DELETE) count -1, its new rows (INSERT, UPDATE)
-- +1, each with the plan facts as they are now. Keys whose changes cancel out (an update that moves neither the
-- key nor the amount owed, e.g. interest or updated_at) append nothing. Transition tables allow one event per
-- trigger, and static SQL keeps its plan between calls (a payment runs this once), hence three functions that
-- differ only in the rows they read.
create function forecast_installment_inserted() returns trigger language plpgsql as $$
begin
    insert into forecast_group_delta
    select i.project_id, i.fiscal_year, i.status, i.trigger_type, i.due_date,
           case when i.status = 'PENDING' then i.service_months end,
           case when i.status = 'PENDING' then i.fixed_date end,
           case when i.status = 'PENDING' then i.period_end end,
           case when i.status = 'PENDING' then p.signed_date end,
           case when i.status = 'PENDING' then p.period_start end,
           case when i.status = 'PENDING' then p.period_end end,
           case when i.status = 'PENDING' then p.payment_term_days end,
           case when i.status = 'PENDING' then p.supplier_size end,
           sum(i.sign), sum(i.sign * (i.amount - i.paid_amount))
    from (select 1 as sign, * from new_rows) i
    join payment_plan p on p.id = i.plan_id
    where i.status in ('PENDING', 'DUE', 'PARTIALLY_PAID') and i.amount > i.paid_amount
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
    having sum(i.sign) <> 0 or sum(i.sign * (i.amount - i.paid_amount)) <> 0;
    return null;
end
$$;

create function forecast_installment_updated() returns trigger language plpgsql as $$
begin
    insert into forecast_group_delta
    select i.project_id, i.fiscal_year, i.status, i.trigger_type, i.due_date,
           case when i.status = 'PENDING' then i.service_months end,
           case when i.status = 'PENDING' then i.fixed_date end,
           case when i.status = 'PENDING' then i.period_end end,
           case when i.status = 'PENDING' then p.signed_date end,
           case when i.status = 'PENDING' then p.period_start end,
           case when i.status = 'PENDING' then p.period_end end,
           case when i.status = 'PENDING' then p.payment_term_days end,
           case when i.status = 'PENDING' then p.supplier_size end,
           sum(i.sign), sum(i.sign * (i.amount - i.paid_amount))
    from (select -1 as sign, * from old_rows union all select 1 as sign, * from new_rows) i
    join payment_plan p on p.id = i.plan_id
    where i.status in ('PENDING', 'DUE', 'PARTIALLY_PAID') and i.amount > i.paid_amount
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
    having sum(i.sign) <> 0 or sum(i.sign * (i.amount - i.paid_amount)) <> 0;
    return null;
end
$$;

create function forecast_installment_deleted() returns trigger language plpgsql as $$
begin
    insert into forecast_group_delta
    select i.project_id, i.fiscal_year, i.status, i.trigger_type, i.due_date,
           case when i.status = 'PENDING' then i.service_months end,
           case when i.status = 'PENDING' then i.fixed_date end,
           case when i.status = 'PENDING' then i.period_end end,
           case when i.status = 'PENDING' then p.signed_date end,
           case when i.status = 'PENDING' then p.period_start end,
           case when i.status = 'PENDING' then p.period_end end,
           case when i.status = 'PENDING' then p.payment_term_days end,
           case when i.status = 'PENDING' then p.supplier_size end,
           sum(i.sign), sum(i.sign * (i.amount - i.paid_amount))
    from (select -1 as sign, * from old_rows) i
    join payment_plan p on p.id = i.plan_id
    where i.status in ('PENDING', 'DUE', 'PARTIALLY_PAID') and i.amount > i.paid_amount
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
    having sum(i.sign) <> 0 or sum(i.sign * (i.amount - i.paid_amount)) <> 0;
    return null;
end
$$;

create trigger installment_forecast_insert after insert on installment
    referencing new table as new_rows
    for each statement execute function forecast_installment_inserted();
create trigger installment_forecast_update after update on installment
    referencing old table as old_rows new table as new_rows
    for each statement execute function forecast_installment_updated();
create trigger installment_forecast_delete after delete on installment
    referencing old table as old_rows
    for each statement execute function forecast_installment_deleted();

-- A plan whose facts change (amendment) moves its pending installments from the old facts to the new ones.
create function forecast_plan_changes() returns trigger language plpgsql as $$
begin
    insert into forecast_group_delta
    select i.project_id, i.fiscal_year, i.status, i.trigger_type, i.due_date, i.service_months, i.fixed_date,
           i.period_end, f.signed_date, f.period_start, f.period_end, f.payment_term_days, f.supplier_size,
           sum(f.sign), sum(f.sign * (i.amount - i.paid_amount))
    from (
        select o.id, -1 as sign, o.signed_date, o.period_start, o.period_end, o.payment_term_days,
               o.supplier_size, n.signed_date as new_signed_date, n.period_start as new_period_start,
               n.period_end as new_period_end, n.payment_term_days as new_payment_term_days,
               n.supplier_size as new_supplier_size
        from old_plans o join new_plans n on n.id = o.id
    ) c
    cross join lateral (
        select c.id, c.sign, c.signed_date, c.period_start, c.period_end, c.payment_term_days, c.supplier_size
        union all
        select c.id, 1, c.new_signed_date, c.new_period_start, c.new_period_end, c.new_payment_term_days,
               c.new_supplier_size
    ) f
    join installment i on i.plan_id = f.id
    where (c.signed_date, c.period_start, c.period_end, c.payment_term_days, c.supplier_size)
              is distinct from (c.new_signed_date, c.new_period_start, c.new_period_end,
                                c.new_payment_term_days, c.new_supplier_size)
      and i.status = 'PENDING' and i.amount > i.paid_amount
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13;
    return null;
end
$$;

create trigger payment_plan_forecast_update after update on payment_plan
    referencing old table as old_plans new table as new_plans
    for each statement execute function forecast_plan_changes();

-- bench/load.sql empties installment (with payment_plan) before loading.
create function forecast_truncate() returns trigger language plpgsql as $$
begin
    truncate forecast_group, forecast_group_total, forecast_group_delta;
    return null;
end
$$;

create trigger installment_forecast_truncate after truncate on installment
    for each statement execute function forecast_truncate();

-- The triggers exist (and their creation locks installment and payment_plan against writes until this migration
-- commits), so the rows grouped here are all the rows there are.
insert into forecast_group
select i.project_id, i.fiscal_year, i.status, i.trigger_type, i.due_date,
       case when i.status = 'PENDING' then i.service_months end,
       case when i.status = 'PENDING' then i.fixed_date end,
       case when i.status = 'PENDING' then i.period_end end,
       case when i.status = 'PENDING' then p.signed_date end,
       case when i.status = 'PENDING' then p.period_start end,
       case when i.status = 'PENDING' then p.period_end end,
       case when i.status = 'PENDING' then p.payment_term_days end,
       case when i.status = 'PENDING' then p.supplier_size end,
       count(*), sum(i.amount - i.paid_amount)
from installment i
join payment_plan p on p.id = i.plan_id
where i.status in ('PENDING', 'DUE', 'PARTIALLY_PAID') and i.amount > i.paid_amount
group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13;

insert into forecast_group_total
select status, trigger_type, due_date, service_months, fixed_date, installment_period_end, signed_date,
       period_start, period_end, payment_term_days, supplier_size, sum(installments), sum(outstanding)
from forecast_group
group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;

analyze forecast_group;
analyze forecast_group_total;

-- The forecast no longer reads the unpaid installments; their covering index (V4) only cost every write.
drop index installment_unpaid_ix;

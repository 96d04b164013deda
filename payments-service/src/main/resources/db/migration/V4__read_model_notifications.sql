-- Every instance caches read answers (due payments, their summary, the cash forecast) per read-model version.
-- A statement that changes a table those answers read notifies channel read_model; PostgreSQL delivers the
-- notification only when (and if) the transaction commits, and pg_notify takes no row lock, so concurrent
-- payments do not serialise on it. Each instance moves its own version on every notification it receives.
create function notify_read_model() returns trigger language plpgsql as $$
begin
    perform pg_notify('read_model', tg_table_name);
    return null;
end
$$;

create trigger installment_read_model after insert or update or delete or truncate on installment
    for each statement execute function notify_read_model();
create trigger payment_plan_read_model after insert or update or delete or truncate on payment_plan
    for each statement execute function notify_read_model();
create trigger payment_read_model after insert or update or delete or truncate on payment
    for each statement execute function notify_read_model();

-- The cash forecast reads every unpaid installment (the pending ones too) with these columns: an index-only scan.
create index installment_unpaid_ix on installment (plan_id)
    include (status, trigger_type, amount, paid_amount, due_date, service_months, fixed_date, period_end,
             project_id, fiscal_year)
    where status in ('PENDING', 'DUE', 'PARTIALLY_PAID');

-- The transaction POST /api/v1/installments/{id}/payments runs for a new Idempotency-Key (PaymentService.pay), as
-- Hibernate sends it (bench/pay.sh with BENCH_SHOW_SQL=1 prints Hibernate's log of one payment), for pgbench:
--   pgbench -M prepared -D open=<open installments> -D paid_date=<today> -D run=<unique text> -f bench/pay.sql
-- :open is the size of bench_open_installment (made by pay.sh): the installment is one of them, looked up before
-- the transaction (a primary-key read the service does not make). Each payment is 0.01 with a new key. The update
-- writes every column, as Hibernate does, with the values the service computes (paid 0.01 more, partly paid).
\set n random(1, :open)
\set k random(1, 1000000000000)
select id as installment_id from bench_open_installment where n = :n \gset
begin;
select id, amount, category, clause_text, contract_id, created_at, created_by, created_by_id, daily_rate,
       deadline_basis, due_date, estimated, event_date, fiscal_close, fiscal_year, fixed_date, interest_base,
       interest_from, paid_amount, percent, period_end, period_start, plan_id, project_code, project_id,
       project_name, sequence, service_months, status, statutory_deadline, supplier_id, supplier_name, supplier_size,
       term_capped, term_days, trigger_type, updated_at, updated_by, updated_by_id, version
  from installment where id = :installment_id for no key update;
select idempotency_key, reversed, paid_date, amount from payment where installment_id = :installment_id;
insert into payment (amount, created_at, created_by, created_by_id, idempotency_key, installment_id, paid_date,
       request_hash, reversal_reason, reversed, reversed_at, reversed_by, updated_at, updated_by, updated_by_id,
       version, voucher_no)
  values (0.01, now(), 'bench', 'bench', concat(:run::text, '-', :client_id::text, '-', :k::text), :installment_id, :paid_date,
       md5(concat(:installment_id::text, '|0.01|', :paid_date::text)) || md5(:run::text), null, false, null, null, now(), 'bench',
       'bench', 0, 'BENCH')
  returning id;
update installment set amount = amount, category = category, clause_text = clause_text, contract_id = contract_id,
       daily_rate = daily_rate, deadline_basis = deadline_basis, due_date = due_date, estimated = estimated,
       event_date = event_date, fiscal_close = fiscal_close, fiscal_year = fiscal_year, fixed_date = fixed_date,
       interest_base = interest_base, interest_from = interest_from, paid_amount = paid_amount + 0.01,
       percent = percent, period_end = period_end, period_start = period_start, plan_id = plan_id,
       project_code = project_code, project_id = project_id, project_name = project_name, sequence = sequence,
       service_months = service_months, status = 'PARTIALLY_PAID', statutory_deadline = statutory_deadline,
       supplier_id = supplier_id, supplier_name = supplier_name, supplier_size = supplier_size,
       term_capped = term_capped, term_days = term_days, trigger_type = trigger_type, updated_at = now(),
       updated_by = 'bench', updated_by_id = 'bench', version = version + 1
  where id = :installment_id and version = version;
commit;

-- The transaction POST /api/v1/installments/{id}/payments runs for a new Idempotency-Key: PaymentLedger's four
-- statements, word for word (BenchmarkSqlTest), for pgbench:
--   pgbench -M prepared -D open=<open installments> -D paid_date=<today> -D run=<unique text> -f bench/pay.sql
-- :open is the size of bench_open_installment (made by pay.sh): the installment is one of them, looked up before
-- the transaction (a primary-key read the service does not make) together with what the service has in hand before
-- it starts: the key, the request's hash, the amount (0.01) and the user. The update writes what the service
-- computes (0.01 more paid, partly paid).
\set n random(1, :open)
\set k random(1, 1000000000000)
select id as installment_id, concat(:run::text, '-', :client_id::text, '-', :k::text) as idempotency_key,
       md5(concat(id::text, '|0.01|', :paid_date::text)) || md5(:run::text) as request_hash, 0.01 as amount,
       'BENCH' as voucher_no, 'bench' as user_name, 'bench' as user_id, 'PARTIALLY_PAID' as status,
       0 as interest_base
  from bench_open_installment where n = :n \gset
begin;
select status, trigger_type, amount, paid_amount, due_date, daily_rate from installment where id = :installment_id for no key update \gset locked_
select idempotency_key, reversed, paid_date, amount from payment where installment_id = :installment_id;
insert into payment (installment_id, amount, paid_date, voucher_no, idempotency_key, request_hash, created_by, created_by_id, created_at, updated_by, updated_by_id, updated_at, version) values (:installment_id, :amount, :paid_date, :voucher_no, :idempotency_key, :request_hash, :user_name, :user_id, now(), :user_name, :user_id, now(), 0) returning id, created_at;
\set paid_amount :locked_paid_amount + :amount
update installment set paid_amount = :paid_amount, status = :status, interest_base = :interest_base, interest_from = :paid_date, updated_by = :user_name, updated_by_id = :user_id, updated_at = now(), version = version + 1 where id = :installment_id;
commit;

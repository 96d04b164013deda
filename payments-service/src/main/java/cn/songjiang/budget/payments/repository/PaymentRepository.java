package cn.songjiang.budget.payments.repository;

import cn.songjiang.budget.payments.domain.LatePaymentInterest;
import cn.songjiang.budget.payments.domain.Payment;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Payments. */
@ApplicationScoped
public class PaymentRepository implements PanacheRepository<Payment> {

    public Optional<Payment> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    public List<Payment> ofInstallment(long installmentId) {
        return list("installment.id = ?1 order by paidDate, id", installmentId);
    }

    /** The payments that count against the installment: every one not reversed. */
    public List<LatePaymentInterest.Paid> counted(long installmentId) {
        return list("installment.id = ?1 and reversed = false", installmentId).stream()
                .map(p -> new LatePaymentInterest.Paid(p.paidDate, p.amount)).toList();
    }
}

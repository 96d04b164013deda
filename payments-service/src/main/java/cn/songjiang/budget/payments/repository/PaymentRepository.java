package cn.songjiang.budget.payments.repository;

import cn.songjiang.budget.payments.domain.LatePaymentInterest;
import cn.songjiang.budget.payments.domain.Payment;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Payments. */
@ApplicationScoped
public class PaymentRepository implements PanacheRepository<Payment> {

    public Optional<Payment> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    /** What a new payment of the installment needs to know of the earlier ones (reversed ones included). */
    public record Earlier(String idempotencyKey, boolean reversed, LocalDate paidDate, BigDecimal amount) {
    }

    /**
     * The installment's payments as {@link Earlier} values rather than entities: nothing to hydrate, and nothing
     * more for Hibernate to keep and check for changes at the flush.
     */
    public List<Earlier> earlierOf(long installmentId) {
        return getEntityManager().createQuery("select p.idempotencyKey, p.reversed, p.paidDate, p.amount "
                + "from Payment p where p.installment.id = :installment", Object[].class)
                .setParameter("installment", installmentId).getResultList().stream()
                .map(row -> new Earlier((String) row[0], (Boolean) row[1], (LocalDate) row[2],
                        (BigDecimal) row[3]))
                .toList();
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

package cn.songjiang.budget.payments.repository;

import cn.songjiang.budget.payments.domain.Installment;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Installments. */
@ApplicationScoped
public class InstallmentRepository implements PanacheRepository<Installment> {

    /** The installments of a plan that count (not cancelled), in sequence order. */
    public List<Installment> activeOfPlan(long planId) {
        return list("plan.id = ?1 and status <> ?2 order by sequence", planId, InstallmentStatus.CANCELLED);
    }

    /** Locks the installment row until the transaction ends: payments and events on it are serialised. */
    public Optional<Installment> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}

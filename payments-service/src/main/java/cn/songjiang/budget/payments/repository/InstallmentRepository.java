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

    /** The installments that count (not cancelled) of a project's plans, by plan and sequence: one page of them. */
    public List<Installment> activeOfProject(long projectId, int page, int size) {
        return find("plan.projectId = ?1 and status <> ?2 order by plan.id, sequence", projectId,
                InstallmentStatus.CANCELLED).page(page, size).list();
    }

    public long countActiveOfProject(long projectId) {
        return count("plan.projectId = ?1 and status <> ?2", projectId, InstallmentStatus.CANCELLED);
    }

    /**
     * Per plan and status, the installments that count: plan id, status, how many, their amount, what is paid on
     * them and the earliest due date.
     */
    public List<Object[]> totalsOfPlans(List<Long> planIds) {
        return getEntityManager().createQuery("select i.plan.id, i.status, count(i), sum(i.amount), sum(i.paidAmount), "
                + "min(i.dueDate) from Installment i where i.plan.id in :plans and i.status <> :cancelled "
                + "group by i.plan.id, i.status", Object[].class)
                .setParameter("plans", planIds).setParameter("cancelled", InstallmentStatus.CANCELLED)
                .getResultList();
    }

    /** Locks the installment row until the transaction ends: payments and events on it are serialised. */
    public Optional<Installment> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}

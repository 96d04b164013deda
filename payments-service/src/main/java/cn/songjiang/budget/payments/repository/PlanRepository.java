package cn.songjiang.budget.payments.repository;

import cn.songjiang.budget.payments.domain.PaymentPlan;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Optional;

/** Payment plans. */
@ApplicationScoped
public class PlanRepository implements PanacheRepository<PaymentPlan> {

    public Optional<PaymentPlan> findByContract(long contractId) {
        return find("contractId", contractId).firstResultOptional();
    }

    /** What the plans of a project already schedule, contract plans and direct plans alike. */
    public BigDecimal scheduledForProject(long projectId) {
        BigDecimal sum = getEntityManager()
                .createQuery("select coalesce(sum(p.planValue), 0) from PaymentPlan p where p.projectId = :project",
                        BigDecimal.class)
                .setParameter("project", projectId).getSingleResult();
        return sum;
    }

    /**
     * Serialises the budget check of direct plans of one project until the transaction ends, so that two plans
     * made at the same moment cannot both take the last of the budget.
     */
    public void lockProjectBudget(long projectId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, projectId).getSingleResult();
    }
}

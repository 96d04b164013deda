package cn.songjiang.budget.payments.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-project sums of a fiscal year for the execution dashboard (projections, no entities). */
@ApplicationScoped
public class ExecutionRepository {

    /** Contracted, scheduled and paid money of one project. */
    public record ProjectSums(BigDecimal contracted, BigDecimal scheduled, BigDecimal paid) {
    }

    private final EntityManager entityManager;

    public ExecutionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public Map<Long, ProjectSums> sums(int fiscalYear) {
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        List<Object[]> plans = entityManager.createNativeQuery(
                "select project_id, coalesce(sum(contract_value) filter (where contract_id is not null), 0),"
                        + " coalesce(sum(plan_value), 0) from payment_plan where fiscal_year = ?1 group by project_id")
                .setParameter(1, fiscalYear).getResultList();
        for (Object[] row : plans) {
            BigDecimal[] value = sums.computeIfAbsent(((Number) row[0]).longValue(), k -> zeros());
            value[0] = (BigDecimal) row[1];
            value[1] = (BigDecimal) row[2];
        }
        List<Object[]> paid = entityManager.createNativeQuery(
                "select i.project_id, coalesce(sum(pay.amount), 0) from payment pay"
                        + " join installment i on i.id = pay.installment_id"
                        + " where pay.reversed = false and i.fiscal_year = ?1 group by i.project_id")
                .setParameter(1, fiscalYear).getResultList();
        for (Object[] row : paid) {
            sums.computeIfAbsent(((Number) row[0]).longValue(), k -> zeros())[2] = (BigDecimal) row[1];
        }
        Map<Long, ProjectSums> result = new HashMap<>();
        sums.forEach((project, v) -> result.put(project, new ProjectSums(v[0].setScale(2), v[1].setScale(2),
                v[2].setScale(2))));
        return result;
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }
}

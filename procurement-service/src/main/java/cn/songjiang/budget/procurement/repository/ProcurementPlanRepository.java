package cn.songjiang.budget.procurement.repository;

import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.procurement.domain.PlanStatus;
import cn.songjiang.budget.procurement.domain.ProcurementCategory;
import cn.songjiang.budget.procurement.domain.ProcurementMethod;
import cn.songjiang.budget.procurement.domain.ProcurementPlan;
import cn.songjiang.budget.support.persistence.SearchFilter;
import cn.songjiang.budget.support.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

/** Procurement plans and the sums the budget rules need. */
@ApplicationScoped
public class ProcurementPlanRepository implements PanacheRepositoryBase<ProcurementPlan, Long> {

    /** What the project's plans already take of its budget: every plan that is not cancelled. */
    public BigDecimal plannedForProject(long projectId) {
        BigDecimal sum = getEntityManager().createQuery(
                        "select sum(p.amount) from ProcurementPlan p where p.projectId = :project and p.status <> :cancelled",
                        BigDecimal.class)
                .setParameter("project", projectId)
                .setParameter("cancelled", PlanStatus.CANCELLED)
                .getSingleResult();
        return Money.orZero(sum);
    }

    /** What the category's plans take of the declared category budget (government procurement only). */
    public BigDecimal plannedInCategory(long budgetId, ProcurementCategory category) {
        BigDecimal sum = getEntityManager().createQuery(
                        "select sum(p.amount) from ProcurementPlan p where p.budget.id = :budget and p.category = :category"
                                + " and p.status <> :cancelled and p.method <> :notApplicable", BigDecimal.class)
                .setParameter("budget", budgetId)
                .setParameter("category", category)
                .setParameter("cancelled", PlanStatus.CANCELLED)
                .setParameter("notApplicable", ProcurementMethod.NOT_APPLICABLE)
                .getSingleResult();
        return Money.orZero(sum);
    }

    public List<ProcurementPlan> ofBudget(long budgetId) {
        return list("budget.id", Sort.by("id"), budgetId);
    }

    public PanacheQuery<ProcurementPlan> search(Long budgetId, Long projectId, ProcurementCategory category,
            PlanStatus status, PageRequest page) {
        SearchFilter filter = new SearchFilter().equal("budget.id", "budget", budgetId).equal("projectId", "project", projectId)
                .equal("category", "category", category).equal("status", "status", status);
        return find(filter.query(), Sort.by("id"), filter.parameters()).page(Page.of(page.page(), page.size()));
    }
}

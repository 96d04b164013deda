package cn.songjiang.budget.procurement.repository;

import cn.songjiang.budget.procurement.domain.Contract;
import cn.songjiang.budget.procurement.domain.ContractStatus;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.support.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Contracts, filtered lists, and the awarded sums of plans and budgets. */
@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, Long> {

    /** What the contracts on a plan commit (terminated contracts no longer do), optionally leaving one out. */
    public BigDecimal awardedOnPlan(long planId, Long exceptContractId) {
        BigDecimal sum = getEntityManager().createQuery(
                        "select sum(c.value) from Contract c where c.plan.id = :plan and c.status <> :terminated"
                                + " and c.id <> :except", BigDecimal.class)
                .setParameter("plan", planId)
                .setParameter("terminated", ContractStatus.TERMINATED)
                .setParameter("except", exceptContractId == null ? -1L : exceptContractId)
                .getSingleResult();
        return Money.orZero(sum);
    }

    /** Contracts of a budget's plans, with plan and supplier loaded. */
    public List<Contract> ofBudget(long budgetId) {
        return find("select c from Contract c join fetch c.plan p join fetch c.supplier where p.budget.id = ?1"
                + " order by c.id", budgetId).list();
    }

    public PanacheQuery<Contract> search(Long projectId, Long supplierId, Long planId, ContractStatus status,
            PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (projectId != null) {
            where.add("projectId = :project");
            parameters.and("project", projectId);
        }
        if (supplierId != null) {
            where.add("supplier.id = :supplier");
            parameters.and("supplier", supplierId);
        }
        if (planId != null) {
            where.add("plan.id = :plan");
            parameters.and("plan", planId);
        }
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        return find(String.join(" and ", where), Sort.by("id"), parameters).page(Page.of(page.page(), page.size()));
    }
}

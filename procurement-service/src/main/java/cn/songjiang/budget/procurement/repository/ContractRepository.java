package cn.songjiang.budget.procurement.repository;

import cn.songjiang.budget.procurement.domain.Contract;
import cn.songjiang.budget.procurement.domain.ContractStatus;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.support.persistence.SearchFilter;
import cn.songjiang.budget.support.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
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
        SearchFilter filter = new SearchFilter().equal("projectId", "project", projectId)
                .equal("supplier.id", "supplier", supplierId).equal("plan.id", "plan", planId)
                .equal("status", "status", status);
        return find(filter.query(), Sort.by("id"), filter.parameters()).page(Page.of(page.page(), page.size()));
    }
}

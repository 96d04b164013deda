package cn.songjiang.budget.procurement.repository;

import cn.songjiang.budget.procurement.domain.ProcurementBudget;
import cn.songjiang.budget.support.persistence.SearchFilter;
import cn.songjiang.budget.support.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Procurement budgets by id, by department and year, and filtered lists. */
@ApplicationScoped
public class ProcurementBudgetRepository implements PanacheRepositoryBase<ProcurementBudget, Long> {

    public Optional<ProcurementBudget> findByDepartmentAndYear(String departmentCode, int fiscalYear) {
        return find("departmentCode = ?1 and fiscalYear = ?2", departmentCode, fiscalYear).firstResultOptional();
    }

    /**
     * Locks the budget row for the rest of the transaction, so that the checks "plans within the category
     * budget" and "plans within the project budget" of two concurrent requests run one after the other.
     */
    public ProcurementBudget lock(ProcurementBudget budget) {
        getEntityManager().lock(budget, LockModeType.PESSIMISTIC_WRITE);
        return budget;
    }

    public PanacheQuery<ProcurementBudget> search(String departmentCode, Integer fiscalYear, PageRequest page) {
        SearchFilter filter = new SearchFilter().equal("departmentCode", "department", departmentCode)
                .equal("fiscalYear", "year", fiscalYear);
        return find(filter.query(), Sort.by("fiscalYear").descending().and("departmentCode").and("id"),
                filter.parameters()).page(Page.of(page.page(), page.size()));
    }
}

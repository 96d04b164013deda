package cn.songjiang.budget.projects.repository;

import cn.songjiang.budget.projects.domain.DepartmentBudget;
import cn.songjiang.budget.projects.domain.EconomicExpenditureLine;
import cn.songjiang.budget.projects.domain.FunctionalExpenditureLine;
import cn.songjiang.budget.projects.domain.RevenueSourceLine;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Department budgets and their table rows, in document order. */
@ApplicationScoped
public class DepartmentBudgetRepository implements PanacheRepositoryBase<DepartmentBudget, Long> {

    public Optional<DepartmentBudget> findByDepartmentAndYear(String departmentCode, int fiscalYear) {
        return find("departmentCode = ?1 and fiscalYear = ?2", departmentCode, fiscalYear).firstResultOptional();
    }

    /** A budget imported under this code for a department of another name, or under another code for this name. */
    public Optional<DepartmentBudget> findOtherDepartment(String departmentCode, String departmentName) {
        return find("(departmentCode = ?1 and departmentName <> ?2) or (departmentCode <> ?1 and departmentName = ?2)",
                departmentCode, departmentName).firstResultOptional();
    }

    public Optional<DepartmentBudget> findByDocument(long documentId) {
        return find("documentId", documentId).firstResultOptional();
    }

    public List<RevenueSourceLine> revenueLines(long budgetId) {
        return getEntityManager().createQuery(
                        "from RevenueSourceLine where budgetId = :id order by position", RevenueSourceLine.class)
                .setParameter("id", budgetId).getResultList();
    }

    public List<FunctionalExpenditureLine> functionalLines(long budgetId) {
        return getEntityManager().createQuery(
                        "from FunctionalExpenditureLine where budgetId = :id order by position",
                        FunctionalExpenditureLine.class)
                .setParameter("id", budgetId).getResultList();
    }

    public List<EconomicExpenditureLine> economicLines(long budgetId) {
        return getEntityManager().createQuery(
                        "from EconomicExpenditureLine where budgetId = :id order by position",
                        EconomicExpenditureLine.class)
                .setParameter("id", budgetId).getResultList();
    }
}

package cn.songjiang.budget.projects.service;

import cn.songjiang.budget.projects.domain.DepartmentBudget;
import cn.songjiang.budget.projects.domain.EconomicExpenditureLine;
import cn.songjiang.budget.projects.domain.FindingStatus;
import cn.songjiang.budget.projects.domain.FunctionalExpenditureLine;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.projects.domain.Project;
import cn.songjiang.budget.projects.domain.RevenueSourceLine;
import cn.songjiang.budget.projects.repository.BudgetFindingRepository;
import cn.songjiang.budget.projects.repository.DepartmentBudgetRepository;
import cn.songjiang.budget.projects.repository.ProjectRepository;
import cn.songjiang.budget.support.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/** Reads a department's budget for a year with all its tables and the current sums of its projects. */
@ApplicationScoped
public class DepartmentBudgetService {

    /** The budget, its table rows, the sums of its projects (as stated and effective) and its open findings. */
    public record BudgetSheet(DepartmentBudget budget, List<RevenueSourceLine> revenue,
            List<FunctionalExpenditureLine> functional, List<EconomicExpenditureLine> economic, int projectCount,
            BigDecimal statedProjectSum, BigDecimal effectiveProjectSum, long openFindings) {
    }

    private final DepartmentBudgetRepository budgets;
    private final ProjectRepository projects;
    private final BudgetFindingRepository findings;

    public DepartmentBudgetService(DepartmentBudgetRepository budgets, ProjectRepository projects,
            BudgetFindingRepository findings) {
        this.budgets = budgets;
        this.projects = projects;
        this.findings = findings;
    }

    @Transactional
    public BudgetSheet get(String departmentCode, int fiscalYear) {
        DepartmentBudget budget = budgets.findByDepartmentAndYear(departmentCode, fiscalYear)
                .orElseThrow(() -> ApiProblem.notFound("Budget of department", departmentCode + " for " + fiscalYear));
        List<Project> list = projects.findByBudget(budget.id);
        BigDecimal stated = list.stream().map(p -> p.statedAmount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal effective = list.stream().map(p -> p.amount).reduce(Money.ZERO, BigDecimal::add);
        return new BudgetSheet(budget, budgets.revenueLines(budget.id), budgets.functionalLines(budget.id),
                budgets.economicLines(budget.id), list.size(), stated, effective,
                findings.countOf(budget.documentId, FindingStatus.OPEN));
    }
}

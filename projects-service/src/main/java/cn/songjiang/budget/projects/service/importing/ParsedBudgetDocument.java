package cn.songjiang.budget.projects.service.importing;

import java.util.List;

/**
 * Everything a published department budget document states, as printed (amounts in 元, two decimals),
 * with the reconciliation findings the parser raised. Nothing in it is corrected.
 */
public record ParsedBudgetDocument(
        String title,
        int fiscalYear,
        DepartmentInfo department,
        RevenueBudget revenue,
        List<FunctionalExpenditureRow> expenditureByFunction,
        ExpenditureTotals expenditureTotals,
        List<EconomicExpenditureRow> basicExpenditureByEconomic,
        EconomicTotals basicExpenditureTotals,
        ThreePublicExpenses threePublicExpenses,
        YearOnYearChange yearOnYear,
        OperatingExpenses operatingExpenses,
        ProcurementBudget procurement,
        PerformanceSummary performanceSummary,
        List<ParsedProject> projects,
        List<Finding> findings) {

    public ParsedBudgetDocument {
        expenditureByFunction = List.copyOf(expenditureByFunction);
        basicExpenditureByEconomic = List.copyOf(basicExpenditureByEconomic);
        projects = List.copyOf(projects);
        findings = List.copyOf(findings);
    }

    /** The project with the given stable code, e.g. {@code SJZWFW-2026-P07}. */
    public ParsedProject project(String code) {
        return projects.stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no project " + code));
    }
}

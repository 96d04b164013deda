package cn.songjiang.budget.procurement.service;

import cn.songjiang.budget.procurement.client.DepartmentBudget;
import cn.songjiang.budget.procurement.client.ProjectsClient;
import cn.songjiang.budget.procurement.config.SmeConfig;
import cn.songjiang.budget.procurement.domain.BudgetPosition;
import cn.songjiang.budget.procurement.domain.Contract;
import cn.songjiang.budget.procurement.domain.RuleNames;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.procurement.domain.ProcurementBudget;
import cn.songjiang.budget.procurement.domain.ProcurementCategory;
import cn.songjiang.budget.procurement.domain.ProcurementPlan;
import cn.songjiang.budget.procurement.domain.SmeCompliance;
import cn.songjiang.budget.procurement.repository.ContractRepository;
import cn.songjiang.budget.procurement.repository.ProcurementBudgetRepository;
import cn.songjiang.budget.procurement.repository.ProcurementPlanRepository;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Procurement budgets: created from the figures projects-service holds for a department's published budget,
 * and their position (planned, awarded, unallocated, SME figures) and SME compliance computed on read.
 */
@ApplicationScoped
public class ProcurementBudgetService {

    private final ProcurementBudgetRepository budgets;
    private final ProcurementPlanRepository plans;
    private final ContractRepository contracts;
    private final ProjectsClient projects;
    private final SmeComplianceCalculator calculator;

    public ProcurementBudgetService(ProcurementBudgetRepository budgets, ProcurementPlanRepository plans,
            ContractRepository contracts, ProjectsClient projects, SmeConfig smeConfig) {
        this.budgets = budgets;
        this.plans = plans;
        this.contracts = contracts;
        this.projects = projects;
        this.calculator = new SmeComplianceCalculator(smeConfig.rules());
    }

    /**
     * Copies the declared 政府采购预算 of a department and year from projects-service. Nothing is stored when
     * projects-service cannot answer (503), has no such budget (422), or the budget exists already (409).
     */
    public ProcurementBudget create(String departmentCode, int fiscalYear) {
        DepartmentBudget.Procurement declared = projects.departmentBudget(departmentCode, fiscalYear)
                .map(DepartmentBudget::procurement)
                .orElseThrow(() -> ApiProblem.businessRule(RuleNames.DEPARTMENT_BUDGET_MUST_EXIST, "departmentCode",
                        "projects-service has no " + fiscalYear + " budget of department " + departmentCode));
        return QuarkusTransaction.requiringNew().call(() -> store(departmentCode, fiscalYear, declared));
    }

    private ProcurementBudget store(String departmentCode, int fiscalYear, DepartmentBudget.Procurement declared) {
        budgets.findByDepartmentAndYear(departmentCode, fiscalYear).ifPresent(existing -> {
            throw ApiProblem.conflict("duplicate", "The " + fiscalYear + " procurement budget of " + departmentCode
                    + " exists already as procurement budget " + existing.id);
        });
        ProcurementBudget budget = new ProcurementBudget();
        budget.departmentCode = departmentCode;
        budget.fiscalYear = fiscalYear;
        budget.goods = declaredAmount(declared.goods(), "goods");
        budget.works = declaredAmount(declared.works(), "works");
        budget.services = declaredAmount(declared.services(), "services");
        budget.total = declaredAmount(declared.total(), "total");
        budget.smeReserved = declaredAmount(declared.smeReserved(), "smeReserved");
        budget.smallMicroReserved = declaredAmount(declared.smallMicroReserved(), "smallMicroReserved");
        budgets.persistAndFlush(budget);
        return budget;
    }

    /** A declared figure as projects-service gave it; a missing or malformed one is its failure, not ours. */
    private static BigDecimal declaredAmount(BigDecimal amount, String name) {
        if (amount == null || amount.signum() < 0) {
            throw ApiProblem.serviceUnavailable(ProjectsClient.SERVICE, "the declared procurement figure " + name
                    + " is missing or negative");
        }
        try {
            return Money.exact(amount);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.serviceUnavailable(ProjectsClient.SERVICE, "the declared procurement figure " + name
                    + " is not a whole number of fen");
        }
    }

    public ProcurementBudget get(long id) {
        return budgets.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Procurement budget", id));
    }

    public PageResponse<ProcurementBudget> search(String departmentCode, Integer fiscalYear, PageRequest page) {
        PanacheQuery<ProcurementBudget> query = budgets.search(departmentCode, fiscalYear, page);
        return PageResponse.of(query.list(), page, query.count());
    }

    public BudgetPosition position(ProcurementBudget budget) {
        List<ProcurementPlan> counted = plans.ofBudget(budget.id).stream()
                .filter(ProcurementPlan::countsAgainstCategory).toList();
        List<Contract> awarded = contracts.ofBudget(budget.id).stream()
                .filter(c -> c.status.countsAsAwarded() && c.plan.countsAgainstCategory()).toList();

        List<BudgetPosition.Line> lines = new ArrayList<>();
        for (ProcurementCategory category : ProcurementCategory.values()) {
            BigDecimal declared = budget.declared(category);
            BigDecimal planned = sumPlans(counted.stream().filter(p -> p.category == category).toList());
            BigDecimal awardedValue = sumContracts(awarded.stream().filter(c -> c.category == category).toList());
            lines.add(new BudgetPosition.Line(category, declared, planned, awardedValue, declared.subtract(planned)));
        }
        BigDecimal planned = sumPlans(counted);
        BudgetPosition.Line totals = new BudgetPosition.Line(null, budget.total, planned, sumContracts(awarded),
                budget.total.subtract(planned));
        BudgetPosition.Sme sme = new BudgetPosition.Sme(budget.smeReserved, Money.share(budget.smeReserved, budget.total),
                counted.stream().map(p -> p.smeReserved).reduce(Money.ZERO, BigDecimal::add),
                sumContracts(awarded.stream().filter(c -> c.supplierSizeAtSigning.isSme()).toList()),
                budget.smallMicroReserved,
                counted.stream().map(p -> p.smallMicroReserved).reduce(Money.ZERO, BigDecimal::add),
                sumContracts(awarded.stream().filter(c -> c.supplierSizeAtSigning.isSmallOrMicro()).toList()));
        return new BudgetPosition(List.copyOf(lines), totals, sme);
    }

    public SmeCompliance smeCompliance(ProcurementBudget budget) {
        SmeComplianceCalculator.Declared declared = new SmeComplianceCalculator.Declared(budget.goods, budget.works,
                budget.services, budget.total, budget.smeReserved, budget.smallMicroReserved);
        List<SmeComplianceCalculator.PlanLine> planLines = plans.ofBudget(budget.id).stream()
                .map(p -> new SmeComplianceCalculator.PlanLine(p.id, p.projectCode, p.category, p.method, p.status,
                        p.amount, p.smeReserved, p.smallMicroReserved, p.smeExemptionReason))
                .toList();
        List<SmeComplianceCalculator.AwardLine> awardLines = contracts.ofBudget(budget.id).stream()
                .filter(c -> c.status.countsAsAwarded())
                .map(c -> new SmeComplianceCalculator.AwardLine(c.id, c.plan.id, c.value, c.supplierSizeAtSigning))
                .toList();
        return calculator.assess(declared, planLines, awardLines);
    }

    private static BigDecimal sumPlans(List<ProcurementPlan> list) {
        return list.stream().map(p -> p.amount).reduce(Money.ZERO, BigDecimal::add);
    }

    private static BigDecimal sumContracts(List<Contract> list) {
        return list.stream().map(c -> c.value).reduce(Money.ZERO, BigDecimal::add);
    }
}

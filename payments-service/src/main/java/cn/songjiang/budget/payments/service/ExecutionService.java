package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.client.ProjectView;
import cn.songjiang.budget.payments.client.ProjectListCache;
import cn.songjiang.budget.payments.config.PaymentsConfig;
import cn.songjiang.budget.payments.domain.Limits;
import cn.songjiang.budget.payments.domain.RuleNames;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.payments.repository.ExecutionRepository;
import cn.songjiang.budget.payments.repository.ExecutionRepository.ProjectSums;
import cn.songjiang.budget.support.client.ProviderPages;
import cn.songjiang.budget.support.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The 双监控 view of 预算绩效管理: budget execution (paid ÷ budget) beside target completion (read from
 * projects-service), with projects whose execution lags or leads their targets by more than the tolerance
 * flagged.
 */
@ApplicationScoped
public class ExecutionService {

    private static final int RATIO_SCALE = 4;
    private static final ProjectSums NOTHING = new ProjectSums(Money.ZERO, Money.ZERO, Money.ZERO);

    /** Budget execution beside target completion of a department's projects in a fiscal year; amounts in CNY. */
    public record Execution(int fiscalYear, String departmentCode, BigDecimal tolerance,
            List<ProjectExecution> projects, Total total) {
    }

    /** Whether a project's money moves as its targets say. */
    public enum Flag {
        ON_TRACK, LAGGING, LEADING, NO_TARGET
    }

    /**
     * One project: rates are ratios with 4 decimals, null when the budget is zero or no target reports; the
     * deviation is the execution rate less the target completion.
     */
    public record ProjectExecution(long projectId, String code, String name, BigDecimal budget,
            BigDecimal contracted, BigDecimal scheduled, BigDecimal paid, BigDecimal executionRate,
            BigDecimal targetCompletion, BigDecimal deviation, Flag flag) {
    }

    /** The department's total; its target completion is the budget-weighted mean of the projects reporting one. */
    public record Total(BigDecimal budget, BigDecimal contracted, BigDecimal scheduled, BigDecimal paid,
            BigDecimal executionRate, BigDecimal targetCompletion, int lagging, int leading) {
    }

    private final ProjectListCache projects;
    private final ExecutionRepository repository;
    private final PaymentsConfig config;

    public ExecutionService(ProjectListCache projects, ExecutionRepository repository, PaymentsConfig config) {
        this.projects = projects;
        this.repository = repository;
        this.config = config;
    }

    public Execution dashboard(int fiscalYear) {
        List<ProjectView> list;
        try {
            list = projects.projects(fiscalYear, config.departmentCode(), Limits.MAX_PROJECTS);
        } catch (ProviderPages.TooManyItems e) {
            throw ApiProblem.businessRule(RuleNames.TOO_MANY_PROJECTS,
                    "the department has more than " + Limits.MAX_PROJECTS + " projects in " + fiscalYear);
        }
        Map<Long, ProjectSums> sums = QuarkusTransaction.joiningExisting().call(() -> repository.sums(fiscalYear));
        BigDecimal tolerance = config.execution().tolerance();
        List<ProjectExecution> rows = new ArrayList<>();
        BigDecimal budget = Money.ZERO;
        BigDecimal contracted = Money.ZERO;
        BigDecimal scheduled = Money.ZERO;
        BigDecimal paid = Money.ZERO;
        BigDecimal weightedTargets = BigDecimal.ZERO;
        BigDecimal targetWeights = BigDecimal.ZERO;
        int lagging = 0;
        int leading = 0;
        for (ProjectView project : list.stream().sorted(Comparator.comparing(ProjectView::id)).toList()) {
            ProjectSums s = sums.getOrDefault(project.id(), NOTHING);
            BigDecimal projectBudget = project.amount() == null ? Money.ZERO : Money.rounded(project.amount());
            BigDecimal rate = ratio(s.paid(), projectBudget);
            BigDecimal target = project.targetCompletion();
            BigDecimal deviation = rate == null || target == null ? null : rate.subtract(target);
            Flag flag = flag(deviation, tolerance);
            if (flag == Flag.LAGGING) {
                lagging++;
            } else if (flag == Flag.LEADING) {
                leading++;
            }
            rows.add(new ProjectExecution(project.id(), project.code(), project.name(), projectBudget, s.contracted(),
                    s.scheduled(), s.paid(), rate, target, deviation, flag));
            budget = budget.add(projectBudget);
            contracted = contracted.add(s.contracted());
            scheduled = scheduled.add(s.scheduled());
            paid = paid.add(s.paid());
            if (target != null) {
                weightedTargets = weightedTargets.add(target.multiply(projectBudget));
                targetWeights = targetWeights.add(projectBudget);
            }
        }
        BigDecimal meanTarget = targetWeights.signum() == 0 ? null
                : weightedTargets.divide(targetWeights, RATIO_SCALE, RoundingMode.HALF_UP);
        return new Execution(fiscalYear, config.departmentCode(), tolerance, rows,
                new Total(budget, contracted, scheduled, paid, ratio(paid, budget), meanTarget, lagging, leading));
    }

    static Flag flag(BigDecimal deviation, BigDecimal tolerance) {
        if (deviation == null) {
            return Flag.NO_TARGET;
        }
        if (deviation.compareTo(tolerance.negate()) < 0) {
            return Flag.LAGGING;
        }
        if (deviation.compareTo(tolerance) > 0) {
            return Flag.LEADING;
        }
        return Flag.ON_TRACK;
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, RATIO_SCALE, RoundingMode.HALF_UP);
    }
}

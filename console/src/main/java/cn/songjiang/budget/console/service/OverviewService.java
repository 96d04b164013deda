package cn.songjiang.budget.console.service;

import cn.songjiang.budget.console.client.DueFilter;
import cn.songjiang.budget.console.client.PaymentsClient;
import cn.songjiang.budget.console.client.PaymentsViews.Execution;
import cn.songjiang.budget.console.client.PaymentsViews.Forecast;
import cn.songjiang.budget.console.client.PaymentsViews.ProjectExecution;
import cn.songjiang.budget.console.client.PaymentsViews.Totals;
import cn.songjiang.budget.console.client.ProcurementClient;
import cn.songjiang.budget.console.client.ProcurementViews.Budget;
import cn.songjiang.budget.console.client.ProcurementViews.Warning;
import cn.songjiang.budget.console.config.ConsoleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The overview: budget execution per project, the procurement split, the cash forecast, due and overdue totals. */
@ApplicationScoped
public class OverviewService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PaymentsClient payments;
    private final ProcurementClient procurement;
    private final ConsoleConfig config;

    OverviewService(PaymentsClient payments, ProcurementClient procurement, ConsoleConfig config) {
        this.payments = payments;
        this.procurement = procurement;
        this.config = config;
    }

    /** The names a chart draws, in the page's language. */
    public record ChartLabels(String executionRate, String targetCompletion, String due, String expected,
            String goods, String works, String services, String procurementBudget) {
    }

    public record Overview(int fiscalYear, Section<Execution> execution, Section<ProcurementSplit> procurement,
            Section<Forecast> forecast, Section<Totals> dueThisWeek, Section<Totals> overdue, ChartLabels labels) {

        public Chart executionChart() {
            List<ProjectExecution> projects = execution.value().projects();
            return new Chart("bar", false, projects.stream().map(p -> shortCode(p.code(), p.name())).toList(),
                    List.of(Chart.bars(labels.executionRate() + " %",
                            projects.stream().map(p -> percent(p.executionRate())).toList()),
                            Chart.bars(labels.targetCompletion() + " %",
                                    projects.stream().map(p -> percent(p.targetCompletion())).toList())));
        }

        public Chart forecastChart() {
            var months = forecast.value().months();
            return new Chart("bar", false, months.stream().map(m -> m.month()).toList(),
                    List.of(Chart.stacked(labels.due(), months.stream().map(m -> m.due()).toList()),
                            Chart.stacked(labels.expected(), months.stream().map(m -> m.expected()).toList())));
        }
    }

    public record ProcurementSplit(Optional<Budget> budget, List<Warning> warnings, ChartLabels labels) {

        public Chart chart() {
            Budget b = budget.orElseThrow();
            return new Chart("pie", false, List.of(labels.goods(), labels.works(), labels.services()),
                    List.of(Chart.bars(labels.procurementBudget(),
                            List.of(b.declared().goods(), b.declared().works(), b.declared().services()))));
        }
    }

    public Overview load(ChartLabels labels) {
        int year = config.fiscalYear();
        return new Overview(year,
                Section.load(PaymentsClient.SERVICE, () -> payments.execution(year)),
                Section.load(ProcurementClient.SERVICE, () -> {
                    Optional<Budget> budget = procurement.budget(year, config.departmentCode());
                    return new ProcurementSplit(budget,
                            budget.map(b -> procurement.smeWarnings(b.id())).orElse(List.of()), labels);
                }),
                Section.load(PaymentsClient.SERVICE, () -> payments.forecast(year, 12)),
                Section.load(PaymentsClient.SERVICE, () -> payments.due(DueFilter.dueWithin(7)).totals()),
                Section.load(PaymentsClient.SERVICE, () -> payments.due(DueFilter.overdueOnly()).totals()),
                labels);
    }

    /** SJZWFW-2026-P07 drawn as P07 under a chart's bar. */
    static String shortCode(String code, String name) {
        if (code == null) {
            return name;
        }
        int dash = code.lastIndexOf('-');
        return dash < 0 ? code : code.substring(dash + 1);
    }

    static BigDecimal percent(BigDecimal ratio) {
        return ratio == null ? null : ratio.multiply(HUNDRED);
    }
}

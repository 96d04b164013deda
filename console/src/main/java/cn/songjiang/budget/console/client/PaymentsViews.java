package cn.songjiang.budget.console.client;

import cn.songjiang.budget.support.client.ProviderPage;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the console reads of payments-service's answers (its committed document), and what it sends. */
public final class PaymentsViews {

    private PaymentsViews() {
    }

    public record Execution(@JsonProperty(required = true) int fiscalYear,
            @JsonProperty(required = true) List<ProjectExecution> projects,
            @JsonProperty(required = true) ExecutionTotal total) {
    }

    public record ProjectExecution(@JsonProperty(required = true) long projectId, String code,
            @JsonProperty(required = true) String name, @JsonProperty(required = true) BigDecimal budget,
            @JsonProperty(required = true) BigDecimal contracted, @JsonProperty(required = true) BigDecimal scheduled,
            @JsonProperty(required = true) BigDecimal paid, BigDecimal executionRate, BigDecimal targetCompletion,
            BigDecimal deviation, @JsonProperty(required = true) String flag) {
    }

    public record ExecutionTotal(@JsonProperty(required = true) BigDecimal budget,
            @JsonProperty(required = true) BigDecimal contracted, @JsonProperty(required = true) BigDecimal scheduled,
            @JsonProperty(required = true) BigDecimal paid, BigDecimal executionRate, BigDecimal targetCompletion,
            @JsonProperty(required = true) int lagging, @JsonProperty(required = true) int leading) {
    }

    public record DuePage(@JsonProperty(required = true) List<DueRow> items, @JsonProperty(required = true) int page,
            @JsonProperty(required = true) int size, @JsonProperty(required = true) long totalItems,
            @JsonProperty(required = true) int totalPages, @JsonProperty(required = true) LocalDate asOf,
            @JsonProperty(required = true) Totals totals) {
    }

    public record DueRow(@JsonProperty(required = true) long installmentId, @JsonProperty(required = true) long planId,
            @JsonProperty(required = true) int sequence, @JsonProperty(required = true) ProjectRef project,
            Long contractId, SupplierRef supplier, String category, @JsonProperty(required = true) String trigger,
            @JsonProperty(required = true) boolean fiscalClose, @JsonProperty(required = true) String status,
            @JsonProperty(required = true) BigDecimal amountDue, @JsonProperty(required = true) BigDecimal amountPaid,
            @JsonProperty(required = true) BigDecimal outstanding, @JsonProperty(required = true) LocalDate dueDate,
            LocalDate statutoryDeadline, @JsonProperty(required = true) long daysOverdue,
            @JsonProperty(required = true) BigDecimal interest) {
    }

    public record ProjectRef(@JsonProperty(required = true) long id, String code,
            @JsonProperty(required = true) String name) {
    }

    public record SupplierRef(Long id, String name, String creditCode) {
    }

    public record Totals(@JsonProperty(required = true) long installments,
            @JsonProperty(required = true) BigDecimal amountDue, @JsonProperty(required = true) BigDecimal amountPaid,
            @JsonProperty(required = true) BigDecimal outstanding, @JsonProperty(required = true) BigDecimal interest) {
    }

    public record Forecast(@JsonProperty(required = true) List<ForecastMonth> months,
            @JsonProperty(required = true) BigDecimal overdue, @JsonProperty(required = true) BigDecimal later,
            @JsonProperty(required = true) BigDecimal unscheduled, @JsonProperty(required = true) BigDecimal total) {
    }

    public record ForecastMonth(@JsonProperty(required = true) String month,
            @JsonProperty(required = true) BigDecimal due, @JsonProperty(required = true) BigDecimal expected,
            @JsonProperty(required = true) BigDecimal total, @JsonProperty(required = true) int installments) {
    }

    /** A page of the plan list; since payments 4.0.0 its items are summaries without installments. */
    public record PlanPage(@JsonProperty(required = true) List<PlanSummary> items,
            @JsonProperty(required = true) long totalItems) {
    }

    public record PlanSummary(@JsonProperty(required = true) long id, Long contractId, SupplierRef supplier,
            @JsonProperty(required = true) String kind, @JsonProperty(required = true) BigDecimal value,
            String clauseText) {
    }

    /** A page of a project's installments (payments 4.1.0), of all its plans. */
    public record InstallmentPage(@JsonProperty(required = true) List<Installment> items,
            @JsonProperty(required = true) long totalItems, @JsonProperty(required = true) int totalPages)
            implements ProviderPage<Installment> {
    }

    /** A plan with its installments, as the project page shows it. */

    public record Plan(@JsonProperty(required = true) long id, Long contractId, SupplierRef supplier,
            @JsonProperty(required = true) String kind, @JsonProperty(required = true) BigDecimal value,
            String clauseText, @JsonProperty(required = true) List<Installment> installments) {
    }

    public record Installment(@JsonProperty(required = true) long id, @JsonProperty(required = true) long planId,
            @JsonProperty(required = true) int sequence,
            BigDecimal percent, @JsonProperty(required = true) BigDecimal amount,
            @JsonProperty(required = true) String trigger, @JsonProperty(required = true) String status,
            LocalDate eventDate, LocalDate dueDate, LocalDate statutoryDeadline,
            @JsonProperty(required = true) BigDecimal amountPaid, @JsonProperty(required = true) BigDecimal outstanding,
            @JsonProperty(required = true) long daysOverdue, String clauseText) {
    }

    public record Payment(@JsonProperty(required = true) long id, @JsonProperty(required = true) long installmentId,
            @JsonProperty(required = true) BigDecimal amount, @JsonProperty(required = true) LocalDate paidDate,
            @JsonProperty(required = true) String voucherNo, @JsonProperty(required = true) boolean reversed,
            String reversalReason, @JsonProperty(required = true) String recordedBy, Instant recordedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecordEvent(String trigger, LocalDate date, String evidenceRef, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecordPayment(BigDecimal amount, LocalDate paidDate, String voucherNo) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reversal(String reason) {
    }
}

package cn.songjiang.budget.console.client;

import cn.songjiang.budget.support.client.ProviderPage;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the console reads of projects-service's answers (its committed document), and what it sends. */
public final class ProjectsViews {

    private ProjectsViews() {
    }

    public record ProjectPage(@JsonProperty(required = true) List<Project> items,
            @JsonProperty(required = true) long totalItems, @JsonProperty(required = true) int totalPages)
            implements ProviderPage<Project> {
    }

    public record Project(@JsonProperty(required = true) long id, @JsonProperty(required = true) String code,
            @JsonProperty(required = true) String name, @JsonProperty(required = true) BigDecimal amount,
            @JsonProperty(required = true) BigDecimal statedAmount, String amountAsWritten,
            Boolean corrected, Object correction, BigDecimal targetCompletion, PaymentTerms paymentTerms) {

        /** The list answers {@code corrected}, a single project its {@code correction}. */
        public boolean wasCorrected() {
            return Boolean.TRUE.equals(corrected) || correction != null;
        }
    }

    public record PaymentTerms(@JsonProperty(required = true) String kind, String recurrence,
            List<TermInstallment> installments, List<RecurringItem> recurringItems, String clauseText) {
    }

    public record TermInstallment(int sequence, BigDecimal percent, String trigger, Integer serviceMonths,
            LocalDate dueDate, String clauseText) {
    }

    public record RecurringItem(String clauseText) {
    }

    public record TargetTree(@JsonProperty(required = true) long projectId, BigDecimal targetCompletion,
            @JsonProperty(required = true) List<Level1> levels) {
    }

    public record Level1(@JsonProperty(required = true) String level1, @JsonProperty(required = true) String label,
            @JsonProperty(required = true) List<Level2> children) {
    }

    public record Level2(@JsonProperty(required = true) String level2, @JsonProperty(required = true) String label,
            @JsonProperty(required = true) List<Target> targets) {
    }

    public record Target(@JsonProperty(required = true) long id, @JsonProperty(required = true) String name,
            String comparator, BigDecimal value, String unit, Observation latestActual, BigDecimal completionRatio) {
    }

    public record Observation(BigDecimal value, LocalDate observedOn, String note, String recordedBy) {
    }

    public record DepartmentBudget(@JsonProperty(required = true) String departmentName,
            @JsonProperty(required = true) int fiscalYear) {
    }

    public record DocumentPage(@JsonProperty(required = true) List<BudgetDocument> items) {
    }

    public record BudgetDocument(@JsonProperty(required = true) long id, @JsonProperty(required = true) String title,
            @JsonProperty(required = true) int fiscalYear, @JsonProperty(required = true) int lineCount,
            @JsonProperty(required = true) long projectCount, @JsonProperty(required = true) long findingCount,
            @JsonProperty(required = true) long openFindingCount, Instant importedAt, String importedBy) {
    }

    public record FindingPage(@JsonProperty(required = true) List<Finding> items) {
    }

    public record Finding(@JsonProperty(required = true) long id, @JsonProperty(required = true) String code,
            @JsonProperty(required = true) String subject, BigDecimal declared, BigDecimal computed,
            BigDecimal difference, List<Integer> lines, String likelyCause, String projectCode,
            BigDecimal suggestedAmount, @JsonProperty(required = true) String status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Resolution(BigDecimal correctedAmount, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewObservation(BigDecimal value, LocalDate observedOn, String note) {
    }
}

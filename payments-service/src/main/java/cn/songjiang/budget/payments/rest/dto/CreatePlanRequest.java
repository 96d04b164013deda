package cn.songjiang.budget.payments.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new payment plan: for a contract, or for a project directly; installments from the request, a template,
 * a recurrence, or (none of these) the project's parsed payment terms.
 */
@Schema(description = "Give contractId or projectId. Give at most one of template, installments, recurring; "
        + "with none, the installments come from the project's parsed payment terms.")
public record CreatePlanRequest(
        @Schema(description = "Contract in procurement-service", examples = "12") @Positive Long contractId,
        @Schema(description = "Project in projects-service, for a plan without a procurement contract",
                examples = "7") @Positive Long projectId,
        @Schema(description = "Plan value in CNY: defaults to the contract value; required for a direct plan",
                multipleOf = MoneyLimits.STEP, examples = "1000000.01")
        @DecimalMin("0.00") @DecimalMax(MoneyLimits.MAX) @Digits(integer = 13, fraction = 2) BigDecimal value,
        @Schema(description = "Named template", enumeration = {"30/40/30", "30/30/40", "30/50/20", "30/20/50", "100"})
        String template,
        @Valid @Size(min = 1, max = 120) List<@Valid InstallmentRequest> installments,
        @Valid RecurringRequest recurring) {
}

package cn.songjiang.budget.console.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the console reads of procurement-service's answers (its committed document), and what it sends. */
public final class ProcurementViews {

    private ProcurementViews() {
    }

    public record BudgetPage(@JsonProperty(required = true) List<Budget> items) {
    }

    public record Budget(@JsonProperty(required = true) long id, @JsonProperty(required = true) Declared declared,
            @JsonProperty(required = true) List<CategoryLine> categories,
            @JsonProperty(required = true) CategoryLine totals, @JsonProperty(required = true) Sme sme) {
    }

    public record Declared(@JsonProperty(required = true) BigDecimal goods,
            @JsonProperty(required = true) BigDecimal works, @JsonProperty(required = true) BigDecimal services,
            @JsonProperty(required = true) BigDecimal total, @JsonProperty(required = true) BigDecimal smeReserved) {
    }

    public record CategoryLine(String category, @JsonProperty(required = true) BigDecimal declared,
            @JsonProperty(required = true) BigDecimal planned, @JsonProperty(required = true) BigDecimal awarded,
            @JsonProperty(required = true) BigDecimal unallocated, @JsonProperty(required = true) boolean overrun) {
    }

    public record Sme(@JsonProperty(required = true) BigDecimal reserved,
            @JsonProperty(required = true) BigDecimal plannedForSme,
            @JsonProperty(required = true) BigDecimal awardedToSme) {
    }

    public record Compliance(@JsonProperty(required = true) List<Warning> warnings) {
    }

    public record Warning(@JsonProperty(required = true) String code, Long planId,
            @JsonProperty(required = true) String reason) {
    }

    public record PlanPage(@JsonProperty(required = true) List<Plan> items) {
    }

    public record Plan(@JsonProperty(required = true) long id, @JsonProperty(required = true) String projectCode,
            @JsonProperty(required = true) String title, @JsonProperty(required = true) String category,
            @JsonProperty(required = true) String methodLabel, @JsonProperty(required = true) BigDecimal amount,
            @JsonProperty(required = true) BigDecimal smeReserved, @JsonProperty(required = true) String status,
            String statusReason, @JsonProperty(required = true) long version) {
    }

    public record SupplierPage(@JsonProperty(required = true) List<Supplier> items) {
    }

    public record Supplier(@JsonProperty(required = true) long id, @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String creditCode, @JsonProperty(required = true) String size) {
    }

    public record ContractPage(@JsonProperty(required = true) List<Contract> items) {
    }

    public record Contract(@JsonProperty(required = true) long id, @JsonProperty(required = true) String projectCode,
            @JsonProperty(required = true) String title, @JsonProperty(required = true) ContractSupplier supplier,
            @JsonProperty(required = true) BigDecimal value, @JsonProperty(required = true) LocalDate signedDate,
            @JsonProperty(required = true) String status, @JsonProperty(required = true) int amendmentCount,
            @JsonProperty(required = true) long version) {
    }

    public record ContractSupplier(@JsonProperty(required = true) String name,
            @JsonProperty(required = true) String size) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusChange(String status, String reason) {
    }

    /** A supplier to register ({@code SupplierRequest}); the contact is left out when none was typed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SupplierRequest(String name, String creditCode, String size, SupplierContact contact) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SupplierContact(String name, String phone, String email) {
    }

    /** A contract awarded on a plan ({@code ContractRequest}); optional fields left empty are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContractRequest(Long planId, Long supplierId, String title, BigDecimal value, LocalDate signedDate,
            LocalDate periodStart, LocalDate periodEnd, Integer paymentTermDays, BigDecimal latePaymentDailyRate,
            String valueOverPlanReason, Boolean linkProjectPaymentTerms) {
    }

    /** A change of a contract's value or period ({@code ContractAmendmentRequest}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AmendmentRequest(String reason, BigDecimal value, LocalDate periodStart, LocalDate periodEnd,
            String valueOverPlanReason) {
    }
}

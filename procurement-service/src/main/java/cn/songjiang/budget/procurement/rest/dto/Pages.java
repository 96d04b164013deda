package cn.songjiang.budget.procurement.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The list answers as the OpenAPI document shows them: each is a {@code PageResponse} of service-support with
 * its item type spelt out (the document cannot name a generic type).
 */
public final class Pages {

    private Pages() {
    }

    /** One page of procurement budgets. */
    @Schema(name = "ProcurementBudgetPage")
    public record ProcurementBudgetPage(@Schema(maxItems = 500) List<ProcurementBudgetResponse> items,
            @Schema(example = "0") int page, @Schema(example = "50") int size,
            @Schema(example = "1") long totalItems, @Schema(example = "1") int totalPages) {
    }

    /** One page of procurement plans. */
    @Schema(name = "ProcurementPlanPage")
    public record PlanPage(@Schema(maxItems = 500) List<PlanResponse> items,
            @Schema(example = "0") int page, @Schema(example = "50") int size,
            @Schema(example = "1") long totalItems, @Schema(example = "1") int totalPages) {
    }

    /** One page of suppliers. */
    @Schema(name = "SupplierPage")
    public record SupplierPage(@Schema(maxItems = 500) List<SupplierResponse> items,
            @Schema(example = "0") int page, @Schema(example = "50") int size,
            @Schema(example = "1") long totalItems, @Schema(example = "1") int totalPages) {
    }

    /** One page of contracts. */
    @Schema(name = "ContractPage")
    public record ContractPage(@Schema(maxItems = 500) List<ContractResponse> items,
            @Schema(example = "0") int page, @Schema(example = "50") int size,
            @Schema(example = "1") long totalItems, @Schema(example = "1") int totalPages) {
    }
}

package cn.songjiang.budget.procurement.rest.dto;

import cn.songjiang.budget.support.persistence.RevisionHistory.Revision;
import java.time.Instant;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The revision history of audited records: who changed what when, with the record as it was then. */
public final class Revisions {

    private Revisions() {
    }

    /** One revision of a procurement plan. */
    @Schema(name = "ProcurementPlanRevision")
    public record PlanRevision(@Schema(example = "3") int revision, Instant changedAt,
            @Schema(example = "test-procurement") String changedBy,
            @Schema(maxLength = 255, description = "the stable id of who changed it: the token's sub",
                    example = "f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10") String changedById,
            @Schema(description = "ADD, MOD or DEL", example = "MOD") String change, PlanResponse state) {
    }

    /** One revision of a supplier. */
    @Schema(name = "SupplierRevision")
    public record SupplierRevision(@Schema(example = "3") int revision, Instant changedAt,
            @Schema(example = "test-procurement") String changedBy,
            @Schema(maxLength = 255, description = "the stable id of who changed it: the token's sub",
                    example = "f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10") String changedById,
            @Schema(description = "ADD, MOD or DEL", example = "MOD") String change, SupplierResponse state) {
    }

    /** One revision of a contract. */
    @Schema(name = "ContractRevision")
    public record ContractRevision(@Schema(example = "3") int revision, Instant changedAt,
            @Schema(example = "test-procurement") String changedBy,
            @Schema(maxLength = 255, description = "the stable id of who changed it: the token's sub",
                    example = "f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10") String changedById,
            @Schema(description = "ADD, MOD or DEL", example = "MOD") String change, ContractResponse state) {
    }

    public static <T> PlanRevision plan(Revision<T> r, Function<T, PlanResponse> state) {
        return new PlanRevision(r.revision(), r.changedAt(), r.changedBy(), r.changedById(), r.change(),
                state.apply(r.state()));
    }

    public static <T> SupplierRevision supplier(Revision<T> r, Function<T, SupplierResponse> state) {
        return new SupplierRevision(r.revision(), r.changedAt(), r.changedBy(), r.changedById(), r.change(),
                state.apply(r.state()));
    }

    public static <T> ContractRevision contract(Revision<T> r, Function<T, ContractResponse> state) {
        return new ContractRevision(r.revision(), r.changedAt(), r.changedBy(), r.changedById(), r.change(),
                state.apply(r.state()));
    }
}

package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.SupplierSize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The supplier of a contract as the plan recorded it. */
public record SupplierRef(@Schema(nullable = true) Long id, @Schema(nullable = true) String name,
        @Schema(nullable = true) String creditCode, @Schema(nullable = true) SupplierSize sizeAtSigning) {
}

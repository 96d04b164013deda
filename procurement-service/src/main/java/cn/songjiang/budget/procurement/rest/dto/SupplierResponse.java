package cn.songjiang.budget.procurement.rest.dto;

import cn.songjiang.budget.procurement.domain.Supplier;
import cn.songjiang.budget.procurement.domain.SupplierSize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supplier and its current size (contracts keep the size at signing). */
@Schema(name = "Supplier")
public record SupplierResponse(
        long id,
        @Schema(example = "上海松江服饰有限公司") String name,
        @Schema(example = "91310117MA1J3B7K2M") String creditCode,
        SupplierSize size,
        SupplierRequest.Contact contact,
        long version) {

    public static SupplierResponse from(Supplier supplier) {
        return new SupplierResponse(supplier.id, supplier.name, supplier.creditCode, supplier.size,
                new SupplierRequest.Contact(supplier.contactName, supplier.contactPhone, supplier.contactEmail),
                supplier.version);
    }
}

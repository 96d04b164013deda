package cn.songjiang.budget.procurement.rest.dto;

import cn.songjiang.budget.procurement.domain.SupplierSize;
import cn.songjiang.budget.procurement.service.SupplierService.SupplierData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supplier as entered: its 统一社会信用代码 is checked (GB 32100-2015). */
@Schema(name = "SupplierRequest")
public record SupplierRequest(
        @Schema(example = "上海松江服饰有限公司") @NotBlank @Size(max = 200) String name,
        @Schema(description = "统一社会信用代码, 18 characters with its check character", example = "91310117MA1J3B7K2M")
        @NotBlank @Size(max = 40) String creditCode,
        @Schema(description = "enterprise size by 工信部联企业〔2011〕300号") @NotNull SupplierSize size,
        @Schema(nullable = true) @Valid Contact contact) {

    /** Who to talk to at the supplier; each part may be null (in an answer: not given). */
    @Schema(name = "SupplierContact")
    public record Contact(
            @Schema(nullable = true, example = "王经理") @Size(max = 100) String name,
            @Schema(nullable = true, example = "021-57000000") @Size(max = 40) String phone,
            @Schema(nullable = true, example = "sales@example.cn") @Email @Size(max = 200) String email) {
    }

    public SupplierData toData() {
        Contact c = contact == null ? new Contact(null, null, null) : contact;
        return new SupplierData(name, creditCode, size, c.name(), c.phone(), c.email());
    }
}

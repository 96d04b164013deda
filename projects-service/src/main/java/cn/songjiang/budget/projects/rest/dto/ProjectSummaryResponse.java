package cn.songjiang.budget.projects.rest.dto;

import cn.songjiang.budget.projects.service.ProjectOverview;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project in a list: identity, amounts, target completion and payment terms (no long texts). */
@Schema(name = "ProjectSummary")
public record ProjectSummaryResponse(
        @Schema(example = "7") long id,
        @Schema(example = "SJZWFW-2026-P07", maxLength = 40) String code,
        @Schema(example = "松江区大数据资源平台（运维）项目", maxLength = 200) String name,
        @Schema(example = "2026") int fiscalYear,
        @Schema(example = "SJZWFW", maxLength = 20) String departmentCode,
        @Schema(description = "Effective amount (元): the stated one, or the correction an administrator confirmed",
                example = "1563600.00") BigDecimal amount,
        @Schema(description = "Amount as printed in the document (元)", example = "156.36") BigDecimal statedAmount,
        @Schema(description = "The amount exactly as written", example = "156.36元", maxLength = 60)
        String amountAsWritten,
        @Schema(description = "Whether the effective amount differs from the stated one by a confirmed correction")
        boolean corrected,
        @Schema(nullable = true, description = "Average completion ratio of the targets that have an actual (4 decimals), or null",
                example = "0.9500") BigDecimal targetCompletion,
        PaymentTermsResponse paymentTerms) {

    public static ProjectSummaryResponse from(ProjectOverview o) {
        var p = o.project();
        return new ProjectSummaryResponse(p.id, p.code, p.name, p.fiscalYear, p.departmentCode, p.amount,
                p.statedAmount, p.amountAsWritten, p.correctionFindingId != null, o.targetCompletion(),
                PaymentTermsResponse.from(p, o.installments(), List.of()));
    }
}

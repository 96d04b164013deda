package cn.songjiang.budget.projects.rest.dto;

import cn.songjiang.budget.projects.service.ProjectDetail;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the budget document states about one project, with its targets and any confirmed correction. */
@Schema(name = "Project")
public record ProjectResponse(
        @Schema(example = "7") long id,
        @Schema(example = "SJZWFW-2026-P07", maxLength = 40) String code,
        @Schema(description = "Position in the document, from 1", example = "7") int sequence,
        @Schema(maxLength = 200, example = "松江区大数据资源平台（运维）项目") String name,
        @Schema(example = "2026") int fiscalYear,
        @Schema(example = "SJZWFW", maxLength = 20) String departmentCode,
        @Schema(description = "Effective amount (元)", example = "1563600.00") BigDecimal amount,
        @Schema(description = "Amount as printed (元)", example = "156.36") BigDecimal statedAmount,
        @Schema(example = "156.36元", maxLength = 60) String amountAsWritten,
        @Schema(description = "Line of the amount in the source document", example = "563") int amountLine,
        @Schema(nullable = true, description = "The confirmed correction of the amount; null when none") AmountCorrection correction,
        @Schema(description = "Parts of the amount when the text gives them", maxItems = 100) List<AmountPart> breakdown,
        @Schema(example = "2026-01-01") LocalDate periodStart,
        @Schema(example = "2026-12-31") LocalDate periodEnd,
        @Schema(maxLength = 200, example = "上海市松江区政务服务中心") String implementingBody,
        @Schema(description = "一、项目概述") String overview,
        @Schema(description = "二、立项依据") String legalBasis,
        @Schema(description = "四、实施方案") String planText,
        @Schema(description = "七、绩效目标 as printed") String targetNote,
        PaymentTermsResponse paymentTerms,
        @Schema(maxItems = 10000) List<TargetResponse> targets,
        @Schema(nullable = true, description = "Average completion ratio of targets with an actual (4 decimals), or null",
                example = "0.9500") BigDecimal targetCompletion,
        @Schema(description = "Line of the project's heading", example = "537") int headingLine,
        @Schema(example = "1") long version) {

    /** One part of the amount as the text splits it. */
    @Schema(name = "AmountPart")
    public record AmountPart(
            @Schema(maxLength = 500, example = "二类费用（咨询费、项目监理费、…）") String label,
            @Schema(example = "569650.00") BigDecimal amount,
            @Schema(example = "56.965万元", maxLength = 60) String asWritten,
            @Schema(example = "437") int line) {
    }

    public static ProjectResponse from(ProjectDetail d) {
        var p = d.project();
        return new ProjectResponse(p.id, p.code, p.sequence, p.name, p.fiscalYear, p.departmentCode, p.amount,
                p.statedAmount, p.amountAsWritten, p.amountLine,
                p.correctionFindingId == null ? null : new AmountCorrection(p.correctionFindingId, p.correctionReason),
                d.parts().stream().map(x -> new AmountPart(x.label, x.amount, x.asWritten, x.sourceLine)).toList(),
                p.periodStart, p.periodEnd, p.implementingBody, p.overview, p.legalBasis, p.planText, p.targetNote,
                PaymentTermsResponse.from(p, d.installments(), d.recurringItems()),
                d.targets().stream().map(TargetResponse::from).toList(), d.targetCompletion(), p.headingLine,
                p.version);
    }
}

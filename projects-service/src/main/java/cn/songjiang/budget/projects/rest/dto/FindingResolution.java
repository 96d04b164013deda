package cn.songjiang.budget.projects.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The administrator's resolution of a finding: the corrected amount (if any), why, who and when. */
@Schema(name = "FindingResolution")
public record FindingResolution(
        @Schema(nullable = true, example = "1563600.00") BigDecimal correctedAmount,
        @Schema(maxLength = 1000) String reason,
        @Schema(maxLength = 100, example = "admin") String resolvedBy,
        Instant resolvedAt) {
}

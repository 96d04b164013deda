package cn.songjiang.budget.projects.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A confirmed correction of a project's amount: the finding it was made through, and why. */
@Schema(name = "AmountCorrection")
public record AmountCorrection(@Schema(example = "3") long findingId,
        @Schema(nullable = true, maxLength = 1000) String reason) {
}

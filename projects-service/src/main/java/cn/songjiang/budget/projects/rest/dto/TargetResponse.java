package cn.songjiang.budget.projects.rest.dto;

import cn.songjiang.budget.projects.domain.IndicatorLevel1;
import cn.songjiang.budget.projects.domain.IndicatorLevel2;
import cn.songjiang.budget.projects.domain.TargetComparator;
import cn.songjiang.budget.projects.domain.TargetOrigin;
import cn.songjiang.budget.projects.service.TargetStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A level-3 performance target with its latest actual and completion ratio. */
@Schema(name = "Target")
public record TargetResponse(
        @Schema(example = "40") long id,
        @Schema(example = "30") long projectId,
        IndicatorLevel1 level1,
        IndicatorLevel2 level2,
        @Schema(maxLength = 200, example = "驻场服务团队人数") String name,
        TargetComparator comparator,
        @Schema(nullable = true, example = "21") BigDecimal value,
        @Schema(nullable = true, maxLength = 40, example = "人") String unit,
        @Schema(nullable = true, example = "2026-11-30") LocalDate deadline,
        boolean approximate,
        TargetOrigin origin,
        @Schema(nullable = true, description = "The words it was read from (DOCUMENT targets)", example = "不少于21人的驻场服务团队")
        String sourceText,
        @Schema(nullable = true, description = "Line in the source document (DOCUMENT targets)", example = "1314") Integer sourceLine,
        @Schema(nullable = true, description = "The latest observation; null when none") ObservationResponse latestActual,
        @Schema(nullable = true, description = "Completion ratio from the latest actual (4 decimals); null without an actual",
                example = "1.0476") BigDecimal completionRatio,
        @Schema(example = "0") long version) {

    public static TargetResponse from(TargetStatus s) {
        var t = s.target();
        return new TargetResponse(t.id, t.projectId, t.level1, t.level2, t.name, t.comparator, t.targetValue, t.unit,
                t.deadline, t.approximate, t.origin, t.sourceText, t.sourceLine,
                s.latest() == null ? null : ObservationResponse.from(s.latest()), s.completion(), t.version);
    }
}

package cn.songjiang.budget.projects.rest.dto;

import cn.songjiang.budget.projects.domain.PerformanceTarget;
import cn.songjiang.budget.projects.domain.TargetComparator;
import cn.songjiang.budget.support.persistence.RevisionHistory.Revision;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of a performance target. */
@Schema(name = "TargetRevision")
public record TargetRevisionResponse(
        @Schema(example = "9") int revision,
        Instant changedAt,
        @Schema(maxLength = 100, example = "test-pm") String changedBy,
        @Schema(maxLength = 255, description = "the stable id of who changed it: the token's sub",
                example = "f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10") String changedById,
        @Schema(description = "ADD, MOD or DEL", example = "MOD") String change,
        @Schema(nullable = true, example = "驻场服务团队人数") String name,
        @Schema(nullable = true) TargetComparator comparator,
        @Schema(nullable = true, example = "21") BigDecimal value,
        @Schema(nullable = true, example = "人") String unit,
        @Schema(nullable = true) LocalDate deadline) {

    public static TargetRevisionResponse from(Revision<PerformanceTarget> r) {
        PerformanceTarget t = r.state();
        return new TargetRevisionResponse(r.revision(), r.changedAt(), r.changedBy(), r.changedById(), r.change(),
                t.name, t.comparator, t.targetValue, t.unit, t.deadline);
    }
}

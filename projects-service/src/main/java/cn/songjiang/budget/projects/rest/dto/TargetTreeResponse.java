package cn.songjiang.budget.projects.rest.dto;

import cn.songjiang.budget.projects.domain.IndicatorLevel1;
import cn.songjiang.budget.projects.domain.IndicatorLevel2;
import cn.songjiang.budget.projects.service.TargetService.TargetTree;
import cn.songjiang.budget.projects.service.TargetStatus;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The three-level indicator tree of a project: 一级指标 → 二级指标 → targets (only branches that have targets). */
@Schema(name = "TargetTree")
public record TargetTreeResponse(
        @Schema(example = "30") long projectId,
        @Schema(example = "SJZWFW-2026-P30") String projectCode,
        @Schema(example = "2") int targetCount,
        @Schema(nullable = true, description = "Average completion ratio of targets with an actual, or null", example = "1.0238")
        BigDecimal targetCompletion,
        @Schema(maxItems = 4) List<Level1> levels) {

    /** 一级指标 with its 二级指标. */
    @Schema(name = "TargetTreeLevel1")
    public record Level1(IndicatorLevel1 level1, @Schema(example = "产出指标") String label, @Schema(maxItems = 12) List<Level2> children) {
    }

    /** 二级指标 with its targets. */
    @Schema(name = "TargetTreeLevel2")
    public record Level2(IndicatorLevel2 level2, @Schema(example = "数量指标") String label,
            @Schema(maxItems = 10000) List<TargetResponse> targets) {
    }

    public static TargetTreeResponse from(TargetTree tree) {
        List<Level1> levels = Arrays.stream(IndicatorLevel1.values())
                .map(l1 -> new Level1(l1, l1.label(), Arrays.stream(IndicatorLevel2.values())
                        .filter(l2 -> l2.parent() == l1)
                        .map(l2 -> new Level2(l2, l2.label(), tree.targets().stream()
                                .filter(t -> t.target().level2 == l2).map(TargetResponse::from).toList()))
                        .filter(l2 -> !l2.targets().isEmpty())
                        .toList()))
                .filter(l1 -> !l1.children().isEmpty())
                .toList();
        return new TargetTreeResponse(tree.projectId(), tree.projectCode(), tree.targets().size(),
                tree.targetCompletion(), levels);
    }

}

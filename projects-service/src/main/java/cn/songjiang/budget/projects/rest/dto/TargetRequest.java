package cn.songjiang.budget.projects.rest.dto;

import cn.songjiang.budget.projects.domain.IndicatorLevel1;
import cn.songjiang.budget.projects.domain.IndicatorLevel2;
import cn.songjiang.budget.projects.domain.TargetComparator;
import cn.songjiang.budget.projects.service.TargetData;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A performance target to add or replace. */
@Schema(name = "TargetRequest")
public record TargetRequest(
        @NotNull IndicatorLevel1 level1,
        @Schema(description = "Must belong to level1 (QUANTITY, QUALITY, TIMELINESS, OUTPUT_COST under OUTPUT; …)")
        @NotNull IndicatorLevel2 level2,
        @Schema(maxLength = 200, example = "驻场服务团队人数") @NotBlank @Size(max = 200) String name,
        @NotNull TargetComparator comparator,
        @Schema(nullable = true, description = "Target value; with a unit. Not for QUALITATIVE or deadline targets", example = "21")
        @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal value,
        @Schema(nullable = true, maxLength = 40, example = "人") @Size(max = 40) String unit,
        @Schema(nullable = true, description = "A 时效 target's date (comparator LE); instead of a value", example = "2026-11-30")
        LocalDate deadline,
        @Schema(nullable = true, description = "The text says 约 / 左右", example = "false") Boolean approximate) {

    public TargetData toData() {
        return new TargetData(level1, level2, name, comparator, value, unit, deadline, Boolean.TRUE.equals(approximate));
    }
}

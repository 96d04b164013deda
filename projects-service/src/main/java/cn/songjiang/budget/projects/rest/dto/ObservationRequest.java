package cn.songjiang.budget.projects.rest.dto;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actual of a target: value (in the target's unit; 0–1 for qualitative targets), date and note. */
@Schema(name = "ObservationRequest")
public record ObservationRequest(
        @Schema(nullable = true, description = "The actual; may be omitted only for a deadline target", example = "22")
        @Digits(integer = 14, fraction = 4) BigDecimal value,
        @Schema(description = "When it was observed (not in the future); for a deadline target, the date reached",
                example = "2026-03-31") @NotNull LocalDate observedOn,
        @Schema(nullable = true, maxLength = 1000, example = "驻场考勤表 2026年3月") @Size(max = 1000) String note) {
}

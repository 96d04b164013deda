package cn.songjiang.budget.projects.rest.dto;

import cn.songjiang.budget.projects.domain.TargetObservation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded actual of a performance target. */
@Schema(name = "Observation")
public record ObservationResponse(
        @Schema(example = "5") long id,
        @Schema(example = "40") long targetId,
        @Schema(nullable = true, example = "22") BigDecimal value,
        @Schema(example = "2026-03-31") LocalDate observedOn,
        @Schema(nullable = true, maxLength = 1000) String note,
        @Schema(maxLength = 100, example = "test-pm") String recordedBy,
        Instant recordedAt) {

    public static ObservationResponse from(TargetObservation o) {
        return new ObservationResponse(o.id, o.targetId, o.observedValue, o.observedOn, o.note, o.createdBy,
                o.createdAt);
    }
}

package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.Trigger;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded milestone event and the installment it made payable. */
public record EventResponse(long id, long installmentId, Trigger trigger, LocalDate date, String evidenceRef,
        @Schema(nullable = true) BigDecimal actualAmount, @Schema(nullable = true) String note, String recordedBy,
        Instant recordedAt, InstallmentResponse installment) {
}

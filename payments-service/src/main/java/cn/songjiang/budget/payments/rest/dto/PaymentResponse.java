package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.InstallmentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded payment, and where its installment stands now. */
public record PaymentResponse(long id, long installmentId, BigDecimal amount, String currency, LocalDate paidDate,
        String voucherNo, String idempotencyKey, boolean reversed, @Schema(nullable = true) Instant reversedAt,
        @Schema(nullable = true) String reversedBy, @Schema(nullable = true) String reversalReason,
        String recordedBy, Instant recordedAt, InstallmentStatus installmentStatus,
        BigDecimal installmentOutstanding) {
}

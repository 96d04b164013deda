package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.domain.Installment;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.Payment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded payment, and where its installment stands now; amounts in CNY. */
public record PaymentView(long id, long installmentId, BigDecimal amount, LocalDate paidDate, String voucherNo,
        String idempotencyKey, boolean reversed, Instant reversedAt, String reversedBy, String reversalReason,
        String recordedBy, Instant recordedAt, InstallmentStatus installmentStatus,
        BigDecimal installmentOutstanding) {

    static PaymentView of(Payment payment, Installment installment) {
        return new PaymentView(payment.id, installment.id, payment.amount, payment.paidDate, payment.voucherNo,
                payment.idempotencyKey, payment.reversed, payment.reversedAt, payment.reversedBy,
                payment.reversalReason, payment.createdBy, payment.createdAt, installment.status,
                installment.outstanding());
    }
}

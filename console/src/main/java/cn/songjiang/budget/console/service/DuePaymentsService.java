package cn.songjiang.budget.console.service;

import cn.songjiang.budget.console.client.DueFilter;
import cn.songjiang.budget.console.client.PaymentsClient;
import cn.songjiang.budget.console.client.PaymentsViews.DuePage;
import cn.songjiang.budget.console.client.PaymentsViews.Payment;
import cn.songjiang.budget.console.client.PaymentsViews.RecordPayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** 应付款: finance's list of due installments, recording payments exactly once, reversals, the export. */
@ApplicationScoped
public class DuePaymentsService {

    private final PaymentsClient payments;

    DuePaymentsService(PaymentsClient payments) {
        this.payments = payments;
    }

    public Section<DuePage> list(DueFilter filter) {
        return Section.load(PaymentsClient.SERVICE, () -> payments.due(filter));
    }

    public Section<cn.songjiang.budget.console.client.PaymentsViews.Installment> installment(long installmentId) {
        return Section.load(PaymentsClient.SERVICE, () -> payments.installment(installmentId));
    }

    public Section<List<Payment>> payments(long installmentId) {
        return Section.load(PaymentsClient.SERVICE, () -> payments.payments(installmentId));
    }

    /** Records a payment; the key was made when the form was drawn, so sending the form twice records one. */
    public WriteOutcome record(long installmentId, String idempotencyKey, BigDecimal amount, LocalDate paidDate,
            String voucherNo) {
        return WriteOutcome.attempt(PaymentsClient.SERVICE, () -> payments.recordPayment(installmentId,
                idempotencyKey, new RecordPayment(amount, paidDate, voucherNo)));
    }

    public WriteOutcome reverse(long paymentId, String reason) {
        return WriteOutcome.attempt(PaymentsClient.SERVICE, () -> payments.reverse(paymentId, reason));
    }

    public Response export(String mediaType, DueFilter filter) {
        return payments.dueExport(mediaType, filter);
    }
}

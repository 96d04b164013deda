package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.support.web.PageRequest;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of due installments and the totals of the whole filtered set. */
public record DuePaymentsResponse(
        @Schema(maxItems = PageRequest.MAX_SIZE) List<DuePaymentRow> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(description = "Day overdue days and interest are counted to") LocalDate asOf,
        @Schema(description = "Totals over every installment that matches the filters, not only this page")
        Totals totals) {
}

package cn.songjiang.budget.payments.rest.dto;

/** The installment statuses the due-payments query accepts: only payable installments have a due date. */
public enum DueStatus {
    DUE, PARTIALLY_PAID, PAID
}

package cn.songjiang.budget.projects.domain;

/** Shape of a project's payment clause as printed in the budget document (docs/domain.md §3.1). */
public enum PaymentTermKind {
    /** Several percentage payments, each on its own trigger (e.g. 30/40/30). */
    INSTALLMENTS,
    /** One payment of 100% on one trigger (一次性支付, 支付全部款项). */
    LUMP_SUM,
    /** Settlement by actuals at a fixed rhythm (monthly payroll, bills, quantities). */
    RECURRING,
    /** No schedule in the text (按照合同约定支付); it is entered later from the signed contract. */
    UNSPECIFIED
}

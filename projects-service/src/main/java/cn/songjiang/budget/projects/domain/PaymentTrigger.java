package cn.songjiang.budget.projects.domain;

/** Event that makes one installment of a payment clause due (docs/domain.md §3.2). */
public enum PaymentTrigger {
    /** 合同签订. */
    CONTRACT_SIGNED,
    /** 服务期满 N 个月; the installment carries {@code serviceMonths} when the text states it. */
    SERVICE_ELAPSED,
    /** 项目初验通过. */
    INITIAL_ACCEPTANCE,
    /** 阶段性验收 / 阶段性考核 / 半年度考核 / 中期验收. */
    STAGE_ACCEPTANCE,
    /** 项目基本完成 / 所有服务上线并达到甲方认可. */
    SUBSTANTIAL_COMPLETION,
    /** A calendar date, e.g. 11月上旬（财政关账前） = 10 November of the fiscal year; carries {@code dueDate}. */
    FIXED_DATE,
    /** 终验 / 结束服务期并通过验收 / 合同期满验收. */
    FINAL_ACCEPTANCE,
    /** A deliverable such as a formal report is obtained (获取正式报告后支付). */
    DELIVERABLE_ACCEPTED
}

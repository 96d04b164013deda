package cn.songjiang.budget.payments.domain;

/** What must happen before an installment becomes payable, as parsed from a payment clause. */
public enum Trigger {
    /** 合同签订. */
    CONTRACT_SIGNED(false),
    /** 服务期满 N 个月. */
    SERVICE_ELAPSED(false),
    /** 项目初验通过. */
    INITIAL_ACCEPTANCE(true),
    /** 阶段性验收 / 阶段性考核 / 半年度考核 / 中期验收. */
    STAGE_ACCEPTANCE(true),
    /** 项目基本完成 / 所有服务上线并达到甲方认可. */
    SUBSTANTIAL_COMPLETION(true),
    /** A calendar date, such as 11月上旬（财政关账前）: payable without an event. */
    FIXED_DATE(false),
    /** 终验 / 结束服务期并通过验收 / 合同期满验收. */
    FINAL_ACCEPTANCE(true),
    /** 获取正式报告后支付: a deliverable was accepted. */
    DELIVERABLE_ACCEPTED(true),
    /** A settlement period of a recurring plan ended and its actual amount is known (bill, payroll). */
    PERIOD_ENDED(false);

    private final boolean acceptance;

    Trigger(boolean acceptance) {
        this.acceptance = acceptance;
    }

    /**
     * Payment depends on inspection or acceptance, so the payment term runs from the acceptance date
     * (保障中小企业款项支付条例 第九条).
     */
    public boolean dependsOnAcceptance() {
        return acceptance;
    }
}

package cn.songjiang.budget.procurement.domain;

/**
 * How a plan is procured (政府采购法 and its implementing rules); {@link #NOT_APPLICABLE} marks project
 * spending that is not government procurement at all and so does not draw on the procurement budget.
 */
public enum ProcurementMethod {
    PUBLIC_TENDER("公开招标"),
    INVITED_TENDER("邀请招标"),
    COMPETITIVE_NEGOTIATION("竞争性谈判"),
    COMPETITIVE_CONSULTATION("竞争性磋商"),
    SINGLE_SOURCE("单一来源"),
    REQUEST_FOR_QUOTATION("询价"),
    FRAMEWORK_AGREEMENT("框架协议"),
    NOT_APPLICABLE("不适用");

    private final String label;

    ProcurementMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether plans with this method count against the department's 政府采购预算 and its SME rules. */
    public boolean isGovernmentProcurement() {
        return this != NOT_APPLICABLE;
    }
}

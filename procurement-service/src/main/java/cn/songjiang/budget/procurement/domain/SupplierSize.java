package cn.songjiang.budget.procurement.domain;

/**
 * Enterprise size by the 中小企业划型标准规定 (工信部联企业〔2011〕300号); MEDIUM, SMALL and MICRO are SMEs
 * in the sense of 财库〔2020〕46号 and 保障中小企业款项支付条例.
 */
public enum SupplierSize {
    LARGE,
    MEDIUM,
    SMALL,
    MICRO;

    public boolean isSme() {
        return this != LARGE;
    }

    public boolean isSmallOrMicro() {
        return this == SMALL || this == MICRO;
    }
}

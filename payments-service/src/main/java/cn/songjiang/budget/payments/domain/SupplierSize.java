package cn.songjiang.budget.payments.domain;

/** Enterprise size of a supplier, fixed at contract signing (保障中小企业款项支付条例 第三条). */
public enum SupplierSize {
    LARGE, MEDIUM, SMALL, MICRO;

    /** Small and medium enterprises (micro included) are protected by 国务院令第728号 as revised by 第802号. */
    public boolean isSme() {
        return this != LARGE;
    }
}

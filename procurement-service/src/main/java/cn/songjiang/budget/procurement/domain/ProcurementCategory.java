package cn.songjiang.budget.procurement.domain;

/** The three 政府采购 categories of the budget: 货物, 工程, 服务. */
public enum ProcurementCategory {
    GOODS("货物"),
    WORKS("工程"),
    SERVICES("服务");

    private final String label;

    ProcurementCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

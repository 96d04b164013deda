package cn.songjiang.budget.projects.domain;

/** First level of the 绩效目标 indicator tree (预算绩效管理, docs/domain.md §6.1). */
public enum IndicatorLevel1 {
    OUTPUT("产出指标"),
    BENEFIT("效益指标"),
    SATISFACTION("满意度指标"),
    COST("成本指标");

    private final String label;

    IndicatorLevel1(String label) {
        this.label = label;
    }

    /** The Chinese name printed in 绩效目标 tables. */
    public String label() {
        return label;
    }
}

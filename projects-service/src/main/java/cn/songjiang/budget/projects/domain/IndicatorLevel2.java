package cn.songjiang.budget.projects.domain;

/** Second level of the 绩效目标 indicator tree; each belongs to one first level (docs/domain.md §6.1). */
public enum IndicatorLevel2 {
    QUANTITY(IndicatorLevel1.OUTPUT, "数量指标"),
    QUALITY(IndicatorLevel1.OUTPUT, "质量指标"),
    TIMELINESS(IndicatorLevel1.OUTPUT, "时效指标"),
    OUTPUT_COST(IndicatorLevel1.OUTPUT, "成本指标"),
    ECONOMIC_BENEFIT(IndicatorLevel1.BENEFIT, "经济效益指标"),
    SOCIAL_BENEFIT(IndicatorLevel1.BENEFIT, "社会效益指标"),
    ECOLOGICAL_BENEFIT(IndicatorLevel1.BENEFIT, "生态效益指标"),
    SUSTAINABLE_IMPACT(IndicatorLevel1.BENEFIT, "可持续影响指标"),
    SERVICE_RECIPIENT_SATISFACTION(IndicatorLevel1.SATISFACTION, "服务对象满意度指标"),
    ECONOMIC_COST(IndicatorLevel1.COST, "经济成本指标"),
    SOCIAL_COST(IndicatorLevel1.COST, "社会成本指标"),
    ECOLOGICAL_COST(IndicatorLevel1.COST, "生态环境成本指标");

    private final IndicatorLevel1 parent;
    private final String label;

    IndicatorLevel2(IndicatorLevel1 parent, String label) {
        this.parent = parent;
        this.label = label;
    }

    public IndicatorLevel1 parent() {
        return parent;
    }

    /** The Chinese name printed in 绩效目标 tables. */
    public String label() {
        return label;
    }
}

package cn.songjiang.budget.projects.domain;

/** Kind of reconciliation finding raised when a declared figure of a budget document is not reproduced by its parts. */
public enum FindingCode {
    /** A table row's total column differs from the sum of its other columns (合计 ≠ 基本 + 项目). */
    TABLE_ROW_SUM,
    /** A 类 or 款 row differs from the sum of its 款 or 项 rows. */
    TABLE_SUBTOTAL,
    /** A table's 合计 / 总计 row differs from the sum of its top-level rows. */
    TABLE_TOTAL,
    /** The same figure differs between two tables. */
    TABLE_CROSS_CHECK,
    /** A figure in the narrative text (万元) differs from the table (元). */
    TEXT_VS_TABLE,
    /** The declared year-on-year percentage does not follow from the declared increase. */
    YEAR_ON_YEAR_PERCENT,
    /** Goods + works + services differ from the declared procurement total, or a reserved share exceeds its base. */
    PROCUREMENT_SPLIT,
    /** A project's breakdown lines do not sum to its amount. */
    PROJECT_BREAKDOWN,
    /** A project's stated contract amount differs from its budget amount. */
    PROJECT_CONTRACT_AMOUNT,
    /** A project amount is most likely printed in the wrong unit (元 for 万元). */
    PROJECT_AMOUNT_UNIT,
    /** A project amount most likely has two adjacent digits transposed. */
    PROJECT_AMOUNT_TRANSPOSED,
    /** The sum of the projects differs from the 项目支出 total of the expenditure tables. */
    PROJECT_SUM_VS_PROJECT_EXPENDITURE,
    /** The sum of the projects differs from the 绩效目标 total of §四. */
    PROJECT_SUM_VS_PERFORMANCE_TOTAL,
    /** The 绩效目标 total of §四 differs from the 项目支出 total of the tables. */
    PERFORMANCE_TOTAL_VS_PROJECT_EXPENDITURE,
    /** The declared number of projects ≥ the threshold (1,000万元) differs from the count of the projects. */
    PERFORMANCE_LARGE_PROJECT_COUNT,
    /** A payment clause's percentages do not sum to 100. */
    PAYMENT_TERMS_PERCENT_SUM,
    /** A payment clause has percentages whose trigger could not be recognised. */
    PAYMENT_TERMS_UNRECOGNISED,
    /** The declared number of internal sections differs from the sections listed. */
    DEPARTMENT_SECTION_COUNT
}

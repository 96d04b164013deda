package cn.songjiang.budget.projects.domain;

/** How a performance target's actual is compared with its target value (≥, ≤, =, 定性; docs/domain.md §6.1). */
public enum TargetComparator {
    /** ≥ target value (不少于, 不小于). */
    GE("≥"),
    /** ≤ target value, also used for deadlines (… 前完成). */
    LE("≤"),
    /** = target value. */
    EQ("="),
    /** 定性: judged, no number. */
    QUALITATIVE("定性");

    private final String symbol;

    TargetComparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}

package cn.songjiang.budget.procurement.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life of a procurement plan: drafted, approved, put out to tender, awarded (by signing a contract), or
 * cancelled at any point before the award. AWARDED and CANCELLED are final.
 */
public enum PlanStatus {
    DRAFT,
    APPROVED,
    TENDERING,
    AWARDED,
    CANCELLED;

    /** The statuses this one may move to. */
    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(APPROVED, CANCELLED);
            case APPROVED -> EnumSet.of(TENDERING, CANCELLED);
            case TENDERING -> EnumSet.of(AWARDED, CANCELLED);
            case AWARDED, CANCELLED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    public boolean canMoveTo(PlanStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Whether the plan's amount still counts as planned spending (everything but a cancelled plan). */
    public boolean countsAsPlanned() {
        return this != CANCELLED;
    }
}

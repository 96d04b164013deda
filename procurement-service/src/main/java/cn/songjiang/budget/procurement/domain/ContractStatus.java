package cn.songjiang.budget.procurement.domain;

import java.util.EnumSet;
import java.util.Set;

/** Life of a contract: in force, then completed or terminated early (both final). */
public enum ContractStatus {
    ACTIVE,
    COMPLETED,
    TERMINATED;

    public Set<ContractStatus> next() {
        return this == ACTIVE ? EnumSet.of(COMPLETED, TERMINATED) : EnumSet.noneOf(ContractStatus.class);
    }

    public boolean canMoveTo(ContractStatus target) {
        return next().contains(target);
    }

    /** Whether the contract's value counts as awarded (a terminated contract no longer commits its value). */
    public boolean countsAsAwarded() {
        return this != TERMINATED;
    }
}

package cn.songjiang.budget.procurement.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a procurement budget stands: per category and in total, what was declared, planned (plans not
 * cancelled), awarded (contracts not terminated) and is still unallocated (declared − planned, negative after
 * a confirmed overrun); and the SME reserve against what is planned for and awarded to SMEs.
 */
public record BudgetPosition(List<Line> categories, Line totals, Sme sme) {

    /** One category (null in the totals line). */
    public record Line(ProcurementCategory category, BigDecimal declared, BigDecimal planned, BigDecimal awarded,
            BigDecimal unallocated) {

        public boolean overrun() {
            return unallocated.signum() < 0;
        }
    }

    /** Declared reserves against what plans reserve and what contracts award to SMEs (size at signing). */
    public record Sme(BigDecimal reserved, BigDecimal reservedShareOfTotal, BigDecimal plannedForSme,
            BigDecimal awardedToSme, BigDecimal smallMicroReserved, BigDecimal plannedForSmallMicro,
            BigDecimal awardedToSmallMicro) {
    }
}

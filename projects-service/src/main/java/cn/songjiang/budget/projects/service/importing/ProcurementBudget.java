package cn.songjiang.budget.projects.service.importing;

import java.math.BigDecimal;

/**
 * The declared procurement budget of §三 (元, converted exactly from 万元): goods / works / services / total,
 * the share reserved to SMEs and, of it, to small and micro enterprises (财库〔2020〕46号).
 */
public record ProcurementBudget(
        BigDecimal goods,
        BigDecimal works,
        BigDecimal services,
        BigDecimal total,
        BigDecimal smeReserved,
        BigDecimal smallMicroReserved,
        int line,
        int reservedLine) {
}

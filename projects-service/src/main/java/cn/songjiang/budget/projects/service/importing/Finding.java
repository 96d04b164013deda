package cn.songjiang.budget.projects.service.importing;

import cn.songjiang.budget.projects.domain.FindingCode;
import java.math.BigDecimal;
import java.util.List;

/**
 * A declared figure that its parts do not reproduce. {@code difference} is declared − computed. The cause is
 * given only when the numbers show one; {@code projectCode} and {@code suggestedAmount} are set when the finding
 * concerns one project's amount and a person may confirm the suggested correction. Nothing is corrected here.
 */
public record Finding(
        FindingCode code,
        String subject,
        BigDecimal declared,
        BigDecimal computed,
        BigDecimal difference,
        List<Integer> lines,
        String likelyCause,
        String projectCode,
        BigDecimal suggestedAmount) {

    public Finding {
        lines = List.copyOf(lines);
    }
}

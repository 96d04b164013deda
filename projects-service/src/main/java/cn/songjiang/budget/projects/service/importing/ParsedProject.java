package cn.songjiang.budget.projects.service.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One "XXX项目经费情况说明" of the document, in document order, with its amount exactly as stated. */
public record ParsedProject(
        int sequence,
        String code,
        String name,
        BigDecimal amount,
        String amountAsWritten,
        int amountLine,
        List<AmountBreakdownLine> breakdown,
        LocalDate periodStart,
        LocalDate periodEnd,
        String implementingBody,
        String overview,
        String legalBasis,
        String planText,
        String targetNote,
        ParsedPaymentTerms paymentTerms,
        List<ParsedTarget> targets,
        int headingLine,
        int lastLine) {

    public ParsedProject {
        breakdown = List.copyOf(breakdown);
        targets = List.copyOf(targets);
    }

    /** One part of a project amount as the text splits it, e.g. 二类费用 56.965万元. */
    public record AmountBreakdownLine(String label, BigDecimal amount, String asWritten, int line) {
    }
}

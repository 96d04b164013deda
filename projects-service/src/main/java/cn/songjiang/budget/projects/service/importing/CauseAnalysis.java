package cn.songjiang.budget.projects.service.importing;

import cn.songjiang.budget.support.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks for the most likely cause of a difference between a declared figure and its recomputation, using only the
 * numbers: two adjacent digits transposed, a part left out or counted twice, 元 printed where 万元 was meant, or a
 * project whose breakdown sums differently. Returns nothing when no single cause reproduces the difference exactly.
 */
final class CauseAnalysis {

    /** 元 per 万元. */
    static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal ONE_FEN = new BigDecimal("0.01");
    private static final int MAX_UNIT_CANDIDATES = 12;

    private CauseAnalysis() {
    }

    /**
     * A figure as printed: label, value in 元, the written number (as printed, without unit), the factor from the
     * written unit to 元 (1 or 10,000) and its line.
     */
    record Figure(String label, BigDecimal value, String written, BigDecimal factor, int line) {

        static Figure yuan(String label, BigDecimal value, int line) {
            return new Figure(label, value, value.toPlainString(), BigDecimal.ONE, line);
        }

        String describe() {
            return label + " " + written + (factor.compareTo(WAN) == 0 ? "万元" : "元") + " (line " + line + ")";
        }
    }

    /** A correction of one project's amount that the numbers point to. */
    record ProjectCorrection(ParsedProject project, BigDecimal suggested, Kind kind, String reason) {
        enum Kind { UNIT, BREAKDOWN, TRANSPOSED }
    }

    /** A cause in words, with the project corrections it implies (possibly none). */
    record Explanation(String text, List<ProjectCorrection> corrections) {
    }

    /** Cause of declared ≠ Σ parts. */
    static Optional<String> explainSum(Figure declared, List<Figure> parts) {
        BigDecimal computed = parts.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal difference = declared.value().subtract(computed);
        for (String swapped : transpositions(declared.written())) {
            if (valueOf(swapped, declared.factor()).compareTo(computed) == 0) {
                return Optional.of("the declared " + declared.describe() + " most likely has two adjacent digits "
                        + "transposed: " + swapped + " reproduces the sum of its parts");
            }
        }
        for (Figure part : parts) {
            for (String swapped : transpositions(part.written())) {
                if (valueOf(swapped, part.factor()).subtract(part.value()).compareTo(difference) == 0) {
                    return Optional.of(part.describe() + " most likely has two adjacent digits transposed: " + swapped
                            + " reproduces the declared " + declared.describe());
                }
            }
        }
        for (Figure part : parts) {
            if (part.value().signum() != 0 && part.value().negate().compareTo(difference) == 0) {
                return Optional.of("the declared " + declared.describe() + " leaves out " + part.describe());
            }
            if (part.value().signum() != 0 && part.value().compareTo(difference) == 0) {
                return Optional.of("the difference equals " + part.describe()
                        + ": the declared figure counts it twice, or a part of that size is missing");
            }
        }
        for (Figure part : parts) {
            if (part.factor().compareTo(BigDecimal.ONE) == 0 && part.value().signum() != 0
                    && part.value().multiply(WAN).subtract(part.value()).compareTo(difference) == 0) {
                return Optional.of(part.describe() + " is most likely meant in 万元, not 元");
            }
        }
        if (difference.abs().compareTo(ONE_FEN.multiply(BigDecimal.valueOf(Math.max(1, parts.size())))) <= 0) {
            return Optional.of("a difference of " + difference.abs().toPlainString()
                    + " 元 is within rounding to the fen of the parts");
        }
        return Optional.empty();
    }

    /** Cause of two printings of the same figure differing. */
    static Optional<String> explainPair(Figure declared, Figure other) {
        for (String swapped : transpositions(declared.written())) {
            if (valueOf(swapped, declared.factor()).compareTo(other.value()) == 0) {
                return Optional.of(declared.describe() + " most likely has two adjacent digits transposed: " + swapped
                        + " matches " + other.describe());
            }
        }
        for (String swapped : transpositions(other.written())) {
            if (valueOf(swapped, other.factor()).compareTo(declared.value()) == 0) {
                return Optional.of(other.describe() + " most likely has two adjacent digits transposed: " + swapped
                        + " matches " + declared.describe());
            }
        }
        if (declared.value().signum() != 0 && other.value().signum() != 0) {
            if (declared.value().multiply(WAN).compareTo(other.value()) == 0
                    || other.value().multiply(WAN).compareTo(declared.value()) == 0) {
                return Optional.of("the two figures differ by a factor of 10,000: one of them has its unit "
                        + "(元 / 万元) wrong");
            }
        }
        return Optional.empty();
    }

    /**
     * Cause of Σ project amounts ≠ a declared total (difference = declared − Σ). Looks for the fewest corrections
     * that reproduce the difference exactly: amounts printed in 元 read as 万元 (every project amount is normally
     * stated in 万元), plus at most one project whose breakdown sums differently or whose amount has two adjacent
     * digits transposed.
     */
    static Optional<Explanation> explainProjects(BigDecimal difference, List<ParsedProject> projects) {
        if (difference.signum() == 0) {
            return Optional.empty();
        }
        List<ParsedProject> inYuan = projects.stream().filter(p -> !p.amountAsWritten().contains("万")).toList();
        if (inYuan.size() > MAX_UNIT_CANDIDATES) {
            inYuan = List.of();
        }
        int n = inYuan.size();
        String ambiguity = null;
        for (int size = 0; size <= n; size++) {
            for (int mask = 0; mask < (1 << n); mask++) {
                if (Integer.bitCount(mask) != size) {
                    continue;
                }
                List<ProjectCorrection> corrections = new ArrayList<>();
                BigDecimal remaining = difference;
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        ProjectCorrection c = unitCorrection(inYuan.get(i));
                        corrections.add(c);
                        remaining = remaining.subtract(c.suggested().subtract(c.project().amount()));
                    }
                }
                if (remaining.signum() != 0) {
                    List<ParsedProject> others = projects.stream()
                            .filter(p -> corrections.stream().noneMatch(c -> c.project() == p)).toList();
                    List<ProjectCorrection> single = singleCauses(remaining, others);
                    if (single.size() > 1 && ambiguity == null) {
                        ambiguity = describeAmbiguity(corrections, single);
                    }
                    if (single.size() != 1) {
                        continue;
                    }
                    corrections.add(single.get(0));
                }
                if (!corrections.isEmpty()) {
                    return Optional.of(new Explanation(describe(corrections), List.copyOf(corrections)));
                }
            }
        }
        return ambiguity == null ? Optional.empty() : Optional.of(new Explanation(ambiguity, List.of()));
    }

    private static String describeAmbiguity(List<ProjectCorrection> units, List<ProjectCorrection> candidates) {
        String prefix = units.isEmpty() ? "" : describe(units).replaceFirst("; with .*$", "") + "; besides, ";
        return prefix + "the rest of the difference is reproduced by " + candidates.size()
                + " different single corrections, so none can be named: " + candidates.stream()
                .map(ProjectCorrection::reason).collect(java.util.stream.Collectors.joining(" / "));
    }

    private static ProjectCorrection unitCorrection(ParsedProject p) {
        BigDecimal suggested = Money.rounded(p.amount().multiply(WAN));
        String reason = p.code() + " " + p.name() + " states " + p.amountAsWritten() + " (line " + p.amountLine()
                + ") where project amounts are stated in 万元; read as " + numberPart(p.amountAsWritten()) + "万元 = "
                + suggested.toPlainString() + " 元";
        return new ProjectCorrection(p, suggested, ProjectCorrection.Kind.UNIT, reason);
    }

    private static List<ProjectCorrection> singleCauses(BigDecimal difference, List<ParsedProject> projects) {
        List<ProjectCorrection> out = new ArrayList<>();
        for (ParsedProject p : projects) {
            if (p.breakdown().size() < 2) {
                continue;
            }
            BigDecimal parts = p.breakdown().stream().map(ParsedProject.AmountBreakdownLine::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (parts.subtract(p.amount()).compareTo(difference) == 0) {
                out.add(new ProjectCorrection(p, parts, ProjectCorrection.Kind.BREAKDOWN, p.code() + " " + p.name()
                        + " states " + p.amountAsWritten() + " (line " + p.amountLine() + ") but its breakdown sums to "
                        + Money.toWan(parts).toPlainString() + "万元 = " + parts.toPlainString() + " 元"));
            }
        }
        for (ParsedProject p : projects) {
            if (out.stream().anyMatch(c -> c.project() == p)) {
                continue;
            }
            String written = numberPart(p.amountAsWritten());
            BigDecimal factor = p.amountAsWritten().contains("万") ? WAN : BigDecimal.ONE;
            for (String swapped : transpositions(written)) {
                BigDecimal candidate = valueOf(swapped, factor);
                if (candidate.subtract(p.amount()).compareTo(difference) == 0) {
                    out.add(new ProjectCorrection(p, Money.rounded(candidate), ProjectCorrection.Kind.TRANSPOSED,
                            p.code() + " " + p.name() + " states " + p.amountAsWritten() + " (line " + p.amountLine()
                            + "); with two adjacent digits transposed it reads " + swapped
                            + (factor.equals(WAN) ? "万元" : "元") + " = " + Money.rounded(candidate).toPlainString()
                            + " 元"));
                    break;
                }
            }
        }
        return out;
    }

    private static String describe(List<ProjectCorrection> corrections) {
        List<String> parts = new ArrayList<>();
        List<ProjectCorrection> units = corrections.stream()
                .filter(c -> c.kind() == ProjectCorrection.Kind.UNIT).toList();
        if (!units.isEmpty()) {
            parts.add("the 万元 unit is missing from " + units.stream()
                    .map(c -> c.project().code() + " " + c.project().amountAsWritten() + " (line "
                            + c.project().amountLine() + ") → " + numberPart(c.project().amountAsWritten()) + "万元")
                    .collect(java.util.stream.Collectors.joining(" and ")));
        }
        corrections.stream().filter(c -> c.kind() != ProjectCorrection.Kind.UNIT)
                .forEach(c -> parts.add(c.reason()));
        return String.join("; ", parts) + "; with " + (corrections.size() == 1 ? "that correction" : "these "
                + corrections.size() + " corrections") + " the projects sum exactly to the declared total";
    }

    /** The number of an amount as written: "1,294.78万元" → "1,294.78". */
    static String numberPart(String asWritten) {
        int end = 0;
        while (end < asWritten.length() && (Character.isDigit(asWritten.charAt(end)) || asWritten.charAt(end) == ','
                || asWritten.charAt(end) == '.')) {
            end++;
        }
        return asWritten.substring(0, end);
    }

    /** Every distinct number obtained by swapping two adjacent, different digits of a written number. */
    static List<String> transpositions(String written) {
        List<Integer> digitPositions = new ArrayList<>();
        for (int i = 0; i < written.length(); i++) {
            if (Character.isDigit(written.charAt(i))) {
                digitPositions.add(i);
            }
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k + 1 < digitPositions.size(); k++) {
            int a = digitPositions.get(k);
            int b = digitPositions.get(k + 1);
            if (written.charAt(a) == written.charAt(b)) {
                continue;
            }
            char[] chars = written.toCharArray();
            chars[a] = written.charAt(b);
            chars[b] = written.charAt(a);
            out.add(new String(chars));
        }
        return out;
    }

    private static BigDecimal valueOf(String written, BigDecimal factor) {
        return new BigDecimal(written.replace(",", "")).multiply(factor);
    }
}

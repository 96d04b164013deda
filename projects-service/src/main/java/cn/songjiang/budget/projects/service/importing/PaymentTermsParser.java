package cn.songjiang.budget.projects.service.importing;

import cn.songjiang.budget.projects.domain.PaymentTermKind;
import cn.songjiang.budget.projects.domain.PaymentTrigger;
import cn.songjiang.budget.projects.domain.Recurrence;
import cn.songjiang.budget.projects.service.importing.ParsedPaymentTerms.Installment;
import cn.songjiang.budget.projects.service.importing.ParsedPaymentTerms.RecurringItem;
import cn.songjiang.budget.projects.service.importing.SourceDocument.NumberedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the payment sentences of a project's 实施方案 into structured terms (docs/domain.md §3). A clause whose
 * percentages do not add up, or whose trigger is not recognised, is kept as text with kind UNSPECIFIED and
 * reported as a problem; it is never guessed.
 */
final class PaymentTermsParser {

    /** Result: the terms, and a problem description when the clause could not be structured. */
    record Result(ParsedPaymentTerms terms, Problem problem) {
    }

    /** Why a clause with percentages was left UNSPECIFIED. */
    record Problem(boolean percentSum, BigDecimal percentTotal, String reason, List<Integer> lines) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern PAYMENT_WORD = Pattern.compile("支付|结算|报销|付费|付款");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)%");
    /** A percentage in words (百分之三十): stated, but not read; the clause is then reported, never guessed. */
    private static final Pattern PERCENT_IN_WORDS = Pattern.compile("百分之[零一二三四五六七八九十百两点]+");
    private static final Pattern LUMP_SUM = Pattern.compile("一次性|全部款项");
    private static final Pattern RECURRING = Pattern.compile("每月|按月|每季度|按季|定期|按实");
    private static final Pattern QUARTERLY = Pattern.compile("每季度|按季");
    private static final Pattern MONTHLY = Pattern.compile("每月|按月");
    private static final Pattern PREAMBLE = Pattern.compile("按(?:照)?工作内容实施项目采购");

    private static final Pattern TEN_DAY_PERIOD = Pattern.compile("(\\d{1,2})月(上|中|下)旬");
    private static final Pattern MONTHS_AFTER = Pattern.compile("服务期满([0-9一二三四五六七八九十两]{1,3})个?(月|年)");
    private static final Pattern YEARS_BEFORE = Pattern.compile("([0-9一二三四五六七八九十两]{1,3})年服务期满");
    private static final Pattern SERVICE_PERIOD = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月(\\d{1,2})日至(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern SERVICE_ELAPSED = Pattern.compile("服务期满|后付费");
    private static final Pattern STAGE = Pattern.compile("阶段|中期|半年度");
    private static final Pattern SUBSTANTIAL = Pattern.compile("基本完成|所有服务上线");
    private static final Pattern INITIAL = Pattern.compile("初验");
    private static final Pattern FINAL = Pattern.compile("终验|验收");
    private static final Pattern REPORT = Pattern.compile("报告");
    private static final Pattern SIGNED = Pattern.compile("合同签订|签订合同");

    private static final int FIRST_TEN_DAYS_END = 10;
    private static final int MIDDLE_TEN_DAYS_END = 20;
    private static final int MONTHS_PER_YEAR = 12;

    private final int fiscalYear;

    PaymentTermsParser(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    /** A sentence of the plan that speaks of payment, normalised and as written (same offsets), with its line. */
    private record Sentence(String text, String original, int line) {
        String original(int start, int end) {
            return original.substring(start, end);
        }
    }

    /** A comma/semicolon-delimited piece of a sentence, with its offsets in the sentence. */
    private record Chunk(int start, int end, String text) {
    }

    Result parse(List<NumberedLine> planLines, String projectName) {
        List<Sentence> sentences = paymentSentences(planLines);
        if (sentences.isEmpty()) {
            return new Result(new ParsedPaymentTerms(PaymentTermKind.UNSPECIFIED, null, List.of(), List.of(), null,
                    List.of()), null);
        }
        String clause = joinClause(sentences);
        List<Integer> lines = sentences.stream().map(Sentence::line).distinct().toList();
        List<Sentence> withPercent = sentences.stream()
                .filter(s -> PERCENT.matcher(s.text()).find() || PERCENT_IN_WORDS.matcher(s.text()).find()).toList();
        if (!withPercent.isEmpty()) {
            return installments(withPercent, clause, lines);
        }
        List<Sentence> lumpSum = sentences.stream().filter(s -> LUMP_SUM.matcher(s.text()).find()).toList();
        if (!lumpSum.isEmpty()) {
            return lumpSum(lumpSum.get(0), clause, lines);
        }
        if (sentences.stream().anyMatch(s -> RECURRING.matcher(s.text()).find())) {
            return new Result(recurring(sentences, clause, lines, projectName), null);
        }
        return new Result(new ParsedPaymentTerms(PaymentTermKind.UNSPECIFIED, null, List.of(), List.of(), clause,
                lines), null);
    }

    private static List<Sentence> paymentSentences(List<NumberedLine> planLines) {
        List<Sentence> out = new ArrayList<>();
        for (NumberedLine line : planLines) {
            int start = 0;
            String text = line.text();
            while (start < text.length()) {
                int end = text.indexOf('。', start);
                end = end < 0 ? text.length() : end + 1;
                String raw = text.substring(start, end);
                String sentence = raw.strip();
                int at = start + raw.indexOf(sentence);
                if (PAYMENT_WORD.matcher(sentence).find()) {
                    out.add(new Sentence(sentence, line.original(at, at + sentence.length()), line.number()));
                }
                start = end;
            }
        }
        return out;
    }

    private static String joinClause(List<Sentence> sentences) {
        StringBuilder sb = new StringBuilder();
        int previousLine = -1;
        for (Sentence s : sentences) {
            if (previousLine >= 0 && s.line() != previousLine) {
                sb.append('\n');
            }
            sb.append(s.original());
            previousLine = s.line();
        }
        return sb.toString();
    }

    /**
     * Reads the clause whole or reports it whole: every percentage must be attached to a recognised trigger and
     * they must sum to 100; otherwise the clause stays UNSPECIFIED and the problem names each percentage found and
     * each piece of the sentence that was not understood, as written.
     */
    private Result installments(List<Sentence> sentences, String clause, List<Integer> lines) {
        List<Installment> installments = new ArrayList<>();
        List<String> percents = new ArrayList<>();
        List<String> notUnderstood = new ArrayList<>();
        List<String> leftOver = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Sentence sentence : sentences) {
            int pendingStart = -1;
            for (Chunk chunk : chunks(sentence.text())) {
                if (pendingStart < 0 && PREAMBLE.matcher(chunk.text()).matches()) {
                    continue;
                }
                if (pendingStart < 0) {
                    pendingStart = chunk.start();
                }
                List<String> found = new ArrayList<>();
                Matcher percent = PERCENT.matcher(chunk.text());
                BigDecimal value = null;
                while (percent.find()) {
                    found.add(sentence.original(chunk.start() + percent.start(), chunk.start() + percent.end()));
                    value = new BigDecimal(percent.group(1));
                }
                Matcher words = PERCENT_IN_WORDS.matcher(chunk.text());
                while (words.find()) {
                    found.add(sentence.original(chunk.start() + words.start(), chunk.start() + words.end()));
                }
                if (found.isEmpty()) {
                    continue;
                }
                percents.addAll(found);
                String text = sentence.text().substring(pendingStart, chunk.end());
                String asWritten = sentence.original(pendingStart, chunk.end());
                pendingStart = -1;
                TriggerReading trigger = found.size() == 1 && value != null ? trigger(text) : null;
                if (trigger == null) {
                    notUnderstood.add(asWritten);
                    continue;
                }
                total = total.add(value);
                installments.add(new Installment(installments.size() + 1, value, trigger.trigger(),
                        trigger.serviceMonths(), trigger.dueDate(), asWritten));
            }
            if (pendingStart >= 0) {
                String rest = sentence.text().substring(pendingStart);
                if (PAYMENT_WORD.matcher(rest).find()) {
                    leftOver.add(sentence.original(pendingStart, sentence.text().length()));
                }
            }
        }
        String found = "percentages found: " + String.join(", ", percents);
        if (!notUnderstood.isEmpty()) {
            List<String> pieces = new ArrayList<>(notUnderstood);
            pieces.addAll(leftOver);
            return unspecified(clause, lines, new Problem(false, null, found + "; not attached to a recognised "
                    + "trigger: " + quoted(pieces), lines));
        }
        if (total.compareTo(HUNDRED) != 0) {
            return unspecified(clause, lines, new Problem(true, total, found + "; they sum to "
                    + total.stripTrailingZeros().toPlainString() + ", not 100"
                    + (leftOver.isEmpty() ? "" : "; not understood: " + quoted(leftOver)), lines));
        }
        PaymentTermKind kind = installments.size() == 1 ? PaymentTermKind.LUMP_SUM : PaymentTermKind.INSTALLMENTS;
        return new Result(new ParsedPaymentTerms(kind, null, installments, List.of(), clause, lines), null);
    }

    private static String quoted(List<String> pieces) {
        return pieces.stream().map(p -> "'" + p + "'").collect(java.util.stream.Collectors.joining(", "));
    }

    private Result lumpSum(Sentence sentence, String clause, List<Integer> lines) {
        List<Chunk> chunks = chunks(sentence.text());
        int start = -1;
        for (Chunk chunk : chunks) {
            if (start < 0 && PREAMBLE.matcher(chunk.text()).matches()) {
                continue;
            }
            if (start < 0) {
                start = chunk.start();
            }
            if (LUMP_SUM.matcher(chunk.text()).find()) {
                String text = sentence.text().substring(start, chunk.end());
                String asWritten = sentence.original(start, chunk.end());
                TriggerReading trigger = trigger(text);
                if (trigger == null) {
                    return unspecified(clause, lines, new Problem(false, null,
                            "no recognised trigger in '" + asWritten + "'", List.of(sentence.line())));
                }
                Installment only = new Installment(1, HUNDRED, trigger.trigger(), trigger.serviceMonths(),
                        trigger.dueDate(), asWritten);
                return new Result(new ParsedPaymentTerms(PaymentTermKind.LUMP_SUM, null, List.of(only), List.of(),
                        clause, lines), null);
            }
        }
        throw new IllegalStateException("lump-sum sentence without a lump-sum chunk: " + sentence.text());
    }

    private static ParsedPaymentTerms recurring(List<Sentence> sentences, String clause, List<Integer> lines,
            String projectName) {
        List<RecurringItem> items = new ArrayList<>();
        Recurrence primary = null;
        for (Sentence s : sentences) {
            Recurrence r = QUARTERLY.matcher(s.text()).find() ? Recurrence.QUARTERLY
                    : MONTHLY.matcher(s.text()).find() ? Recurrence.MONTHLY : null;
            items.add(new RecurringItem(s.original(), r));
            if (primary == null) {
                primary = r;
            }
        }
        if (primary == null) {
            // The sentence says only 定期 (periodically); a 月租费 (monthly rental) in the project name states the rhythm.
            primary = projectName.contains("月租") ? Recurrence.MONTHLY
                    : projectName.contains("季") ? Recurrence.QUARTERLY : null;
        }
        return new ParsedPaymentTerms(PaymentTermKind.RECURRING, primary, List.of(), items, clause, lines);
    }

    private static Result unspecified(String clause, List<Integer> lines, Problem problem) {
        return new Result(new ParsedPaymentTerms(PaymentTermKind.UNSPECIFIED, null, List.of(), List.of(), clause,
                lines), problem);
    }

    /** Splits at ，；, (outside parentheses), keeping offsets so a piece of the clause is an exact substring. */
    private static List<Chunk> chunks(String sentence) {
        List<Chunk> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '，' || c == '；' || c == '。')) {
                addChunk(out, sentence, start, i);
                start = i + 1;
            }
        }
        addChunk(out, sentence, start, sentence.length());
        return out;
    }

    private static void addChunk(List<Chunk> out, String sentence, int start, int end) {
        if (end > start) {
            out.add(new Chunk(start, end, sentence.substring(start, end)));
        }
    }

    private record TriggerReading(PaymentTrigger trigger, Integer serviceMonths, LocalDate dueDate) {
    }

    /** The trigger of one installment's words; the order of the tests matters (see the comments). */
    private TriggerReading trigger(String text) {
        Matcher tenDays = TEN_DAY_PERIOD.matcher(text);
        if (tenDays.find()) {
            // 上旬 is days 1-10: the latest date it allows is the 10th (11月上旬 = 10 November of the fiscal year,
            // the fiscal close, docs/domain.md §3.2); 中旬 ends on the 20th, 下旬 at month end.
            int month = Integer.parseInt(tenDays.group(1));
            if (month < 1 || month > MONTHS_PER_YEAR) {
                return null;
            }
            YearMonth ym = YearMonth.of(fiscalYear, month);
            int day = switch (tenDays.group(2)) {
                case "上" -> FIRST_TEN_DAYS_END;
                case "中" -> MIDDLE_TEN_DAYS_END;
                default -> ym.lengthOfMonth();
            };
            return new TriggerReading(PaymentTrigger.FIXED_DATE, null, ym.atDay(day));
        }
        // 服务期满 before 合同签订: "合同签订后且服务期满一个月" waits for the month of service.
        Matcher after = MONTHS_AFTER.matcher(text);
        if (after.find()) {
            int n = AmountText.smallInteger(after.group(1), 0, "service months");
            return new TriggerReading(PaymentTrigger.SERVICE_ELAPSED, after.group(2).equals("年") ? n * MONTHS_PER_YEAR
                    : n, null);
        }
        Matcher years = YEARS_BEFORE.matcher(text);
        if (years.find()) {
            return new TriggerReading(PaymentTrigger.SERVICE_ELAPSED,
                    AmountText.smallInteger(years.group(1), 0, "service years") * MONTHS_PER_YEAR, null);
        }
        if (SERVICE_ELAPSED.matcher(text).find()) {
            return new TriggerReading(PaymentTrigger.SERVICE_ELAPSED, monthsOfStatedPeriod(text), null);
        }
        // 阶段 / 中期 before 验收: "中期验收通过后" is a stage, not the final acceptance.
        if (STAGE.matcher(text).find()) {
            return new TriggerReading(PaymentTrigger.STAGE_ACCEPTANCE, null, null);
        }
        if (SUBSTANTIAL.matcher(text).find()) {
            return new TriggerReading(PaymentTrigger.SUBSTANTIAL_COMPLETION, null, null);
        }
        if (INITIAL.matcher(text).find()) {
            return new TriggerReading(PaymentTrigger.INITIAL_ACCEPTANCE, null, null);
        }
        if (FINAL.matcher(text).find()) {
            return new TriggerReading(PaymentTrigger.FINAL_ACCEPTANCE, null, null);
        }
        if (REPORT.matcher(text).find()) {
            return new TriggerReading(PaymentTrigger.DELIVERABLE_ACCEPTED, null, null);
        }
        if (SIGNED.matcher(text).find()) {
            return new TriggerReading(PaymentTrigger.CONTRACT_SIGNED, null, null);
        }
        return null;
    }

    /** Whole months of a period written in the clause (2025年7月1日至2026年6月30日 = 12), or null. */
    private static Integer monthsOfStatedPeriod(String text) {
        Matcher m = SERVICE_PERIOD.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            LocalDate end = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)));
            LocalDate dayAfter = end.plusDays(1);
            long months = ChronoUnit.MONTHS.between(start, dayAfter);
            return start.plusMonths(months).equals(dayAfter) ? Math.toIntExact(months) : null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}

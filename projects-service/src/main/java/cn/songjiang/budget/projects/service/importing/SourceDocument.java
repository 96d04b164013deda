package cn.songjiang.budget.projects.service.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document as numbered lines and Markdown headings; rejects text that is visibly garbled. Each line is kept as
 * written and normalised ({@link TextNormaliser}, same length, same offsets): the parser reads the normalised line,
 * findings and refusals quote the line as written.
 */
final class SourceDocument {

    /** A Markdown heading: its 1-based line, level (number of #) and text. */
    record Heading(int line, int level, String text) {
    }

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t]+(\\S.*)$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<String> lines;
    private final List<String> originals;
    private final List<Heading> headings;

    private SourceDocument(List<String> lines, List<String> originals, List<Heading> headings) {
        this.lines = lines;
        this.originals = originals;
        this.headings = headings;
    }

    static SourceDocument of(String text) {
        if (text == null || text.isBlank()) {
            throw new BudgetDocumentParseException(1, "the document is empty");
        }
        String body = text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        List<String> originals = List.of(LINE_BREAK.split(body, -1));
        List<String> lines = new ArrayList<>(originals.size());
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            rejectGarbled(originals.get(i), i + 1);
            String line = TextNormaliser.line(originals.get(i));
            lines.add(line);
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                headings.add(new Heading(i + 1, m.group(1).length(), m.group(2).strip()));
            }
        }
        return new SourceDocument(List.copyOf(lines), originals, List.copyOf(headings));
    }

    private static void rejectGarbled(String line, int number) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == REPLACEMENT_CHARACTER) {
                throw new BudgetDocumentParseException(number, "garbled text: U+FFFD replacement character at column "
                        + (i + 1) + " (the bytes were not valid UTF-8)");
            }
            if (Character.isISOControl(c) && c != '\t') {
                throw new BudgetDocumentParseException(number, String.format(
                        "garbled text: control character U+%04X at column %d", (int) c, i + 1));
            }
            if (Character.isHighSurrogate(c) && (i + 1 >= line.length() || !Character.isLowSurrogate(line.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(line.charAt(i - 1)))) {
                throw new BudgetDocumentParseException(number, "garbled text: unpaired surrogate at column " + (i + 1));
            }
        }
    }

    /** Number of the last line. */
    int lastLine() {
        return lines.size();
    }

    /** The normalised text of a 1-based line. */
    String line(int number) {
        return lines.get(number - 1);
    }

    /** The text of a 1-based line as the document writes it. */
    String original(int number) {
        return originals.get(number - 1);
    }

    /** Whether normalising changed the line. */
    boolean normalised(int number) {
        return number >= 1 && number <= lastLine() && !lines.get(number - 1).equals(originals.get(number - 1));
    }

    List<Heading> headings() {
        return headings;
    }

    /** First heading at or after {@code fromLine} whose text satisfies the predicate. */
    Optional<Heading> findHeading(int fromLine, Predicate<Heading> predicate) {
        return headings.stream().filter(h -> h.line() >= fromLine).filter(predicate).findFirst();
    }

    /** Line just before the next heading after {@code heading} (any level), or the last line. */
    int endOfBlock(Heading heading) {
        return headings.stream()
                .filter(h -> h.line() > heading.line())
                .findFirst()
                .map(h -> h.line() - 1)
                .orElse(lastLine());
    }

    /** Line just before the next heading after {@code heading} whose level is at most {@code level}, or the last line. */
    int endOfSection(Heading heading, int level) {
        return headings.stream()
                .filter(h -> h.line() > heading.line() && h.level() <= level)
                .findFirst()
                .map(h -> h.line() - 1)
                .orElse(lastLine());
    }

    /** Headings strictly inside (from, to]. */
    List<Heading> headingsBetween(int fromExclusive, int toInclusive) {
        return headings.stream().filter(h -> h.line() > fromExclusive && h.line() <= toInclusive).toList();
    }

    /** The non-blank lines in [from, to], trimmed, with their numbers. */
    List<NumberedLine> textLines(int from, int to) {
        List<NumberedLine> out = new ArrayList<>();
        for (int n = from; n <= to && n <= lastLine(); n++) {
            String line = line(n);
            String text = line.strip();
            if (!text.isEmpty()) {
                int at = line.indexOf(text);
                out.add(new NumberedLine(n, text, original(n).substring(at, at + text.length())));
            }
        }
        return out;
    }

    /** A line of text with its 1-based number: normalised, and as written (same length, same offsets). */
    record NumberedLine(int number, String text, String original) {

        NumberedLine(int number, String text) {
            this(number, text, text);
        }

        /** The words as written at the offsets of {@code [start, end)} of {@link #text}. */
        String original(int start, int end) {
            return original.substring(start, end);
        }
    }
}

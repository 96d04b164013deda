package cn.songjiang.budget.projects.service.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The seed budget document from the classpath copy, its parse, and small mutations of it for negative tests. */
final class SeedDocument {

    static final String RESOURCE = "/seed/songjiang-zwfw-2026-budget.md";

    private static final String TEXT = load();
    private static final ParsedBudgetDocument PARSED = new BudgetDocumentParser().parse(TEXT);

    private SeedDocument() {
    }

    static String text() {
        return TEXT;
    }

    static ParsedBudgetDocument parsed() {
        return PARSED;
    }

    /** The 1-based line of the seed. */
    static String line(int number) {
        return lines().get(number - 1);
    }

    /** The seed with one line replaced. */
    static String withLine(int number, String replacement) {
        List<String> lines = new ArrayList<>(lines());
        lines.set(number - 1, replacement);
        return String.join("\n", lines);
    }

    /** The seed with {@code from} replaced by {@code to} on one line; fails unless the line contains it once. */
    static String withReplaced(int number, String from, String to) {
        String line = line(number);
        int at = line.indexOf(from);
        if (at < 0 || line.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("line " + number + " must contain '" + from + "' exactly once: " + line);
        }
        return withLine(number, line.replace(from, to));
    }

    /** The first {@code count} lines of the seed, as if the file had been cut off there. */
    static String truncatedAfter(int count) {
        return String.join("\n", lines().subList(0, count));
    }

    /** The seed without lines [from, to]. */
    static String withoutLines(int from, int to) {
        List<String> lines = new ArrayList<>(lines());
        lines.subList(from - 1, to).clear();
        return String.join("\n", lines);
    }

    private static List<String> lines() {
        return Arrays.asList(TEXT.split("\n", -1));
    }

    private static String load() {
        try (InputStream in = SeedDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package cn.songjiang.budget.projects.service.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Variants of the seed document as another publisher, or the same one with another tool, writes the same template:
 * other character widths, western punctuation, Markdown pipe tables, another department. Every transformation keeps
 * the line count, so a line of a variant is the same line of the seed.
 */
public final class SeedVariants {

    /** The department line of the seed. */
    public static final int DEPARTMENT_LINE = 5;

    private static final Pattern TABLE_LINE = Pattern.compile(".*\t.*");

    private SeedVariants() {
    }

    /** The seed, for tests outside this package. */
    public static String seed() {
        return SeedDocument.text();
    }

    /** Every ASCII digit, decimal point and percent sign of the prose and of the tables written full-width (１４．０２％). */
    public static String fullWidthDigits(String text) {
        return eachLine(text, line -> line.startsWith("#") ? line : fullWidth(line, "0123456789.%"));
    }

    /** Every ，；：（） written as on a western keyboard: , ; : ( ). */
    public static String halfWidthPunctuation(String text) {
        return eachLine(text, line -> line.replace('，', ',').replace('；', ';').replace('：', ':').replace('（', '(')
                .replace('）', ')'));
    }

    /**
     * Every tab-separated table written as a Markdown pipe table with outer pipes and padded cells; with
     * {@code delimiterLine}, a {@code |---|} line follows the first row, and the blank line before the table goes so
     * that every line after the first row keeps its number in the seed.
     */
    public static String pipeTables(String text, boolean delimiterLine) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            if (!TABLE_LINE.matcher(lines.get(i)).matches()) {
                continue;
            }
            boolean first = i == 0 || !TABLE_LINE.matcher(lines.get(i - 1)).matches()
                    && !lines.get(i - 1).startsWith("|");
            String[] cells = lines.get(i).split("\t", -1);
            lines.set(i, "| " + String.join(" | ", cells) + " |");
            if (first && delimiterLine) {
                if (!lines.get(i - 1).isBlank()) {
                    throw new IllegalStateException("no blank line before the table at line " + (i + 1));
                }
                lines.remove(i - 1);
                lines.add(i, "|" + " --- |".repeat(cells.length));
            }
        }
        return String.join("\n", lines);
    }

    /** Pipe tables without outer pipes where the row allows it (its first cell is not empty), no delimiter line. */
    public static String pipeTablesWithoutOuterPipes(String text) {
        return eachLine(text, line -> {
            if (!TABLE_LINE.matcher(line).matches()) {
                return line;
            }
            String[] cells = line.split("\t", -1);
            String row = String.join(" | ", cells);
            return cells[0].isEmpty() ? "|" + row + "|" : row;
        });
    }

    /** Ideographic and no-break spaces where the seed has spaces, and at the start of each prose line. */
    public static String spaceVariants(String text) {
        return eachLine(text, line -> line.startsWith("#") || line.isEmpty() ? line
                : "\u3000" + line.replace(' ', '\u00A0'));
    }

    /** The seed as published by a department that nobody configured. */
    public static String otherDepartment(String text, String name) {
        String[] lines = text.split("\n", -1);
        if (!lines[DEPARTMENT_LINE - 1].startsWith("预算主管部门：")) {
            throw new IllegalStateException("line " + DEPARTMENT_LINE + " is not the department line");
        }
        lines[DEPARTMENT_LINE - 1] = "预算主管部门：" + name;
        return String.join("\n", lines);
    }

    private static String fullWidth(String line, String which) {
        StringBuilder sb = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            sb.append(which.indexOf(c) >= 0 ? (char) (c - 0x20 + 0xFF00) : c);
        }
        return sb.toString();
    }

    private static String eachLine(String text, UnaryOperator<String> change) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.add(change.apply(line));
        }
        return String.join("\n", out);
    }
}

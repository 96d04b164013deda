package cn.songjiang.budget.projects.service.importing;

import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.projects.service.importing.SourceDocument.Heading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the tables under a heading, tab-separated or Markdown pipe tables (with or without outer pipes and the
 * {@code |---|} line): classification tables (类/款/项) and two-sided 收支 tables.
 */
final class TableReader {

    private static final Pattern CLASS_CODE = Pattern.compile("\\d{3}");
    private static final Pattern SUB_CODE = Pattern.compile("\\d{2}");
    private static final Pattern NUMBERED_PREFIX = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\d+\\.\\s*)");
    private static final Pattern SUB_NUMBERED = Pattern.compile("^\\d+\\.");
    private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?|");
    private static final String TOTAL = "合计";

    private TableReader() {
    }

    /** One table line split into trimmed cells, normalised and as written. */
    record Row(int line, List<String> cells, List<String> originals) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        String original(int i) {
            return i < originals.size() ? originals.get(i) : "";
        }
    }

    /** A row of a classification table; codes hold the 类 / 款 / 项 cells that are not blank. */
    record CodedRow(int line, List<String> codes, String name, List<BigDecimal> amounts) {
        int level() {
            return codes.size();
        }

        String code() {
            return String.join("-", codes);
        }

        BigDecimal amount(int column) {
            return amounts.get(column);
        }

        String label() {
            return code() + (name.isEmpty() ? "" : " " + name);
        }
    }

    /** A classification table with its declared 合计 row; column 0 of the amounts is the row total. */
    record CodedTable(String title, int headingLine, List<String> columns, List<CodedRow> rows, CodedRow total) {
    }

    /** One side line of a 收支 table: name without its 一、 / 1. prefix, level 1 or 2, amounts. */
    record SideLine(String name, int level, List<BigDecimal> amounts, int line) {
        BigDecimal amount(int column) {
            return amounts.get(column);
        }
    }

    /** A two-sided 收入 / 支出 table with its 总计 row. */
    record TwoSidedTable(String title, int headingLine, List<SideLine> income, List<SideLine> expenditure,
            BigDecimal incomeTotal, List<BigDecimal> expenditureTotal, int totalLine) {
    }

    /** The rows of the first table under {@code heading}; requires the unit line 单位：元 before it. */
    static List<Row> rows(SourceDocument doc, Heading heading, String title) {
        int end = doc.endOfBlock(heading);
        boolean unitSeen = false;
        List<Row> rows = new ArrayList<>();
        for (int n = heading.line() + 1; n <= end; n++) {
            String text = doc.line(n);
            String stripped = text.strip();
            if (rows.isEmpty() && stripped.startsWith("单位：")) {
                if (!stripped.equals("单位：元")) {
                    throw new BudgetDocumentParseException(n, "table " + title + " is in '" + stripped.substring(3)
                            + "'; only 元 is supported");
                }
                unitSeen = true;
            }
            List<int[]> spans = cellSpans(text);
            if (spans != null) {
                Row row = row(n, text, doc.original(n), spans);
                if (!isDelimiterRow(row)) {
                    rows.add(row);
                }
            } else if (!rows.isEmpty()) {
                break; // a table is one block of consecutive table lines
            }
        }
        if (!unitSeen) {
            throw new BudgetDocumentParseException(heading.line(), "table " + title + " has no unit line '单位：元'");
        }
        if (rows.isEmpty()) {
            throw new BudgetDocumentParseException(heading.line(), "table " + title + " has no rows (lines "
                    + heading.line() + "-" + end + ")");
        }
        return rows;
    }

    /**
     * The [start, end) offsets of the cells of a table line: split at tabs, or else at the pipes of a Markdown table
     * row (a leading and a trailing pipe are outer pipes, not cell borders); null for a line that is not a table row.
     */
    private static List<int[]> cellSpans(String text) {
        char separator = text.indexOf('\t') >= 0 ? '\t' : text.indexOf('|') >= 0 ? '|' : 0;
        if (separator == 0) {
            return null;
        }
        int from = 0;
        int to = text.length();
        if (separator == '|') {
            String stripped = text.strip();
            from = text.indexOf(stripped);
            to = from + stripped.length();
            if (text.charAt(from) == '|') {
                from++;
            }
            if (to > from && text.charAt(to - 1) == '|') {
                to--;
            }
        }
        List<int[]> spans = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == separator) {
                spans.add(new int[] {start, i});
                start = i + 1;
            }
        }
        spans.add(new int[] {start, to});
        return spans;
    }

    private static Row row(int line, String text, String original, List<int[]> spans) {
        List<String> cells = new ArrayList<>();
        List<String> originals = new ArrayList<>();
        for (int[] span : spans) {
            String cell = text.substring(span[0], span[1]);
            String stripped = cell.strip();
            int at = span[0] + cell.indexOf(stripped);
            cells.add(stripped);
            originals.add(original.substring(at, at + stripped.length()));
        }
        return new Row(line, List.copyOf(cells), List.copyOf(originals));
    }

    /** The {@code |---|:---:|} line under a pipe table's header. */
    private static boolean isDelimiterRow(Row row) {
        return row.cells().stream().allMatch(c -> DELIMITER_CELL.matcher(c).matches())
                && row.cells().stream().anyMatch(c -> !c.isEmpty());
    }

    /**
     * Reads a classification table: header rows up to the 类 row, then data rows whose first cell is a 3-digit 类
     * code, and the 合计 row.
     */
    static CodedTable coded(SourceDocument doc, Heading heading, String title, int codeColumns, boolean hasName,
            List<String> amountColumns) {
        List<Row> rows = rows(doc, heading, title);
        int firstData = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cell(0).equals("类")) {
                firstData = i + 1;
                break;
            }
        }
        if (firstData < 0) {
            throw new BudgetDocumentParseException(heading.line(), "table " + title + " has no 类/款/项 header row");
        }
        int amountStart = codeColumns + (hasName ? 1 : 0);
        int width = amountStart + amountColumns.size();
        List<CodedRow> data = new ArrayList<>();
        CodedRow total = null;
        for (Row row : rows.subList(firstData, rows.size())) {
            if (total != null) {
                throw new BudgetDocumentParseException(row.line(), "table " + title + " has a row after its 合计 row");
            }
            rejectExtraCells(row, width, title);
            String first = row.cell(0);
            List<BigDecimal> amounts = new ArrayList<>();
            for (int c = 0; c < amountColumns.size(); c++) {
                amounts.add(cellAmount(row, amountStart + c, title, amountColumns.get(c)));
            }
            if (first.equals(TOTAL)) {
                total = new CodedRow(row.line(), List.of(), TOTAL, List.copyOf(amounts));
                continue;
            }
            if (!CLASS_CODE.matcher(first).matches()) {
                throw new BudgetDocumentParseException(row.line(), "table " + title + ": expected a 3-digit 类 code or "
                        + "合计 in the first column, found '" + first + "'");
            }
            List<String> codes = new ArrayList<>(List.of(first));
            for (int c = 1; c < codeColumns; c++) {
                String code = row.cell(c);
                if (code.isEmpty()) {
                    break;
                }
                if (!SUB_CODE.matcher(code).matches()) {
                    throw new BudgetDocumentParseException(row.line(), "table " + title + ": malformed code '" + code
                            + "' in column " + (c + 1));
                }
                codes.add(code);
            }
            String name = hasName ? row.cell(codeColumns) : "";
            if (hasName && name.isEmpty()) {
                throw new BudgetDocumentParseException(row.line(), "table " + title + ": row " + String.join("-", codes)
                        + " has no name");
            }
            data.add(new CodedRow(row.line(), List.copyOf(codes), name, List.copyOf(amounts)));
        }
        if (total == null) {
            int last = rows.get(rows.size() - 1).line();
            throw new BudgetDocumentParseException(last, "table " + title + " (heading at line " + heading.line()
                    + ") has no 合计 row: the table is incomplete");
        }
        return new CodedTable(title, heading.line(), amountColumns, List.copyOf(data), total);
    }

    /**
     * Reads a two-sided table: rows after the 项目 header; left cells = income name and amount, right cells =
     * expenditure name and {@code expenditureColumns} amounts; the row whose first cell ends with 总计 closes it.
     */
    static TwoSidedTable twoSided(SourceDocument doc, Heading heading, String title, List<String> expenditureColumns) {
        List<Row> rows = rows(doc, heading, title);
        int firstData = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cell(0).replace(" ", "").equals("项目")) {
                firstData = i + 1;
                break;
            }
        }
        if (firstData < 0) {
            throw new BudgetDocumentParseException(heading.line(), "table " + title + " has no 项目 header row");
        }
        int width = 3 + expenditureColumns.size();
        List<SideLine> income = new ArrayList<>();
        List<SideLine> expenditure = new ArrayList<>();
        BigDecimal incomeTotal = null;
        List<BigDecimal> expenditureTotal = null;
        int totalLine = -1;
        for (Row row : rows.subList(firstData, rows.size())) {
            if (incomeTotal != null) {
                throw new BudgetDocumentParseException(row.line(), "table " + title + " has a row after its 总计 row");
            }
            rejectExtraCells(row, width, title);
            String left = row.cell(0);
            String right = row.cell(2);
            BigDecimal leftAmount = cellAmount(row, 1, title, left.isEmpty() ? "收入" : left);
            List<BigDecimal> rightAmounts = new ArrayList<>();
            for (int c = 0; c < expenditureColumns.size(); c++) {
                rightAmounts.add(cellAmount(row, 3 + c, title, expenditureColumns.get(c)));
            }
            if (left.endsWith("总计")) {
                if (!right.endsWith("总计")) {
                    throw new BudgetDocumentParseException(row.line(), "table " + title + ": 收入总计 without 支出总计");
                }
                incomeTotal = leftAmount;
                expenditureTotal = List.copyOf(rightAmounts);
                totalLine = row.line();
                continue;
            }
            if (!left.isEmpty()) {
                income.add(new SideLine(stripNumbering(left), SUB_NUMBERED.matcher(left).find() ? 2 : 1,
                        List.of(leftAmount), row.line()));
            } else if (leftAmount.signum() != 0) {
                throw new BudgetDocumentParseException(row.line(), "table " + title + ": income amount without a name");
            }
            if (!right.isEmpty()) {
                expenditure.add(new SideLine(stripNumbering(right), 1, List.copyOf(rightAmounts), row.line()));
            } else if (rightAmounts.stream().anyMatch(a -> a.signum() != 0)) {
                throw new BudgetDocumentParseException(row.line(), "table " + title
                        + ": expenditure amount without a name");
            }
        }
        if (incomeTotal == null) {
            int last = rows.get(rows.size() - 1).line();
            throw new BudgetDocumentParseException(last, "table " + title + " (heading at line " + heading.line()
                    + ") has no 总计 row: the table is incomplete");
        }
        return new TwoSidedTable(title, heading.line(), List.copyOf(income), List.copyOf(expenditure), incomeTotal,
                expenditureTotal, totalLine);
    }

    static String stripNumbering(String name) {
        return NUMBERED_PREFIX.matcher(name).replaceFirst("").strip();
    }

    /** A table cell in 元; blank means zero. */
    static BigDecimal cellAmount(Row row, int column, String title, String what) {
        String cell = row.cell(column);
        if (cell.isEmpty()) {
            return Money.ZERO;
        }
        try {
            return AmountText.yuan(cell, row.line(), "column " + (column + 1) + " (" + what + ") of table " + title);
        } catch (BudgetDocumentParseException e) {
            String asWritten = row.original(column);
            throw asWritten.equals(cell) ? e
                    : new BudgetDocumentParseException(e.line(), e.reason().replace("'" + cell + "'", "'" + asWritten + "'"));
        }
    }

    private static void rejectExtraCells(Row row, int width, String title) {
        for (int c = width; c < row.cells().size(); c++) {
            if (!row.cell(c).isEmpty()) {
                throw new BudgetDocumentParseException(row.line(), "table " + title + ": unexpected cell '"
                        + row.cell(c) + "' in column " + (c + 1) + " (the table has " + width + " columns)");
            }
        }
    }
}

package cn.songjiang.budget.projects.service.importing;

import cn.songjiang.budget.projects.domain.Money;
import cn.songjiang.budget.projects.service.importing.SourceDocument.Heading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the tab-separated tables under a heading: classification tables (类/款/项) and two-sided 收支 tables. */
final class TableReader {

    private static final Pattern CLASS_CODE = Pattern.compile("\\d{3}");
    private static final Pattern SUB_CODE = Pattern.compile("\\d{2}");
    private static final Pattern NUMBERED_PREFIX = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\d+\\.\\s*)");
    private static final Pattern SUB_NUMBERED = Pattern.compile("^\\d+\\.");
    private static final String TOTAL = "合计";

    private TableReader() {
    }

    /** One table line split into trimmed cells. */
    record Row(int line, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
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
            if (text.indexOf('\t') >= 0) {
                rows.add(new Row(n, Arrays.stream(text.split("\t", -1)).map(String::strip).toList()));
            } else if (!rows.isEmpty()) {
                break; // a table is one block of consecutive tab-separated lines
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
        return AmountText.yuan(cell, row.line(), "column " + (column + 1) + " (" + what + ") of table " + title);
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

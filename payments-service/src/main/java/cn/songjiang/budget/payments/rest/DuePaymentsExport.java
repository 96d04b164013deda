package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.payments.rest.dto.DuePaymentRow;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.Deflater;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Worksheet;

/**
 * The due-payments list as a file: an Excel workbook or CSV with every row of the filtered set and a totals row.
 * Row 1 has the Chinese column headers, row 2 the JSON field of each column ({@code supplier.name}), so a tool
 * can map a column to the API without a table of names. Rows are written while they are read: the workbook keeps
 * at most {@value #BLOCK_ROWS} rows in memory and writes the others straight into the zip it sends, and CSV lines
 * go straight to the response.
 */
final class DuePaymentsExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final MediaType XLSX_TYPE = MediaType.valueOf(XLSX);
    static final String CSV = "text/csv";
    static final MediaType CSV_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8.name());

    /** Rows of one sheet: Excel's limit (1,048,576) less the two header rows and the totals row. */
    static final int MAX_ROWS = 1_048_576 - 3;

    static final String TOTALS_LABEL = "合计";
    private static final int BLOCK_ROWS = 1_000;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private enum Kind { TEXT, INTEGER, MONEY, DATE, BOOLEAN }

    private record Column(String header, String field, Kind kind, int width, Function<DuePaymentRow, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("分期编号", "installmentId", Kind.INTEGER, 10, DuePaymentRow::installmentId),
            new Column("付款计划编号", "planId", Kind.INTEGER, 12, DuePaymentRow::planId),
            new Column("期次", "sequence", Kind.INTEGER, 6, DuePaymentRow::sequence),
            new Column("项目编号", "project.id", Kind.INTEGER, 10, r -> r.project().id()),
            new Column("项目编码", "project.code", Kind.TEXT, 14, r -> r.project().code()),
            new Column("项目名称", "project.name", Kind.TEXT, 40, r -> r.project().name()),
            new Column("预算年度", "project.fiscalYear", Kind.INTEGER, 9, r -> r.project().fiscalYear()),
            new Column("合同编号", "contractId", Kind.INTEGER, 10, DuePaymentRow::contractId),
            new Column("供应商编号", "supplier.id", Kind.INTEGER, 10, r -> r.supplier() == null ? null : r.supplier().id()),
            new Column("供应商", "supplier.name", Kind.TEXT, 30, r -> r.supplier() == null ? null : r.supplier().name()),
            new Column("签约时企业规模", "supplier.sizeAtSigning", Kind.TEXT, 14,
                    r -> r.supplier() == null ? null : r.supplier().sizeAtSigning()),
            new Column("品目类别", "category", Kind.TEXT, 10, DuePaymentRow::category),
            new Column("付款条件", "trigger", Kind.TEXT, 18, DuePaymentRow::trigger),
            new Column("财政关账前", "fiscalClose", Kind.BOOLEAN, 10, DuePaymentRow::fiscalClose),
            new Column("状态", "status", Kind.TEXT, 16, DuePaymentRow::status),
            new Column("应付金额", "amountDue", Kind.MONEY, 16, DuePaymentRow::amountDue),
            new Column("已付金额", "amountPaid", Kind.MONEY, 16, DuePaymentRow::amountPaid),
            new Column("未付金额", "outstanding", Kind.MONEY, 16, DuePaymentRow::outstanding),
            new Column("币种", "currency", Kind.TEXT, 6, DuePaymentRow::currency),
            new Column("到期日", "dueDate", Kind.DATE, 12, DuePaymentRow::dueDate),
            new Column("法定最迟付款日", "statutoryDeadline", Kind.DATE, 14, DuePaymentRow::statutoryDeadline),
            new Column("逾期天数", "daysOverdue", Kind.INTEGER, 9, DuePaymentRow::daysOverdue),
            new Column("逾期利息", "interest", Kind.MONEY, 14, DuePaymentRow::interest));

    /** Writes the rows handed to its sink; {@link #finish} adds the totals row and completes the file. */
    private interface Sheet extends RowSink, AutoCloseable {
        void finish(Sums sums) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Sums of the rows written, so the totals row adds up what the file shows. */
    private static final class Sums {
        long count;
        BigDecimal amountDue = Money.ZERO;
        BigDecimal amountPaid = Money.ZERO;
        BigDecimal outstanding = Money.ZERO;
        BigDecimal interest = Money.ZERO;

        void add(DuePaymentRow row) {
            count++;
            amountDue = amountDue.add(row.amountDue());
            amountPaid = amountPaid.add(row.amountPaid());
            outstanding = outstanding.add(row.outstanding());
            interest = interest.add(row.interest());
        }

        Object of(Column column) {
            return switch (column.field()) {
                case "installmentId" -> TOTALS_LABEL;
                case "planId" -> count;
                case "amountDue" -> amountDue;
                case "amountPaid" -> amountPaid;
                case "outstanding" -> outstanding;
                case "interest" -> interest;
                default -> null;
            };
        }
    }

    /** Receives the rows of a {@link RowSource} one at a time. */
    @FunctionalInterface
    interface RowSink {
        void accept(DuePaymentRow row) throws IOException;
    }

    /** Reads the rows from {@code rows} while writing them. */
    @FunctionalInterface
    interface RowSource {
        void forEach(RowSink sink) throws IOException;
    }

    private DuePaymentsExport() {
    }

    static StreamingOutput xlsx(RowSource rows) {
        return out -> new Workbook(out).write(rows);
    }

    static StreamingOutput csv(RowSource rows) {
        return out -> write(rows, new Csv(out));
    }

    /** {@code attachment} with an ASCII name and, for clients that read it (RFC 6266), the Chinese one. */
    static String contentDisposition(LocalDate asOf, String extension) {
        String chinese = URLEncoder.encode("应付款-" + asOf + "." + extension, StandardCharsets.UTF_8);
        return "attachment; filename=\"due-payments-" + asOf + "." + extension + "\"; filename*=UTF-8''" + chinese;
    }

    private static void write(RowSource rows, Sheet sheet) throws IOException {
        try (sheet) {
            Sums sums = new Sums();
            rows.forEach(row -> {
                sums.add(row);
                sheet.accept(row);
            });
            sheet.finish(sums);
        }
    }

    /**
     * fastexcel's workbook: each block of {@value #BLOCK_ROWS} rows is styled and then flushed, as XML, straight
     * into the zip sent as the response; text cells are inline strings, so no table of strings grows with the
     * rows. (fastexcel keeps an empty slot per row written: a few MB at the sheet's limit.)
     */
    private static final class Workbook {
        private static final String MONEY_FORMAT = "#,##0.00";
        private static final String[] FORMATS = new String[Kind.values().length];

        static {
            FORMATS[Kind.INTEGER.ordinal()] = "0";
            FORMATS[Kind.MONEY.ordinal()] = MONEY_FORMAT;
            FORMATS[Kind.DATE.ordinal()] = "yyyy-mm-dd";
        }

        private final org.dhatim.fastexcel.Workbook workbook;
        private final Worksheet sheet;
        private int next;
        private int blockStart;

        Workbook(OutputStream out) {
            workbook = new org.dhatim.fastexcel.Workbook(out, "payments-service", null);
            // Deflate's fastest level: the sheet's repetitive XML still shrinks about eightfold for much less
            // CPU time than the default (README, "Export benchmark").
            workbook.setCompressionLevel(Deflater.BEST_SPEED);
            sheet = workbook.newWorksheet("应付款");
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.width(c, COLUMNS.get(c).width());
            }
            sheet.freezePane(0, 2);
        }

        void write(RowSource rows) throws IOException {
            headers();
            Sums sums = new Sums();
            rows.forEach(row -> {
                sums.add(row);
                accept(row);
            });
            flushBlock();
            totals(sums);
            // Writes the rest of the zip; the response stream stays open, it belongs to the HTTP layer.
            workbook.finish();
        }

        private void headers() {
            for (int c = 0; c < COLUMNS.size(); c++) {
                Column column = COLUMNS.get(c);
                sheet.inlineString(0, c, column.header());
                sheet.inlineString(1, c, column.field());
            }
            sheet.range(0, 0, 0, COLUMNS.size() - 1).style().bold().set();
            sheet.range(1, 0, 1, COLUMNS.size() - 1).style().italic().fontColor("FF808080").set();
            next = 2;
            blockStart = next;
        }

        private void accept(DuePaymentRow row) throws IOException {
            int r = next++;
            for (int c = 0; c < COLUMNS.size(); c++) {
                Column column = COLUMNS.get(c);
                Object value = column.value().apply(row);
                if (value != null) {
                    switch (column.kind()) {
                        case INTEGER -> sheet.value(r, c, (Number) value);
                        // Written as the decimal itself; Excel reads an amount to the fen (at most 15 digits)
                        // into its binary double exactly enough to read back to the fen.
                        case MONEY -> sheet.value(r, c, (BigDecimal) value);
                        case DATE -> sheet.value(r, c, (LocalDate) value);
                        case BOOLEAN -> sheet.value(r, c, (Boolean) value);
                        default -> sheet.inlineString(r, c, value.toString());
                    }
                }
            }
            if (next - blockStart == BLOCK_ROWS) {
                flushBlock();
            }
        }

        /**
         * Formats the block's numbers and dates a column at a time (a cell at a time would double the CPU time
         * of the export), then writes the block out. A style is given only to cells that have a value, as
         * before: an empty cell stays absent.
         */
        private void flushBlock() throws IOException {
            for (int c = 0; c < COLUMNS.size(); c++) {
                String format = FORMATS[COLUMNS.get(c).kind().ordinal()];
                if (format == null) {
                    continue;
                }
                int run = -1;
                for (int r = blockStart; r < next; r++) {
                    boolean filled = sheet.value(r, c) != null;
                    if (filled && run < 0) {
                        run = r;
                    } else if (!filled && run >= 0) {
                        sheet.range(run, c, r - 1, c).style().format(format).set();
                        run = -1;
                    }
                }
                if (run >= 0) {
                    sheet.range(run, c, next - 1, c).style().format(format).set();
                }
            }
            sheet.flush();
            blockStart = next;
        }

        private void totals(Sums sums) {
            int r = next;
            for (int c = 0; c < COLUMNS.size(); c++) {
                Object value = sums.of(COLUMNS.get(c));
                if (value instanceof BigDecimal amount) {
                    sheet.value(r, c, amount);
                    sheet.style(r, c).bold().format(MONEY_FORMAT).set();
                } else if (value instanceof Long count) {
                    sheet.value(r, c, count);
                    // 0 "笔" without quotes, which fastexcel 0.19 writes into the XML unescaped.
                    sheet.style(r, c).bold().format("0 \\笔").set();
                } else if (value != null) {
                    sheet.inlineString(r, c, value.toString());
                    sheet.style(r, c).bold().format("@").set();
                }
            }
        }
    }

    /** RFC 4180 (CRLF, fields quoted when they hold a comma, quote or line break), UTF-8 with a byte-order mark. */
    private static final class Csv implements Sheet {
        private final Writer writer;
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            // Excel reads a CSV file without a byte-order mark in the locale's code page (GBK in a Chinese one).
            writer.write(BYTE_ORDER_MARK);
            printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(COLUMNS.stream().map(Column::header).toList());
            printer.printRecord(COLUMNS.stream().map(Column::field).toList());
        }

        @Override
        public void accept(DuePaymentRow row) throws IOException {
            List<String> values = new ArrayList<>(COLUMNS.size());
            for (Column column : COLUMNS) {
                values.add(text(column.kind(), column.value().apply(row)));
            }
            printer.printRecord(values);
        }

        private static String text(Kind kind, Object value) {
            if (value == null) {
                return "";
            }
            return switch (kind) {
                case MONEY -> ((BigDecimal) value).setScale(2).toPlainString();
                case TEXT -> neutralized(value.toString());
                default -> value.toString();
            };
        }

        /**
         * A spreadsheet reads a field that starts with = + - @ as a formula (CSV injection); such a name gets a
         * leading apostrophe, which Excel shows as text. Numbers and dates are never text here, so they keep
         * their sign.
         */
        private static String neutralized(String text) {
            return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        }

        @Override
        public void finish(Sums sums) throws IOException {
            List<String> values = new ArrayList<>(COLUMNS.size());
            for (Column column : COLUMNS) {
                Object value = sums.of(column);
                values.add(value instanceof BigDecimal amount ? amount.setScale(2).toPlainString()
                        : value == null ? "" : value.toString());
            }
            printer.printRecord(values);
            printer.flush();
        }

        @Override
        public void close() throws IOException {
            // Flushed, not closed: the response stream belongs to the HTTP layer.
            printer.flush();
        }
    }
}

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
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;

/**
 * The due-payments list as a file: an Excel workbook or CSV with every row of the filtered set and a totals row.
 * Row 1 has the Chinese column headers, row 2 the JSON field of each column ({@code supplier.name}), so a tool
 * can map a column to the API without a table of names. Rows are written while they are read: the workbook keeps
 * {@value #ROW_WINDOW} rows in memory and writes the others straight into the zip it sends, and CSV lines go
 * straight to the response.
 */
final class DuePaymentsExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final MediaType XLSX_TYPE = MediaType.valueOf(XLSX);
    static final String CSV = "text/csv";
    static final MediaType CSV_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8.name());

    /** Rows of one sheet: Excel's limit (1,048,576) less the two header rows and the totals row. */
    static final int MAX_ROWS = 1_048_576 - 3;

    static final String TOTALS_LABEL = "合计";
    private static final int ROW_WINDOW = 100;
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
        return out -> writeWorkbook(rows, out);
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
     * POI's deferred streaming workbook reads the rows when it reaches the sheet's data in the zip it writes to
     * the response, so each row is compressed once, straight into the answer. (The plain streaming workbook
     * gzipped the rows into a temporary file, then read them back and compressed them again.)
     */
    private static void writeWorkbook(RowSource rows, OutputStream out) throws IOException {
        try (Workbook workbook = new Workbook()) {
            workbook.write(rows, out);
        }
    }

    private static final class Workbook implements AutoCloseable {
        private final DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(ROW_WINDOW) {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
                // Deflate's fastest level: the sheet's repetitive XML still shrinks eightfold instead of tenfold
                // (14.9 instead of 11.3 MB for 100,000 rows) for about half the export's CPU time (README,
                // "Export benchmark").
                zip.setLevel(Deflater.BEST_SPEED);
                return zip;
            }
        };
        private final DeferredSXSSFSheet sheet;
        private final CellStyle header;
        private final CellStyle field;
        private final CellStyle[] styles;
        private final CellStyle totalsMoney;
        private final CellStyle totalsText;
        private final CellStyle totalsCount;
        private int next;

        Workbook() {
            sheet = workbook.createSheet("应付款");
            DataFormat format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex());
            header = workbook.createCellStyle();
            header.setFont(bold);
            field = workbook.createCellStyle();
            field.setFont(grey);
            styles = new CellStyle[Kind.values().length];
            styles[Kind.TEXT.ordinal()] = workbook.createCellStyle();
            styles[Kind.BOOLEAN.ordinal()] = styles[Kind.TEXT.ordinal()];
            styles[Kind.INTEGER.ordinal()] = style(format.getFormat("0"), null);
            styles[Kind.MONEY.ordinal()] = style(format.getFormat("#,##0.00"), null);
            styles[Kind.DATE.ordinal()] = style(format.getFormat("yyyy-mm-dd"), null);
            totalsMoney = style(format.getFormat("#,##0.00"), bold);
            totalsText = style(format.getFormat("@"), bold);
            totalsCount = style(format.getFormat("0\" 笔\""), bold);
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, COLUMNS.get(c).width() * 256);
            }
            sheet.createFreezePane(0, 2);
        }

        private CellStyle style(short dataFormat, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(dataFormat);
            if (font != null) {
                style.setFont(font);
            }
            return style;
        }

        void write(RowSource rows, OutputStream out) throws IOException {
            sheet.setRowGenerator(generated -> {
                headers();
                Sums sums = new Sums();
                rows.forEach(row -> {
                    sums.add(row);
                    accept(row);
                });
                totals(sums);
            });
            try {
                // The workbook's other parts are a few kilobytes: built in memory, not in a temporary file.
                workbook.writeAvoidingTempFiles(out);
            } catch (IOException e) {
                // POI wraps whatever the rows threw; the caller sees the original failure.
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof IOException failure) {
                    throw failure;
                }
                throw e;
            }
        }

        private void headers() {
            Row headers = sheet.createRow(next++);
            Row fields = sheet.createRow(next++);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Column column = COLUMNS.get(c);
                text(headers.createCell(c), column.header(), header);
                text(fields.createCell(c), column.field(), field);
            }
        }

        private static void text(Cell cell, String value, CellStyle style) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }

        private void accept(DuePaymentRow row) {
            Row line = sheet.createRow(next++);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Column column = COLUMNS.get(c);
                Object value = column.value().apply(row);
                if (value != null) {
                    cell(line.createCell(c), column.kind(), value);
                }
            }
        }

        private void cell(Cell cell, Kind kind, Object value) {
            switch (kind) {
                case INTEGER -> cell.setCellValue(((Number) value).doubleValue());
                // Excel keeps numbers as binary doubles; an amount to the fen (at most 15 digits) reads back exactly.
                case MONEY -> cell.setCellValue(((BigDecimal) value).doubleValue());
                case DATE -> cell.setCellValue((LocalDate) value);
                case BOOLEAN -> cell.setCellValue((Boolean) value);
                default -> cell.setCellValue(value.toString());
            }
            cell.setCellStyle(styles[kind.ordinal()]);
        }

        private void totals(Sums sums) {
            Row line = sheet.createRow(next);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Object value = sums.of(COLUMNS.get(c));
                if (value instanceof BigDecimal amount) {
                    Cell cell = line.createCell(c);
                    cell.setCellValue(amount.doubleValue());
                    cell.setCellStyle(totalsMoney);
                } else if (value instanceof Long count) {
                    Cell cell = line.createCell(c);
                    cell.setCellValue(count);
                    cell.setCellStyle(totalsCount);
                } else if (value != null) {
                    text(line.createCell(c), value.toString(), totalsText);
                }
            }
        }

        @Override
        public void close() throws IOException {
            workbook.close();
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

package cn.songjiang.budget.payments.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.songjiang.budget.payments.domain.InstallmentStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pgbench scripts of bench/ replay exactly the SQL the service sends: the due-payments endpoint for the benchmark
 * query, and the payment endpoint for a new key.
 */
class BenchmarkSqlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    /** The benchmark's query: due within 30 days or overdue, all projects, first page of 50 by due date. */
    private static final DuePaymentsQuery DUE_WITHIN_30_DAYS = new DuePaymentsQuery(TODAY, null, TODAY.plusDays(30),
            false, null, null, null, EnumSet.noneOf(cn.songjiang.budget.payments.domain.SupplierSize.class), null,
            null, DuePaymentsQuery.OPEN, null);

    @Test
    void pageScriptIsTheEndpointsPageQuery() throws IOException {
        String where = DuePaymentsRepository.whereSql(DUE_WITHIN_30_DAYS);
        String sent = DuePaymentsRepository.pageSql(where, "i.due_date asc, i.id asc");

        assertEquals(sent, script("due-payments-page.sql", ":due_before", ":page_size", ":page_offset"));
    }

    @Test
    void totalsScriptIsTheEndpointsTotalsQuery() throws IOException {
        String sent = DuePaymentsRepository.totalsSql(DuePaymentsRepository.whereSql(DUE_WITHIN_30_DAYS));

        assertEquals(sent, script("due-payments-totals.sql", ":as_of", ":due_before"));
    }

    @Test
    void openStatusesAreLiteralsSoThePartialIndexApplies() {
        assertEquals(EnumSet.of(InstallmentStatus.DUE, InstallmentStatus.PARTIALLY_PAID), DuePaymentsQuery.OPEN);
        String where = DuePaymentsRepository.whereSql(DUE_WITHIN_30_DAYS);

        assertEquals("i.status in ('DUE', 'PARTIALLY_PAID') and i.due_date is not null and i.due_date <= ?", where);
    }

    @Test
    void paymentScriptRunsThePaymentLedgersStatements() throws IOException {
        String script = Files.readString(Path.of("bench", "pay.sql"), StandardCharsets.UTF_8);
        String transaction = script.substring(script.indexOf("begin;") + "begin;".length(), script.indexOf("commit;"));
        List<String> statements = Arrays.stream(transaction.split("\n"))
                .filter(line -> !line.isBlank() && !line.startsWith("\\"))
                .map(line -> line.replaceAll("\\s*\\\\gset.*$", "").strip())
                .map(line -> line.replaceAll(";$", "").replaceAll(":[a-z_]+", "?"))
                .toList();

        assertEquals(List.of(PaymentLedger.LOCK, PaymentLedger.EARLIER, PaymentLedger.INSERT, PaymentLedger.SETTLE),
                statements);
    }

    /** The script's SQL with its pgbench variables as JDBC placeholders, without the final semicolon. */
    private static String script(String name, String... variables) throws IOException {
        String sql = Files.readString(Path.of("bench", name), StandardCharsets.UTF_8).strip();
        for (String variable : variables) {
            sql = sql.replace(variable, "?");
        }
        return sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
    }
}

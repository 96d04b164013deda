package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.installmentId;
import static cn.songjiang.budget.payments.testing.Api.pay;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static cn.songjiang.budget.payments.testing.Api.recordEvent;
import static cn.songjiang.budget.payments.testing.Api.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.payments.repository.ForecastGroups;
import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The cash forecast's maintained grouping (forecast_group and its deltas, migration V5) always equals grouping
 * the installments directly, as the forecast did before it (the oracle below), after every kind of write, before
 * and after compaction; and writers do not queue on it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class CashForecastGroupsTest {

    private static final String FACTS = "status, trigger_type, due_date, service_months, fixed_date, "
            + "installment_period_end, signed_date, period_start, period_end, payment_term_days, supplier_size";

    /** The forecast's former query: the unpaid installments grouped by the facts the forecast reads. */
    private static final String ORACLE = "select i.status, i.trigger_type, i.due_date, "
            + "case when i.status = 'PENDING' then i.service_months end, "
            + "case when i.status = 'PENDING' then i.fixed_date end, "
            + "case when i.status = 'PENDING' then i.period_end end, "
            + "case when i.status = 'PENDING' then p.signed_date end, "
            + "case when i.status = 'PENDING' then p.period_start end, "
            + "case when i.status = 'PENDING' then p.period_end end, "
            + "case when i.status = 'PENDING' then p.payment_term_days end, "
            + "case when i.status = 'PENDING' then p.supplier_size end, "
            + "count(*), sum(i.amount - i.paid_amount) "
            + "from installment i join payment_plan p on p.id = i.plan_id "
            + "where i.status in ('PENDING', 'DUE', 'PARTIALLY_PAID') and i.amount > i.paid_amount "
            + "group by %s";

    private static final String BY_PROJECT = "select project_id, fiscal_year, " + FACTS
            + ", sum(installments), sum(outstanding) from (select * from forecast_group union all "
            + "select * from forecast_group_delta) g group by project_id, fiscal_year, " + FACTS
            + " having sum(installments) <> 0";

    private static final String TOTAL = "select " + FACTS + ", sum(installments), sum(outstanding) from ("
            + "select " + FACTS + ", installments, outstanding from forecast_group_total union all "
            + "select " + FACTS + ", installments, outstanding from forecast_group_delta) g group by " + FACTS
            + " having sum(installments) <> 0";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ForecastGroups groups;

    @Test
    void groupingFollowsPlansEventsPaymentsReversalsAmendmentsAndPlanFacts() throws SQLException {
        TestProject project = TestProject.withBudget("9000000.00").register();
        LocalDate signed = today().minusDays(10);
        TestContract contract = TestContract.of(project, "1000000.00").signed(signed)
                .period(signed, signed.plusYears(1)).register();
        long plan = planId("{\"contractId\":" + contract.id + ",\"template\":\"30/40/30\"}");
        assertMaintainedEqualsOracle(project.id, 3);

        TestContract other = TestContract.of(project, "200000.00").supplierSize("LARGE").register();
        long single = installmentId(planId("{\"contractId\":" + other.id + ",\"template\":\"100\"}"), 1);
        recordEvent(single, "FINAL_ACCEPTANCE", today().minusDays(40)).statusCode(201);
        assertMaintainedEqualsOracle(project.id, 4);

        long first = installmentId(plan, 1);
        pay(first, "fg-full-" + first, "300000.00", today()).statusCode(201);
        assertMaintainedEqualsOracle(project.id, 3);

        pay(single, "fg-part-" + single, "50000.00", today()).statusCode(201);
        assertMaintainedEqualsOracle(project.id, 3);
        long reversed = pay(single, "fg-rest-" + single, "150000.00", today()).statusCode(201)
                .extract().jsonPath().getLong("id");
        assertMaintainedEqualsOracle(project.id, 2);
        as("finance").body("{\"reason\":\"银行退票\"}").when().post("/api/v1/payments/" + reversed + "/reversal")
                .then().statusCode(200);
        assertMaintainedEqualsOracle(project.id, 3);

        // The pending installments are cancelled and replaced.
        String version = as("viewer").when().get("/api/v1/payment-plans/" + plan).then().statusCode(200)
                .extract().header("ETag");
        as("pm").header("If-Match", version).body("{\"reason\":\"补充协议\",\"installments\":["
                        + "{\"percent\":25,\"trigger\":\"STAGE_ACCEPTANCE\"},"
                        + "{\"percent\":25,\"trigger\":\"SERVICE_ELAPSED\",\"serviceMonths\":6},"
                        + "{\"percent\":50,\"trigger\":\"FINAL_ACCEPTANCE\"}]}")
                .when().post("/api/v1/payment-plans/" + plan + "/amendments").then().statusCode(201);
        assertMaintainedEqualsOracle(project.id, 4);

        // No operation of the API changes a plan's facts after it is made; the trigger still keeps up with one.
        execute("update payment_plan set signed_date = signed_date - 3, payment_term_days = 15, "
                + "supplier_size = 'MEDIUM', period_end = period_end + 31 where id = " + plan);
        assertMaintainedEqualsOracle(project.id, 4);

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            assertTrue(groups.compact(connection));
            connection.commit();
            assertEquals(0, groups.pendingDeltas(connection));
            connection.commit();
        }
        assertMaintainedEqualsOracle(project.id, 4);
        assertEquals(0, count("select count(*) from forecast_group where installments = 0"));
        assertEquals(0, count("select count(*) from forecast_group_total where installments = 0"));
    }

    @Test
    void concurrentPaymentsOfInstallmentsSharingAKeyAllSucceed() throws Exception {
        int clients = 32;
        TestProject project = TestProject.withBudget("9000000.00").register();
        TestContract contract = TestContract.of(project, clients + "000.00").signed(today().minusDays(5)).register();
        StringBuilder installments = new StringBuilder();
        for (int i = 0; i < clients; i++) {
            installments.append(i == 0 ? "" : ",").append("{\"amount\":1000.00,\"trigger\":\"CONTRACT_SIGNED\"}");
        }
        long plan = planId("{\"contractId\":" + contract.id + ",\"installments\":[" + installments + "]}");
        List<Long> ids = new ArrayList<>();
        for (int sequence = 1; sequence <= clients; sequence++) {
            ids.add(installmentId(plan, sequence));
        }
        // All of them one key: payable, same trigger, same due date.
        assertEquals(1, count("select count(distinct (status, trigger_type, due_date)) from installment where plan_id = "
                + plan + " and status = 'DUE'"));
        assertEquals(clients, count("select count(*) from installment where plan_id = " + plan
                + " and status = 'DUE'"));
        assertMaintainedEqualsOracle(project.id, clients);

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (long id : ids) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return pay(id, "fg-concurrent-" + id, "1000.00", today()).extract().statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(201, answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, count("select count(*) from installment where plan_id = " + plan + " and status <> 'PAID'"));
        assertMaintainedEqualsOracle(project.id, 0);
    }

    /**
     * The maintained groupings (by project and year, and over all) equal the oracle's, and this project has
     * {@code unpaid} unpaid installments.
     */
    private void assertMaintainedEqualsOracle(long projectId, int unpaid) throws SQLException {
        assertEquals(rows(ORACLE.formatted("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11")), rows(TOTAL));
        assertEquals(rows(ORACLE.replace("select i.status", "select i.project_id, i.fiscal_year, i.status")
                .formatted("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13")), rows(BY_PROJECT));
        assertEquals(unpaid, count("select count(*) from installment where project_id = " + projectId
                + " and status in ('PENDING', 'DUE', 'PARTIALLY_PAID') and amount > paid_amount"));
    }

    private TreeSet<String> rows(String sql) throws SQLException {
        TreeSet<String> rows = new TreeSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(rs.getString(column)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}

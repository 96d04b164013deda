package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.installmentId;
import static cn.songjiang.budget.payments.testing.Api.money;
import static cn.songjiang.budget.payments.testing.Api.pay;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static cn.songjiang.budget.payments.testing.Api.recordEvent;
import static cn.songjiang.budget.payments.testing.Api.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import cn.songjiang.budget.support.web.PageRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One project with four payable installments on four contracts (two SMEs, one large supplier, one fiscal-close
 * installment); every query filters on the project so that data of other tests does not count.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class DuePaymentsResourceTest {

    private static final String DUE_PAYMENTS = "/api/v1/due-payments";
    private TestProject project;
    private long overdueSmall;
    private long dueSoonMedium;
    private long dueLaterLarge;
    private long fiscalClose;

    @BeforeEach
    void fourPayableInstallments() {
        project = TestProject.withBudget("9000000.00").register();
        LocalDate today = today();
        overdueSmall = accepted(contract("SMALL", "100000.00"), today.minusDays(40));
        dueSoonMedium = accepted(contract("MEDIUM", "300000.00"), today.minusDays(20));
        dueLaterLarge = accepted(contract("LARGE", "250000.00"), today);
        TestContract closing = contract("SMALL", "50000.00");
        long plan = planId("{\"contractId\":" + closing.id + ",\"installments\":[{\"percent\":100,"
                + "\"trigger\":\"FIXED_DATE\",\"clauseText\":\"11月上旬（财政关账前）支付\"}]}");
        fiscalClose = installmentId(plan, 1);
        pay(dueSoonMedium, UUID.randomUUID().toString(), "100000.00", today).statusCode(201);
    }

    private TestContract contract(String size, String value) {
        return TestContract.of(project, value).supplierSize(size).paymentTermDays(size.equals("LARGE") ? 60 : null)
                .register();
    }

    private static long accepted(TestContract contract, LocalDate date) {
        long installment = installmentId(planId("{\"contractId\":" + contract.id + ",\"template\":\"100\"}"), 1);
        recordEvent(installment, "FINAL_ACCEPTANCE", date).statusCode(201);
        return installment;
    }

    @Test
    void listsTheProjectsPayableInstallmentsWithTotals() {
        as("finance").queryParam("projectId", project.id).when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items.installmentId", containsInAnyOrder((int) overdueSmall, (int) dueSoonMedium,
                        (int) dueLaterLarge, (int) fiscalClose))
                .body("totalItems", equalTo(4))
                .body("totals.installments", equalTo(4))
                .body("totals.amountDue", money("700000.00"))
                .body("totals.amountPaid", money("100000.00"))
                .body("totals.outstanding", money("600000.00"))
                .body("totals.currency", equalTo("CNY"));
    }

    @Test
    void rowsAreInDueDateOrderAndCarryWhatFinanceNeeds() {
        // The fiscal-close date is fixed (10 November) while the others move with today: leave it out here.
        as("finance").queryParam("projectId", project.id).queryParam("fiscalClose", false)
                .when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items.installmentId", contains((int) overdueSmall, (int) dueSoonMedium, (int) dueLaterLarge))
                .body("items[0].project.id", equalTo((int) project.id))
                .body("items[0].project.code", equalTo("P-" + project.id))
                .body("items[0].dueDate", equalTo(today().minusDays(10).toString()))
                .body("items[0].statutoryDeadline", equalTo(today().minusDays(10).toString()))
                .body("items[1].status", equalTo("PARTIALLY_PAID"))
                .body("items[1].amountDue", money("300000.00"))
                .body("items[1].amountPaid", money("100000.00"))
                .body("items[1].outstanding", money("200000.00"))
                .body("items[1].supplier.name", equalTo("上海测试信息技术有限公司"))
                .body("items[1].trigger", equalTo("FINAL_ACCEPTANCE"));
    }

    @Test
    void dueWithinThirtyDaysOrOverdue() {
        as("finance").queryParam("projectId", project.id).queryParam("dueWithinDays", 30)
                .queryParam("fiscalClose", false)
                .when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items.installmentId", contains((int) overdueSmall, (int) dueSoonMedium))
                .body("items[0].daysOverdue", equalTo(10))
                .body("items[0].interest", money("500.00"));
    }

    @Test
    void overdueOnly() {
        as("finance").queryParam("projectId", project.id).queryParam("overdue", true)
                .queryParam("fiscalClose", false)
                .when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items.installmentId", contains((int) overdueSmall))
                .body("totals.interest", money("500.00"));
    }

    @Test
    void bySupplierSizes() {
        as("finance").queryParam("projectId", project.id).queryParam("supplierSize", "SMALL,MICRO")
                .queryParam("fiscalClose", false)
                .when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items.installmentId", contains((int) overdueSmall));
        as("finance").queryParam("projectId", project.id).queryParam("supplierSize", "LARGE")
                .when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items.installmentId", contains((int) dueLaterLarge))
                .body("items[0].statutoryDeadline", equalTo(null));
    }

    @Test
    void enumParametersAreReadInAnyCaseAndAnUnknownOneNamesTheAllowedValues() {
        as("finance").queryParam("projectId", project.id).queryParam("supplierSize", " small,Micro ")
                .queryParam("fiscalClose", false)
                .when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items.installmentId", contains((int) overdueSmall));
        as("finance").queryParam("projectId", project.id).queryParam("category", "services")
                .when().get(DUE_PAYMENTS).then().statusCode(200).body("totalItems", equalTo(4));
        as("finance").queryParam("category", "FOOD").when().get(DUE_PAYMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("category"))
                .body("violations[0].reason", equalTo("must be one of [GOODS, WORKS, SERVICES]"));
    }

    @Test
    void fiscalCloseInstallmentsOnly() {
        as("finance").queryParam("projectId", project.id).queryParam("fiscalClose", true)
                .when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items.installmentId", contains((int) fiscalClose))
                .body("items[0].dueDate", equalTo("2026-11-10"))
                .body("items[0].fiscalClose", equalTo(true));
    }

    @Test
    void byContractSupplierAndCategory() {
        as("finance").queryParam("projectId", project.id).queryParam("category", "GOODS")
                .when().get(DUE_PAYMENTS).then().statusCode(200).body("items", hasSize(0));
        as("finance").queryParam("projectId", project.id).queryParam("category", "SERVICES")
                .when().get(DUE_PAYMENTS).then().statusCode(200).body("totalItems", equalTo(4));
    }

    @Test
    void byDueDateRange() {
        LocalDate today = today();
        as("finance").queryParam("projectId", project.id).queryParam("fiscalClose", false)
                .queryParam("dueAfter", today.minusDays(10).toString())
                .queryParam("dueBefore", today.plusDays(10).toString())
                .when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items.installmentId", contains((int) overdueSmall, (int) dueSoonMedium));
    }

    @Test
    void paidInstallmentsOnlyWhenAskedFor() {
        pay(overdueSmall, UUID.randomUUID().toString(), "100000.00", today()).statusCode(201);

        as("finance").queryParam("projectId", project.id).queryParam("status", "PAID")
                .when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items.installmentId", contains((int) overdueSmall))
                .body("items[0].daysOverdue", equalTo(0))
                .body("items[0].interest", money("500.00"));
        as("finance").queryParam("projectId", project.id).when().get(DUE_PAYMENTS).then()
                .body("totalItems", equalTo(3));
    }

    @Test
    void totalsFollowAPaymentAtOnce() {
        as("finance").queryParam("projectId", project.id).when().get(DUE_PAYMENTS).then()
                .body("totals.outstanding", money("600000.00"));

        pay(dueLaterLarge, UUID.randomUUID().toString(), "50000.00", today()).statusCode(201);

        as("finance").queryParam("projectId", project.id).when().get(DUE_PAYMENTS).then()
                .body("totals.outstanding", money("550000.00"))
                .body("totals.amountPaid", money("150000.00"));
    }

    @Test
    void sortedByOutstandingDescendingAndPaged() {
        as("finance").queryParam("projectId", project.id).queryParam("sort", "-outstanding")
                .queryParam("size", 2).queryParam("page", 0)
                .when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items.installmentId", contains((int) dueLaterLarge, (int) dueSoonMedium))
                .body("totalPages", equalTo(2))
                .body("totals.outstanding", money("600000.00"));
        as("finance").queryParam("projectId", project.id).queryParam("sort", "-outstanding")
                .queryParam("size", 2).queryParam("page", 1)
                .when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items.installmentId", contains((int) overdueSmall, (int) fiscalClose));
    }

    @Test
    void sortedByAmount() {
        as("finance").queryParam("projectId", project.id).queryParam("sort", "amount")
                .when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items.amountDue", contains(money("50000.00"), money("100000.00"), money("250000.00"),
                        money("300000.00")));
    }

    @Test
    void summaryBySupplierSize() {
        as("viewer").queryParam("projectId", project.id).queryParam("groupBy", "SUPPLIER_SIZE")
                .when().get(DUE_PAYMENTS + "/summary").then().statusCode(200)
                .body("groups.key", contains("LARGE", "MEDIUM", "SMALL"))
                .body("groups.find { it.key == 'SMALL' }.totals.amountDue", money("150000.00"))
                .body("groups.find { it.key == 'MEDIUM' }.totals.outstanding", money("200000.00"))
                .body("totals.installments", equalTo(4))
                .body("totals.outstanding", money("600000.00"));
    }

    @Test
    void summaryByMonthAndByProject() {
        as("viewer").queryParam("projectId", project.id).queryParam("groupBy", "MONTH")
                .when().get(DUE_PAYMENTS + "/summary").then().statusCode(200)
                .body("totals.amountDue", money("700000.00"))
                .body("groups.key", contains(dueMonths()));
        as("viewer").queryParam("projectId", project.id).queryParam("groupBy", "PROJECT")
                .when().get(DUE_PAYMENTS + "/summary").then().statusCode(200)
                .body("groups", hasSize(1))
                .body("groups[0].key", equalTo(String.valueOf(project.id)))
                .body("groups[0].label", equalTo("测试项目 " + project.id));
        as("viewer").queryParam("projectId", project.id).queryParam("groupBy", "WEEK")
                .when().get(DUE_PAYMENTS + "/summary").then().statusCode(200)
                .body("totals.installments", equalTo(4));
    }

    /** The distinct months of the four due dates, in order. */
    private static String[] dueMonths() {
        LocalDate today = today();
        return java.util.stream.Stream.of(today.minusDays(10), today.plusDays(10), today.plusDays(60),
                        LocalDate.of(2026, 11, 10))
                .map(d -> java.time.YearMonth.from(d).toString()).distinct().sorted().toArray(String[]::new);
    }

    @Test
    void malformedFiltersAreNamed() {
        as("finance").queryParam("dueBefore", "next week").when().get(DUE_PAYMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("dueBefore"));
        as("finance").queryParam("supplierSize", "HUGE").when().get(DUE_PAYMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("supplierSize"));
        as("finance").queryParam("sort", "name").when().get(DUE_PAYMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("sort"));
        as("finance").queryParam("status", "PENDING").when().get(DUE_PAYMENTS).then().statusCode(400);
        as("finance").queryParam("overdue", "546").when().get(DUE_PAYMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("overdue"));
        as("finance").queryParam("dueWithinDays", -1).when().get(DUE_PAYMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("dueWithinDays"));
        as("finance").queryParam("size", 501).when().get(DUE_PAYMENTS).then().statusCode(400);
        as("finance").queryParam("groupBy", "YEAR").when().get(DUE_PAYMENTS + "/summary").then().statusCode(400);
    }

    @Test
    void aPageBeyondTheEndIsEmpty() {
        as("finance").queryParam("projectId", project.id).queryParam("page", PageRequest.MAX_PAGE)
                .queryParam("size", PageRequest.MAX_SIZE)
                .when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items", hasSize(0)).body("totalItems", equalTo(4));
    }

    @Test
    void everyRoleMayReadButNobodyWithoutAToken() {
        as("viewer").when().get(DUE_PAYMENTS).then().statusCode(200);
        io.restassured.RestAssured.given().when().get(DUE_PAYMENTS).then().statusCode(401);
    }
}

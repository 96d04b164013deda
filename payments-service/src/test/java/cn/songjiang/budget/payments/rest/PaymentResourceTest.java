package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.installmentId;
import static cn.songjiang.budget.payments.testing.Api.money;
import static cn.songjiang.budget.payments.testing.Api.pay;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static cn.songjiang.budget.payments.testing.Api.recordEvent;
import static cn.songjiang.budget.payments.testing.Api.today;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class PaymentResourceTest {

    private static final String BUDGET = "5000000.00";
    private static final String INSTALLMENT_AMOUNT = "100000.00";
    private static final int CONCURRENT_RETRIES = 20;

    /** A payable installment of 100,000.00 (a single-payment plan accepted 10 days ago). */
    private static long payableInstallment() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, INSTALLMENT_AMOUNT).register();
        long installment = installmentId(planId("{\"contractId\":" + contract.id + ",\"template\":\"100\"}"), 1);
        recordEvent(installment, "FINAL_ACCEPTANCE", today().minusDays(10)).statusCode(201);
        return installment;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void partialPaymentsAddUpToPaid() {
        long installment = payableInstallment();

        pay(installment, key(), "40000.00", today()).statusCode(201)
                .header("Idempotent-Replayed", "false")
                .body("amount", money("40000.00"))
                .body("installmentStatus", equalTo("PARTIALLY_PAID"))
                .body("installmentOutstanding", money("60000.00"));
        pay(installment, key(), "60000.00", today()).statusCode(201)
                .body("installmentStatus", equalTo("PAID"))
                .body("installmentOutstanding", money("0.00"));
        as("viewer").when().get("/api/v1/installments/" + installment + "/payments").then().statusCode(200)
                .body("", hasSize(2));
    }

    @Test
    void theAnswerToAPaymentIsThePaymentAsRecorded() {
        long installment = payableInstallment();

        Map<String, Object> answered = pay(installment, key(), "40000.00", today()).statusCode(201)
                .extract().jsonPath().getMap("");

        Map<String, Object> read = as("viewer").when().get("/api/v1/payments/" + answered.get("id")).then()
                .statusCode(200).extract().jsonPath().getMap("");
        assertEquals(read, answered);
        assertNotNull(answered.get("recordedBy"));
        assertNotNull(answered.get("recordedAt"));
    }

    @Test
    void neverMoreThanOutstanding() {
        long installment = payableInstallment();
        pay(installment, key(), "99999.99", today()).statusCode(201);

        pay(installment, key(), "0.02", today()).statusCode(422).body("rule", equalTo("exceeds-outstanding"))
                .body("violations[0].field", equalTo("amount"));
        pay(installment, key(), "0.01", today()).statusCode(201).body("installmentStatus", equalTo("PAID"));
    }

    @Test
    void theSameKeyRecordsOnceAndReplaysTheFirstPayment() {
        long installment = payableInstallment();
        String key = key();
        long first = pay(installment, key, "30000.00", today()).statusCode(201).extract().jsonPath().getLong("id");

        pay(installment, key, "30000.00", today()).statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo((int) first));
        as("viewer").when().get("/api/v1/installments/" + installment).then()
                .body("amountPaid", money("30000.00"));
    }

    @Test
    void aKeyReusedForAnotherPaymentIsRefused() {
        long installment = payableInstallment();
        String key = key();
        pay(installment, key, "30000.00", today()).statusCode(201);

        pay(installment, key, "30000.01", today()).statusCode(422).body("rule", equalTo("idempotency-key-reused"));
    }

    @Test
    void twentyConcurrentIdenticalRequestsRecordOnePayment() throws Exception {
        long installment = payableInstallment();
        String key = key();
        LocalDate paidOn = today();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_RETRIES);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < CONCURRENT_RETRIES; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return pay(installment, key, "25000.00", paidOn).extract();
                }));
            }
            start.countDown();
            Set<Long> paymentIds = new HashSet<>();
            int replays = 0;
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> response = answer.get();
                assertEquals(201, response.statusCode(), response.asString());
                paymentIds.add(response.jsonPath().getLong("id"));
                replays += "true".equals(response.header("Idempotent-Replayed")) ? 1 : 0;
            }
            assertEquals(1, paymentIds.size(), "every answer names the same payment");
            assertEquals(CONCURRENT_RETRIES - 1, replays);
        } finally {
            pool.shutdownNow();
        }
        as("viewer").when().get("/api/v1/installments/" + installment + "/payments").then().statusCode(200)
                .body("", hasSize(1));
        as("viewer").when().get("/api/v1/installments/" + installment).then()
                .body("amountPaid", money("25000.00")).body("outstanding", money("75000.00"));
    }

    @Test
    void paymentNeedsAnIdempotencyKey() {
        long installment = payableInstallment();

        as("finance").body("{\"amount\":1.00,\"paidDate\":\"" + today() + "\",\"voucherNo\":\"记-1\"}")
                .when().post("/api/v1/installments/" + installment + "/payments").then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aPendingInstallmentIsNotPayable() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, INSTALLMENT_AMOUNT).register();
        long installment = installmentId(planId("{\"contractId\":" + contract.id + ",\"template\":\"100\"}"), 1);

        pay(installment, key(), "1.00", today()).statusCode(422).body("rule", equalTo("not-payable"));
    }

    @Test
    void aPaymentCannotBeDatedInTheFuture() {
        pay(payableInstallment(), key(), "1.00", today().plusDays(1)).statusCode(422)
                .body("rule", equalTo("payment-in-future"));
    }

    @Test
    void aFractionOfAFenIsMalformed() {
        pay(payableInstallment(), key(), "1.001", today()).statusCode(400);
    }

    @Test
    void reversalKeepsThePaymentAndMakesItsAmountOutstandingAgain() {
        long installment = payableInstallment();
        long payment = pay(installment, key(), INSTALLMENT_AMOUNT, today()).statusCode(201)
                .extract().jsonPath().getLong("id");
        String reason = "银行退票：收款账号错误";

        as("finance").body("{\"reason\":\"" + reason + "\"}").when().post("/api/v1/payments/" + payment + "/reversal")
                .then().statusCode(200).body("reversed", equalTo(true)).body("reversalReason", equalTo(reason))
                .body("reversedBy", equalTo("test-finance"))
                .body("installmentStatus", equalTo("DUE"))
                .body("installmentOutstanding", money(INSTALLMENT_AMOUNT));
        as("viewer").when().get("/api/v1/payments/" + payment).then().statusCode(200).body("reversed", equalTo(true));
        pay(installment, key(), INSTALLMENT_AMOUNT, today()).statusCode(201).body("installmentStatus", equalTo("PAID"));
    }

    @Test
    void aPaymentIsReversedOnce() {
        long payment = pay(payableInstallment(), key(), "10.00", today()).statusCode(201)
                .extract().jsonPath().getLong("id");
        as("finance").body("{\"reason\":\"重复支付\"}").when().post("/api/v1/payments/" + payment + "/reversal")
                .then().statusCode(200);

        as("finance").body("{\"reason\":\"重复支付\"}").when().post("/api/v1/payments/" + payment + "/reversal")
                .then().statusCode(409);
    }

    @Test
    void reversalNeedsAReason() {
        long payment = pay(payableInstallment(), key(), "10.00", today()).statusCode(201)
                .extract().jsonPath().getLong("id");

        as("finance").body("{\"reason\":\"\"}").when().post("/api/v1/payments/" + payment + "/reversal")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
    }

    @Test
    void aLatePartialPaymentStopsInterestOnWhatItPaid() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, INSTALLMENT_AMOUNT).supplierSize("SMALL").register();
        long installment = installmentId(planId("{\"contractId\":" + contract.id + ",\"template\":\"100\"}"), 1);
        LocalDate accepted = today().minusDays(50);
        recordEvent(installment, "FINAL_ACCEPTANCE", accepted).statusCode(201);

        // Due 30 days after acceptance, 10 days late 60,000.00 is paid, 10 more days pass.
        pay(installment, key(), "60000.00", accepted.plusDays(40)).statusCode(201);

        // 100,000.00 × 0.0005 × 10 + 40,000.00 × 0.0005 × 10 = 500.00 + 200.00
        as("viewer").when().get("/api/v1/installments/" + installment).then()
                .body("daysOverdue", equalTo(20)).body("interest", money("700.00"));
    }

    @Test
    void onlyFinanceRecordsPayments() {
        as("pm").header("Idempotency-Key", key())
                .body("{\"amount\":1.00,\"paidDate\":\"" + today() + "\",\"voucherNo\":\"记-1\"}")
                .when().post("/api/v1/installments/1/payments").then().statusCode(403);
    }
}

package cn.songjiang.budget.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Two instances of each service on the same databases behind the HAProxy gateway (deploy/haproxy), as
 * {@code ./platform up --replicas 2} runs them: the users' workflow of {@link PlatformWorkflowIT} through the
 * gateway, then what only several instances can get wrong: both instances answer, concurrent payments recorded
 * once and never above what is outstanding whichever instance takes them, due totals agreeing across instances
 * within the documented bound, and a payments instance killed with SIGKILL under load losing no acknowledged
 * payment while the gateway keeps answering.
 */
class ReplicatedPlatformIT extends PlatformWorkflowIT {

    static final int REPLICAS = 2;
    /**
     * How long the instances' due totals may disagree after a payment (README, "More than one instance"): another
     * instance retires its cached answers when PostgreSQL's notification of the commit reaches it, normally well
     * under a second; the bound is 5 s, one more second for the polling and a loaded machine.
     */
    static final Duration TOTALS_AGREE_WITHIN = Duration.ofSeconds(6);
    static final String SERVED_BY = "X-Served-By";

    static RunningPlatform platform;
    static HttpClient http;
    static ExecutorService clients;

    /** PlatformWorkflowIT's steps, sent to the gateway of the replicated platform. */
    @Override
    RunningPlatform platform() {
        platform = RunningPlatform.replicated(REPLICAS);
        return platform;
    }

    @BeforeAll
    void startClients() {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        clients = Executors.newFixedThreadPool(50);
    }

    @AfterAll
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    @Order(9)
    void theGatewaySendsRequestsToEveryInstanceOfEachServiceInTurn() throws Exception {
        for (String service : List.of("projects-service", "procurement-service", "payments-service")) {
            assertEquals(REPLICAS, platform.instances(service).size());
            String path = switch (service) {
                case "projects-service" -> "/api/v1/projects?size=1";
                case "procurement-service" -> "/api/v1/suppliers?size=1";
                default -> "/api/v1/payment-plans?size=1";
            };
            Set<String> servedBy = new TreeSet<>();
            for (int i = 0; i < 2 * REPLICAS; i++) {
                HttpResponse<String> answer = send(get(platform.url(service) + path));
                assertEquals(200, answer.statusCode(), answer.body());
                servedBy.add(answer.headers().firstValue(SERVED_BY).orElse("none"));
            }
            String backend = service.substring(0, service.indexOf('-'));
            assertEquals(Set.of(backend + "-1", backend + "-2"), servedBy, service);
        }
    }

    @Test
    @Order(10)
    void fiftyConcurrentIdenticalPaymentsOverBothInstancesRecordOne() throws Exception {
        long installment = payableInstallment("30/50/20", 0, "2026-02-02");
        String body = "{\"amount\":1000.00,\"paidDate\":\"2026-03-02\",\"voucherNo\":\"PZ-2026-R050\"}";

        List<HttpResponse<String>> answers = all(50, i -> pay(installment, "replicas-identical-1", body));

        Set<String> ids = new HashSet<>();
        Set<String> servedBy = new HashSet<>();
        int recorded = 0;
        for (HttpResponse<String> answer : answers) {
            assertEquals(201, answer.statusCode(), answer.body());
            ids.add(json(answer.body()).getString("id"));
            servedBy.add(answer.headers().firstValue(SERVED_BY).orElse("none"));
            recorded += "false".equals(answer.headers().firstValue("Idempotent-Replayed").orElse(null)) ? 1 : 0;
        }
        assertEquals(Set.of("payments-1", "payments-2"), servedBy, "the 50 requests reached both instances");
        assertEquals(1, ids.size(), "every answer is the one payment: " + ids);
        assertEquals(1, recorded, "one request recorded it, the 49 others replayed it");
        List<Map<String, Object>> stored = paymentsOf(installment);
        assertEquals(1, stored.size(), stored.toString());
        assertEquals(0, new BigDecimal("1000.00").compareTo(new BigDecimal(stored.get(0).get("amount").toString())));
    }

    @Test
    @Order(11)
    void concurrentPaymentsWithDifferentKeysNeverExceedWhatIsOutstanding() throws Exception {
        long installment = installmentIds("30/40/30").get(1);
        BigDecimal outstanding = outstanding(installment);
        assertEquals(0, new BigDecimal("400000.00").compareTo(outstanding), "the workflow left 400,000.00 open");
        String body = "{\"amount\":30000.00,\"paidDate\":\"2026-07-21\",\"voucherNo\":\"PZ-2026-R%02d\"}";

        List<HttpResponse<String>> answers = all(20, i -> pay(installment, "replicas-distinct-" + i,
                String.format(body, i)));

        BigDecimal accepted = BigDecimal.ZERO;
        Set<String> servedBy = new HashSet<>();
        for (HttpResponse<String> answer : answers) {
            servedBy.add(answer.headers().firstValue(SERVED_BY).orElse("none"));
            if (answer.statusCode() == 201) {
                accepted = accepted.add(new BigDecimal("30000.00"));
            } else {
                assertTrue(answer.statusCode() == 409 || answer.statusCode() == 422, answer.body());
                assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(null));
                assertTrue(answer.body().contains("outstanding") || answer.statusCode() == 409, answer.body());
            }
        }
        assertEquals(Set.of("payments-1", "payments-2"), servedBy, "the 20 requests reached both instances");
        assertTrue(accepted.compareTo(outstanding) <= 0, "recorded " + accepted + " of " + outstanding);
        assertTrue(accepted.signum() > 0, "some payments were recorded");
        BigDecimal stored = paymentsOf(installment).stream()
                .filter(p -> !Boolean.TRUE.equals(p.get("reversed")))
                .map(p -> new BigDecimal(p.get("amount").toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, accepted.compareTo(stored), "the stored payments are the acknowledged ones");
        assertEquals(0, outstanding.subtract(accepted).compareTo(outstanding(installment)));
    }

    @Test
    @Order(12)
    void theInstancesDueTotalsAgreeWithinTheDocumentedBoundAfterAPayment() throws Exception {
        List<RunningPlatform.Instance> instances = platform.instances("payments-service");
        String due = "/api/v1/due-payments?size=1";
        // The payments of the previous tests went through both instances: they agree within the bound too.
        Instant changed = Instant.now();
        BigDecimal before;
        while (true) {
            before = paid(instances.get(0).url() + due);
            BigDecimal other = paid(instances.get(1).url() + due);
            if (before.compareTo(other) == 0) {
                break;
            }
            assertTrue(Duration.between(changed, Instant.now()).compareTo(TOTALS_AGREE_WITHIN) < 0,
                    "the instances' due totals still differ: " + before + " and " + other);
            Thread.sleep(100);
        }

        long installment = installmentIds("30/50/20").get(0);
        HttpResponse<String> payment = send(HttpRequest.newBuilder(
                        URI.create(instances.get(0).url() + "/api/v1/installments/" + installment + "/payments"))
                .header("Authorization", "Bearer " + platform.token("finance"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "replicas-totals-1")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"amount\":2000.00,\"paidDate\":\"2026-03-03\",\"voucherNo\":\"PZ-2026-R100\"}"))
                .build());
        assertEquals(201, payment.statusCode(), payment.body());
        Instant paidAt = Instant.now();
        BigDecimal expected = before.add(new BigDecimal("2000.00"));

        assertEquals(0, expected.compareTo(paid(instances.get(0).url() + due)),
                "the instance that recorded the payment counts it at once");
        BigDecimal second = paid(instances.get(1).url() + due);
        while (second.compareTo(expected) != 0
                && Duration.between(paidAt, Instant.now()).compareTo(TOTALS_AGREE_WITHIN) < 0) {
            Thread.sleep(100);
            second = paid(instances.get(1).url() + due);
        }
        assertEquals(0, expected.compareTo(second), "the other instance counts it within " + TOTALS_AGREE_WITHIN);
    }

    @Test
    @Order(13)
    void aPaymentsInstanceKilledUnderLoadLosesNoAcknowledgedPaymentAndTheGatewayKeepsAnswering() throws Exception {
        long installment = payableInstallment("30/50/20", 1, "2026-04-01");
        RunningPlatform.Instance killed = platform.instances("payments-service").get(0);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> acknowledgedAt = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        List<Future<?>> load = new ArrayList<>();
        // Paced (4 clients, 50 ms apart) so that the installment stays under its 1,000 payments.
        for (int client = 0; client < 4; client++) {
            load.add(clients.submit(() -> {
                while (running.get()) {
                    int n = sequence.incrementAndGet();
                    try {
                        HttpResponse<String> answer = pay(installment, "replicas-kill-" + n,
                                "{\"amount\":1.00,\"paidDate\":\"2026-04-02\",\"voucherNo\":\"PZ-K" + n + "\"}");
                        if (answer.statusCode() == 201) {
                            acknowledged.add(json(answer.body()).getString("id"));
                            acknowledgedAt.add(System.nanoTime());
                        } else {
                            refused.add(answer.statusCode() + " " + answer.body());
                        }
                    } catch (IOException e) {
                        refused.add(e.toString());
                    }
                    Thread.sleep(50);
                }
                return null;
            }));
        }
        Thread.sleep(3000);
        int beforeKill = acknowledged.size();
        killed.process().destroyForcibly();
        assertTrue(killed.process().waitFor(10, TimeUnit.SECONDS));
        long killedAt = System.nanoTime();
        Thread.sleep(4000);
        running.set(false);
        for (Future<?> client : load) {
            client.get(60, TimeUnit.SECONDS);
        }

        System.out.printf("kill -9 under load: %d payments acknowledged (%d before the kill, %d from 2 s after it),"
                + " %d requests failed: %s%n", acknowledged.size(), beforeKill, acknowledgedAt.stream()
                .filter(at -> at > killedAt + TimeUnit.SECONDS.toNanos(2)).count(), refused.size(), refused);
        assertTrue(beforeKill > 0, "payments were recorded before the kill");
        long afterKill = acknowledgedAt.stream().filter(at -> at > killedAt + TimeUnit.SECONDS.toNanos(2)).count();
        assertTrue(afterKill > 0, "payments were recorded through the other instance after the kill; refused: "
                + refused);
        Set<String> stored = new HashSet<>();
        paymentsOf(installment).forEach(p -> stored.add(p.get("id").toString()));
        List<String> lost = acknowledged.stream().filter(id -> !stored.contains(id)).toList();
        assertTrue(lost.isEmpty(), "acknowledged with 201 but not stored: " + lost);
        // After the kill only in-flight requests may have failed; everything sent later got an answer.
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> answer = send(get(payments + "/api/v1/installments/" + installment));
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals("payments-2", answer.headers().firstValue(SERVED_BY).orElse(null));
        }
        assertFalse(acknowledged.isEmpty());
    }

    // ---------------------------------------------------------------- helpers

    /** An installment of the clause's plan, made payable by recording its trigger unless it is (signing is). */
    static long payableInstallment(String clause, int index, String eventDate) throws Exception {
        long installment = installmentIds(clause).get(index);
        HttpResponse<String> read = send(get(payments + "/api/v1/installments/" + installment));
        assertEquals(200, read.statusCode(), read.body());
        if (!"PENDING".equals(json(read.body()).getString("status"))) {
            return installment;
        }
        HttpResponse<String> event = send(HttpRequest.newBuilder(
                        URI.create(payments + "/api/v1/installments/" + installment + "/events"))
                .header("Authorization", "Bearer " + platform.token("pm")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event(eventDate, "验收报告 YS-R-" + installment))).build());
        assertEquals(201, event.statusCode(), event.body());
        return installment;
    }

    static HttpResponse<String> pay(long installment, String key, String body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(payments + "/api/v1/installments/" + installment + "/payments"))
                .header("Authorization", "Bearer " + platform.token("finance"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + platform.token("viewer"))
                .timeout(Duration.ofSeconds(30)).build();
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    interface Call {
        HttpResponse<String> send(int index) throws IOException;
    }

    /** {@code count} requests sent at once: every thread waits at a gate until all are ready. */
    static List<HttpResponse<String>> all(int count, Call call) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            sent.add(clients.submit(() -> {
                ready.countDown();
                go.await();
                return call.send(index);
            }));
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS));
        go.countDown();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : sent) {
            answers.add(answer.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    static List<Map<String, Object>> paymentsOf(long installment) throws IOException {
        HttpResponse<String> answer = send(get(payments + "/api/v1/installments/" + installment + "/payments"));
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer.body()).getList("$");
    }

    static BigDecimal outstanding(long installment) throws IOException {
        HttpResponse<String> answer = send(get(payments + "/api/v1/installments/" + installment));
        assertEquals(200, answer.statusCode(), answer.body());
        return new BigDecimal(json(answer.body()).getString("outstanding"));
    }

    /** Money as BigDecimal, compared to the fen. */
    static JsonPath json(String body) {
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static BigDecimal paid(String url) throws IOException {
        HttpResponse<String> answer = send(get(url));
        assertEquals(200, answer.statusCode(), answer.body());
        return new BigDecimal(json(answer.body()).getString("totals.amountPaid"));
    }
}

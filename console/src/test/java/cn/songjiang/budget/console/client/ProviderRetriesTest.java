package cn.songjiang.budget.console.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.console.Answers;
import cn.songjiang.budget.console.Browser;
import cn.songjiang.budget.console.ProviderStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's clients follow the platform's pattern with the console's own values (configuration): a read that got
 * no answer or a 502/503/504 is tried twice and counted by the circuit breaker; a refusal is asked once and never
 * opens it.
 */
@QuarkusTest
@WithTestResource(ProviderStubs.class)
class ProviderRetriesTest {

    private static final String EXECUTION = "/api/v1/dashboards/execution";

    @ProviderStubs.Stubs
    WireMockServer stubs;

    @BeforeEach
    void stubTheServices() {
        stubs.resetAll();
        Answers.overview(stubs);
    }

    @Test
    void aReadThatGotNoAnswerIsRetriedOnceThenABanner() {
        stubs.stubFor(get(urlPathEqualTo(EXECUTION)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        String page = Browser.signedInAs("viewer").get("/overview");

        assertTrue(page.contains("data-testid=\"banner\""), "banner for payments-service");
        stubs.verify(2, getRequestedFor(urlPathEqualTo(EXECUTION)));
    }

    @Test
    void aRefusedReadIsNotRetried() {
        stubs.stubFor(get(urlPathEqualTo(EXECUTION))
                .willReturn(Answers.problem(403, "{\"status\":403,\"title\":\"Forbidden\"}")));

        Browser.signedInAs("viewer").get("/overview");

        stubs.verify(1, getRequestedFor(urlPathEqualTo(EXECUTION)));
    }

    @Test
    void aReadAnswered503IsRetriedOnceThenABanner() {
        stubs.stubFor(get(urlPathEqualTo(EXECUTION)).willReturn(Answers.problem(503, "{\"status\":503}")));

        String page = Browser.signedInAs("viewer").get("/overview");

        assertTrue(page.contains("data-testid=\"banner\""), "banner for payments-service");
        stubs.verify(2, getRequestedFor(urlPathEqualTo(EXECUTION)));
    }

    @Test
    void refusalsNeverOpenTheCircuitBreaker() {
        stubs.stubFor(get(urlPathEqualTo(EXECUTION))
                .willReturn(Answers.problem(403, "{\"status\":403,\"title\":\"Forbidden\"}")));
        for (int i = 0; i < 12; i++) {
            Browser.signedInAs("viewer").get("/overview");
        }
        stubs.verify(12, getRequestedFor(urlPathEqualTo(EXECUTION)));

        Answers.overview(stubs);
        String page = Browser.signedInAs("viewer").get("/overview");

        assertFalse(page.contains("data-testid=\"banner\""), "no banner once payments-service answers");
        stubs.verify(13, getRequestedFor(urlPathEqualTo(EXECUTION)));
    }

    @Test
    void aServiceThatKeepsAnswering503OpensTheBreakerWhichClosesAgain() throws InterruptedException {
        stubs.stubFor(get(urlPathEqualTo(EXECUTION)).willReturn(Answers.problem(503, "{\"status\":503}")));
        // The breaker opens once half of the last 10 attempts failed (earlier tests may have filled part of it).
        int loads = 0;
        int asked;
        do {
            asked = requests();
            String page = Browser.signedInAs("viewer").get("/overview");
            assertTrue(page.contains("data-testid=\"banner\""), "banner for payments-service");
            loads++;
        } while (requests() > asked && loads < 10);
        assertEquals(asked, requests(), "an open breaker does not call payments-service");
        assertTrue(requests() <= 20, "the breaker opened within 10 attempts: " + requests());

        // The breaker's delay in tests is 1.5 s (service-support's test default): it lets a call through again.
        Answers.overview(stubs);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (Browser.signedInAs("viewer").get("/overview").contains("data-testid=\"banner\"")) {
            assertTrue(System.nanoTime() < deadline, "the breaker closes again");
            Thread.sleep(200);
        }
    }

    private int requests() {
        return stubs.findAll(getRequestedFor(urlPathEqualTo(EXECUTION))).size();
    }
}

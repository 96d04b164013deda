package cn.songjiang.budget.console.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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

/** The console's fault-tolerance values come from its configuration: a read that got no answer is tried twice. */
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
}

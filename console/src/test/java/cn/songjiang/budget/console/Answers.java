package cn.songjiang.budget.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The services' usual answers (files under {@code stubs/}), stubbed for the pages a test opens. */
public final class Answers {

    private Answers() {
    }

    public static ResponseDefinitionBuilder json(String file) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(read(file));
    }

    public static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }

    public static void overview(WireMockServer stubs) {
        stubs.stubFor(get(urlPathEqualTo("/api/v1/dashboards/execution")).willReturn(json("execution.json")));
        stubs.stubFor(get(urlPathEqualTo("/api/v1/cash-forecast")).willReturn(json("forecast.json")));
        stubs.stubFor(get(urlPathEqualTo("/api/v1/due-payments")).willReturn(json("due.json")));
        stubs.stubFor(get(urlPathEqualTo("/api/v1/procurement-budgets")).willReturn(json("procurement-budgets.json")));
        stubs.stubFor(get(urlPathMatching("/api/v1/procurement-budgets/\\d+/sme-compliance"))
                .willReturn(json("compliance.json")));
    }

    public static void installment(WireMockServer stubs) {
        stubs.stubFor(get(urlPathEqualTo("/api/v1/installments/11")).willReturn(json("installment.json")));
        stubs.stubFor(get(urlPathEqualTo("/api/v1/installments/11/payments"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
    }

    public static void project(WireMockServer stubs) {
        stubs.stubFor(get(urlPathEqualTo("/api/v1/projects/1")).willReturn(json("project.json")));
        stubs.stubFor(get(urlPathEqualTo("/api/v1/projects/1/targets")).willReturn(json("targets.json")));
        stubs.stubFor(get(urlPathEqualTo("/api/v1/payment-plans")).willReturn(json("plans.json")));
        stubs.stubFor(get(urlPathEqualTo("/api/v1/installments")).willReturn(json("installments.json")));
    }

    /** The procurement page's reads: the overview's budget and compliance, plans, suppliers, contracts. */
    public static void procurement(WireMockServer stubs) {
        overview(stubs);
        stubs.stubFor(get(urlPathEqualTo("/api/v1/procurement-plans")).willReturn(json("procurement-plans.json")));
        stubs.stubFor(get(urlPathEqualTo("/api/v1/suppliers")).willReturn(json("suppliers.json")));
        stubs.stubFor(get(urlPathEqualTo("/api/v1/contracts")).willReturn(json("contracts.json")));
    }

    private static String read(String file) {
        try (InputStream in = Answers.class.getResourceAsStream("/stubs/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no stub file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

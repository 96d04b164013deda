package cn.songjiang.budget.console.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.console.Answers;
import cn.songjiang.budget.console.Browser;
import cn.songjiang.budget.console.ProviderStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ProviderStubs.class)
class PagesTest {

    @ProviderStubs.Stubs
    WireMockServer stubs;

    @BeforeEach
    void stubTheServices() {
        stubs.resetAll();
        Answers.overview(stubs);
        Answers.installment(stubs);
        Answers.project(stubs);
    }

    @Test
    void overviewShowsTheServicesNumbersWithTablesBesideTheCharts() {
        String page = Browser.signedInAs("viewer").get("/overview");
        assertTrue(page.contains("data-testid=\"budget-total\">76,205,501.91 元"), "total budget");
        assertTrue(page.contains("data-testid=\"overdue\">9,540.00 元"), "overdue total");
        assertTrue(page.contains("26,352,441.40 元") && page.contains("32,775.00 元"), "procurement split");
        assertTrue(page.contains("2026-12") && page.contains("22,260.00 元"), "forecast month");
        assertTrue(page.contains("9.59%") && page.contains("60.00%"), "execution rate beside target completion");
        assertTrue(page.contains("class=\"badge LAGGING\""), "lagging project flagged");
        assertTrue(page.contains("id=\"chart-execution\"") && page.contains("data-testid=\"execution-table\""));
        assertFalse(page.contains("data-testid=\"banner\""));
    }

    @Test
    void oneServiceDownIsABannerWhileTheRestOfThePageWorks() {
        stubs.stubFor(get(urlPathEqualTo("/api/v1/dashboards/execution"))
                .willReturn(Answers.problem(503, "{\"status\":503,\"title\":\"Service unavailable\"}")));
        String page = Browser.signedInAs("viewer").get("/overview");
        assertTrue(page.contains("data-testid=\"banner\""), "banner for payments-service");
        assertTrue(page.contains("payments-service"));
        assertTrue(page.contains("26,352,441.40 元"), "procurement still shown");
    }

    @Test
    void englishIsAMessageBundleAway() {
        Browser viewer = Browser.signedInAs("viewer");
        assertTrue(viewer.get("/overview").contains("总览"));
        String page = viewer.request().cookie("lang", "en").get("/overview").asString();
        assertTrue(page.contains("Overview") && page.contains("Due payments"), "English navigation");
        assertTrue(page.contains("76,205,501.91 元"));
    }

    @Test
    void inEnglishNoPageHasAChineseHeadingLabelOrButton() {
        Answers.procurement(stubs);
        Pattern heading = Pattern.compile("<(th|h2|button|label|summary)\\b[^>]*>(.*?)</\\1>", Pattern.DOTALL);
        Pattern han = Pattern.compile("\\p{IsHan}");
        Browser admin = Browser.signedInAs("admin");
        for (String path : new String[] { "/overview", "/due-payments", "/due-payments/installments/11", "/projects/1",
                "/procurement" }) {
            String page = admin.request().cookie("lang", "en").get(path).then().statusCode(200).extract().asString();
            assertTrue(page.contains("<html lang=\"en\">"), path);
            int headings = 0;
            Matcher m = heading.matcher(page);
            while (m.find()) {
                if (m.group().contains("name=\"lang\"")) {
                    continue; // the language switch names the other language in that language: 中文
                }
                // Only the element's own text: a label also holds its field, whose value or options are data.
                String text = m.group(2).replaceAll("<(input|select|textarea)\\b[^>]*>", "")
                        .replaceAll("(?s)<option.*?</option>", "");
                assertFalse(han.matcher(text).find(), path + ": " + m.group());
                headings++;
            }
            assertTrue(headings > 3, path + " has headings");
        }
        String overview = admin.request().cookie("lang", "en").get("/overview").asString();
        assertTrue(overview.contains("\"name\":\"Execution rate %\"") && overview.contains("\"Goods\""),
                "the charts' names in English too");
        String signIn = new Browser().request().cookie("lang", "en").get("/sign-in").asString();
        assertTrue(signIn.contains("Procurement officer"), "the demo users in English");
        assertFalse(han.matcher(signIn).find(), signIn);
        String chinese = admin.get("/procurement");
        assertTrue(chinese.contains("<th>统一社会信用代码</th>"), "Chinese unless English was chosen");
    }

    @Test
    void financeSeesPaymentFormsAndAViewerSeesNoWriteControl() {
        String finance = Browser.signedInAs("finance").get("/due-payments");
        assertTrue(finance.contains("action=\"/due-payments/installments/11/payments\""));
        for (String path : new String[] { "/due-payments", "/due-payments/installments/11", "/projects/1",
                "/overview" }) {
            String page = Browser.signedInAs("viewer").get(path);
            assertFalse(page.contains("method=\"post\" action=\"/due-payments/installments"), path);
            assertFalse(page.contains("/milestone\""), path);
            assertFalse(page.contains("/observations\""), path);
            assertFalse(page.contains("/reversal\""), path);
        }
        String pm = Browser.signedInAs("pm").get("/projects/1");
        assertTrue(pm.contains("action=\"/projects/1/installments/12/milestone\""), "PM records milestones");
        assertFalse(pm.contains("action=\"/projects/1/installments/11/milestone\""), "only on a pending installment");
    }

    @Test
    void projectPageReadsTheInstallmentsOfAllItsPlansInOneRequest() {
        stubs.resetRequests();
        String page = Browser.signedInAs("viewer").get("/projects/1");

        assertTrue(page.contains("9,540.00") && page.contains("12,720.00"), "both installments of plan 3 shown");
        stubs.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/payment-plans"))
                .withQueryParam("projectId", equalTo("1")));
        stubs.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/installments"))
                .withQueryParam("projectId", equalTo("1")));
        stubs.verify(0, getRequestedFor(urlPathMatching("/api/v1/payment-plans/.*")));
    }

    @Test
    void aPaymentIsSentWithTheIdempotencyKeyMadeWhenTheFormWasDrawn() {
        stubs.stubFor(post(urlPathEqualTo("/api/v1/installments/11/payments"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
        Browser finance = Browser.signedInAs("finance");
        String page = finance.get("/due-payments/installments/11");
        String token = finance.formToken("/due-payments/installments/11");
        String key = field(page, "idempotencyKey");
        for (int i = 0; i < 2; i++) {
            Response answer = finance.request().formParam("csrf-token", token).formParam("idempotencyKey", key)
                    .formParam("amount", "9540.00").formParam("paidDate", "2026-12-06").formParam("voucherNo", "记-1201")
                    .post("/due-payments/installments/11/payments");
            assertEquals(303, answer.statusCode());
        }
        stubs.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/installments/11/payments"))
                .withHeader("Idempotency-Key", equalTo(key))
                .withRequestBody(equalToJson("{\"amount\":9540.00,\"paidDate\":\"2026-12-06\",\"voucherNo\":\"记-1201\"}")));
    }

    @Test
    void aServicesValidationProblemIsShownBesideTheFieldItNames() {
        stubs.stubFor(post(urlPathEqualTo("/api/v1/installments/11/payments")).willReturn(Answers.problem(400,
                "{\"type\":\"urn:budget:problem:validation\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"detail\":\"amount: must be greater than 0\",\"violations\":[{\"field\":\"amount\","
                        + "\"reason\":\"must be greater than 0\"}]}")));
        Browser finance = Browser.signedInAs("finance");
        String token = finance.formToken("/due-payments/installments/11");
        Response answer = finance.request().formParam("csrf-token", token).formParam("idempotencyKey", "k-1")
                .formParam("amount", "0").formParam("paidDate", "2026-12-06").formParam("voucherNo", "记-1")
                .post("/due-payments/installments/11/payments");
        assertEquals(400, answer.statusCode());
        String page = answer.asString();
        assertTrue(page.contains("<span class=\"field-error\" data-field=\"amount\">must be greater than 0</span>"),
                page);
        assertTrue(page.contains("value=\"k-1\""), "the same key stays in the form, so a resend is one payment");
    }

    @Test
    void aStaleRecordOffersAReload() {
        stubs.stubFor(post(urlPathEqualTo("/api/v1/installments/12/events")).willReturn(Answers.problem(409,
                "{\"type\":\"urn:budget:problem:conflict\",\"title\":\"Conflict\",\"status\":409,"
                        + "\"detail\":\"installment 12 changed\"}")));
        Browser pm = Browser.signedInAs("pm");
        String token = pm.formToken("/projects/1");
        Response answer = pm.request().formParam("csrf-token", token).formParam("trigger", "STAGE_ACCEPTANCE")
                .formParam("date", "2026-12-01").formParam("evidenceRef", "验收-12")
                .post("/projects/1/installments/12/milestone");
        assertEquals(409, answer.statusCode());
        assertTrue(answer.asString().contains("重新加载"), "reload offered");
    }

    @Test
    void aMilestoneIsSentToPaymentsService() {
        stubs.stubFor(post(urlPathEqualTo("/api/v1/installments/12/events"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
        Browser pm = Browser.signedInAs("pm");
        String token = pm.formToken("/projects/1");
        Response answer = pm.request().formParam("csrf-token", token).formParam("trigger", "STAGE_ACCEPTANCE")
                .formParam("date", "2026-12-01").formParam("evidenceRef", "验收-12")
                .post("/projects/1/installments/12/milestone");
        assertEquals(303, answer.statusCode());
        stubs.verify(postRequestedFor(urlPathEqualTo("/api/v1/installments/12/events")).withRequestBody(equalToJson(
                "{\"trigger\":\"STAGE_ACCEPTANCE\",\"date\":\"2026-12-01\",\"evidenceRef\":\"验收-12\"}")));
    }

    @Test
    void eachExportLinkAsksPaymentsServiceForItsOwnFileType() {
        String excel = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        stubs.stubFor(get(urlPathEqualTo("/api/v1/due-payments")).withHeader("Accept", equalTo(excel))
                .willReturn(aResponse().withHeader("Content-Type", excel)
                        .withHeader("Content-Disposition", "attachment; filename=\"due-payments-2026-12-06.xlsx\"")
                        .withBody("PK-excel")));
        stubs.stubFor(get(urlPathEqualTo("/api/v1/due-payments")).withHeader("Accept", equalTo("text/csv"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv;charset=UTF-8")
                        .withHeader("Content-Disposition", "attachment; filename=\"due-payments-2026-12-06.csv\"")
                        .withBody("\uFEFF分期编号\r\n")));
        Browser finance = Browser.signedInAs("finance");

        Response csv = finance.request().get("/due-payments/export?format=csv&overdue=true&sort=dueDate");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.header("Content-Disposition").contains(".csv"), csv.header("Content-Disposition"));
        assertEquals("\uFEFF分期编号\r\n", new String(csv.asByteArray(), java.nio.charset.StandardCharsets.UTF_8));

        Response xlsx = finance.request().get("/due-payments/export?format=xlsx&overdue=true&sort=dueDate");
        assertEquals(200, xlsx.statusCode());
        assertEquals(excel, xlsx.contentType());
        assertEquals("PK-excel", xlsx.asString());
        stubs.verify(getRequestedFor(urlPathEqualTo("/api/v1/due-payments")).withHeader("Accept", equalTo("text/csv"))
                .withQueryParam("overdue", equalTo("true")));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndNothingIsSent() {
        Browser finance = Browser.signedInAs("finance");
        finance.formToken("/due-payments/installments/11");
        Response answer = finance.request().formParam("idempotencyKey", "k-2").formParam("amount", "1.00")
                .formParam("paidDate", "2026-12-06").formParam("voucherNo", "记-2")
                .post("/due-payments/installments/11/payments");
        assertEquals(400, answer.statusCode());
        stubs.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/installments/11/payments")));
    }

    private static String field(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "field " + name);
        return m.group(1);
    }
}

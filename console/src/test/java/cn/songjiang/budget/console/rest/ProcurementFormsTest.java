package cn.songjiang.budget.console.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
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
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The procurement page's write forms: suppliers, contracts, amendments, as procurement-service's API defines them. */
@QuarkusTest
@WithTestResource(ProviderStubs.class)
class ProcurementFormsTest {

    private static final String CREATED = "{\"id\":1,\"version\":0}";

    @ProviderStubs.Stubs
    WireMockServer stubs;

    @BeforeEach
    void stubTheServices() {
        stubs.resetAll();
        Answers.procurement(stubs);
    }

    @Test
    void aSupplierIsRegisteredWithTheFieldsOfSupplierRequest() {
        stubs.stubFor(post(urlPathEqualTo("/api/v1/suppliers")).willReturn(created()));
        Browser procurement = Browser.signedInAs("procurement");
        String token = procurement.formToken("/procurement");
        Response answer = procurement.request().formParam("csrf-token", token)
                .formParam("name", "上海车墩影视服务有限公司").formParam("creditCode", "91310117MA1P5D9N45")
                .formParam("size", "MEDIUM").formParam("contact.name", "李女士").formParam("contact.phone", "021-57001234")
                .formParam("contact.email", "").post("/procurement/suppliers");
        assertEquals(303, answer.statusCode());
        assertTrue(answer.getHeader("Location").endsWith("/procurement?done=supplier"), answer.getHeader("Location"));
        stubs.verify(postRequestedFor(urlPathEqualTo("/api/v1/suppliers"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson("{\"name\":\"上海车墩影视服务有限公司\",\"creditCode\":\"91310117MA1P5D9N45\","
                        + "\"size\":\"MEDIUM\",\"contact\":{\"name\":\"李女士\",\"phone\":\"021-57001234\"}}")));
    }

    @Test
    void aSupplierWithoutContactIsSentWithoutOne() {
        stubs.stubFor(post(urlPathEqualTo("/api/v1/suppliers")).willReturn(created()));
        Browser procurement = Browser.signedInAs("procurement");
        String token = procurement.formToken("/procurement");
        procurement.request().formParam("csrf-token", token).formParam("name", "上海松江服饰有限公司")
                .formParam("creditCode", "91310117MA1J3B7K2M").formParam("size", "SMALL")
                .post("/procurement/suppliers").then().statusCode(303);
        stubs.verify(postRequestedFor(urlPathEqualTo("/api/v1/suppliers")).withRequestBody(equalToJson(
                "{\"name\":\"上海松江服饰有限公司\",\"creditCode\":\"91310117MA1J3B7K2M\",\"size\":\"SMALL\"}")));
    }

    @Test
    void theServicesCreditCodeProblemIsShownBesideTheFieldWithWhatWasTyped() {
        stubs.stubFor(post(urlPathEqualTo("/api/v1/suppliers")).willReturn(Answers.problem(422,
                "{\"type\":\"urn:budget:problem:business-rule\",\"title\":\"Business rule broken\",\"status\":422,"
                        + "\"rule\":\"credit-code-gb32100\",\"detail\":\"creditCode: check character is 'N' but GB "
                        + "32100-2015 gives 'M'\",\"violations\":[{\"field\":\"creditCode\",\"reason\":\"check "
                        + "character is 'N' but GB 32100-2015 gives 'M'\"}]}")));
        Browser procurement = Browser.signedInAs("procurement");
        String token = procurement.formToken("/procurement");
        Response answer = procurement.request().formParam("csrf-token", token).formParam("name", "上海松江服饰有限公司")
                .formParam("creditCode", "91310117MA1J3B7K2N").formParam("size", "SMALL")
                .post("/procurement/suppliers");
        assertEquals(422, answer.statusCode());
        String page = answer.asString();
        assertTrue(page.contains("<span class=\"field-error\" data-field=\"creditCode\">check character is &#39;N&#39; "
                + "but GB 32100-2015 gives &#39;M&#39;</span>"), page);
        assertTrue(page.contains("value=\"91310117MA1J3B7K2N\""), "the code as typed is drawn again");
        assertTrue(page.contains("<option value=\"SMALL\" selected>"), "the size chosen stays chosen");
    }

    @Test
    void aDuplicateSupplierOffersAReload() {
        stubs.stubFor(post(urlPathEqualTo("/api/v1/suppliers")).willReturn(Answers.problem(409,
                "{\"type\":\"urn:budget:problem:duplicate\",\"title\":\"Conflict\",\"status\":409,"
                        + "\"detail\":\"Supplier 5 already has credit code 91310117MA1J3B7K2M\"}")));
        Browser procurement = Browser.signedInAs("procurement");
        String token = procurement.formToken("/procurement");
        Response answer = procurement.request().formParam("csrf-token", token).formParam("name", "上海松江服饰有限公司")
                .formParam("creditCode", "91310117MA1J3B7K2M").formParam("size", "SMALL")
                .post("/procurement/suppliers");
        assertEquals(409, answer.statusCode());
        assertTrue(answer.asString().contains("Supplier 5 already has credit code 91310117MA1J3B7K2M"));
        assertTrue(answer.asString().contains("重新加载"), "reload offered");
    }

    @Test
    void aContractIsAwardedWithTheFieldsOfContractRequest() {
        stubs.stubFor(post(urlPathEqualTo("/api/v1/contracts")).willReturn(created()));
        Browser procurement = Browser.signedInAs("procurement");
        String token = procurement.formToken("/procurement");
        Response answer = procurement.request().formParam("csrf-token", token).formParam("planId", "4")
                .formParam("supplierId", "5").formParam("title", "2026年政务云运营运维服务合同")
                .formParam("value", "5,880,000.00").formParam("signedDate", "2026-03-10")
                .formParam("periodStart", "2026-04-01").formParam("periodEnd", "2027-03-31")
                .formParam("paymentTermDays", "90").formParam("latePaymentDailyRate", "0.0005")
                .formParam("linkProjectPaymentTerms", "true").post("/procurement/contracts");
        assertEquals(303, answer.statusCode());
        stubs.verify(postRequestedFor(urlPathEqualTo("/api/v1/contracts")).withRequestBody(equalToJson(
                "{\"planId\":4,\"supplierId\":5,\"title\":\"2026年政务云运营运维服务合同\",\"value\":5880000.00,"
                        + "\"signedDate\":\"2026-03-10\",\"periodStart\":\"2026-04-01\",\"periodEnd\":\"2027-03-31\","
                        + "\"paymentTermDays\":90,\"latePaymentDailyRate\":0.0005,\"linkProjectPaymentTerms\":true}")));
    }

    @Test
    void aContractValueThatIsNotAnAmountIsRefusedBesideItsFieldAndNothingIsSent() {
        Browser procurement = Browser.signedInAs("procurement");
        String token = procurement.formToken("/procurement");
        Response answer = procurement.request().formParam("csrf-token", token).formParam("planId", "4")
                .formParam("supplierId", "5").formParam("value", "五百万").formParam("signedDate", "2026-03-10")
                .formParam("periodStart", "2026-04-01").formParam("periodEnd", "2027-03-31")
                .post("/procurement/contracts");
        assertEquals(400, answer.statusCode());
        assertTrue(answer.asString().contains("<span class=\"field-error\" data-field=\"value\">不是有效金额 / not an amount"
                + "</span>"), answer.asString());
        assertTrue(answer.asString().contains("<option value=\"4\" selected>"), "the plan chosen stays chosen");
        stubs.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/contracts")));
    }

    @Test
    void anAmendmentIsSentWithTheContractsVersionAsIfMatch() {
        stubs.stubFor(post(urlPathEqualTo("/api/v1/contracts/7/amendments")).willReturn(created()));
        Browser procurement = Browser.signedInAs("procurement");
        String page = procurement.get("/procurement");
        assertTrue(page.contains("action=\"/procurement/contracts/7/amendments\""), "amendment form on the ACTIVE contract");
        String token = procurement.formToken("/procurement");
        Response answer = procurement.request().formParam("csrf-token", token).formParam("version", "2")
                .formParam("reason", "补充协议：服务期延长至12月15日").formParam("value", "")
                .formParam("periodStart", "").formParam("periodEnd", "2026-12-15")
                .post("/procurement/contracts/7/amendments");
        assertEquals(303, answer.statusCode());
        stubs.verify(postRequestedFor(urlPathEqualTo("/api/v1/contracts/7/amendments"))
                .withHeader("If-Match", equalTo("\"2\""))
                .withRequestBody(equalToJson("{\"reason\":\"补充协议：服务期延长至12月15日\",\"periodEnd\":\"2026-12-15\"}")));
    }

    @Test
    void anAmendmentOfAContractChangedMeanwhileOffersAReload() {
        stubs.stubFor(post(urlPathEqualTo("/api/v1/contracts/7/amendments")).willReturn(Answers.problem(412,
                "{\"type\":\"urn:budget:problem:precondition-failed\",\"title\":\"Precondition failed\",\"status\":412,"
                        + "\"detail\":\"If-Match names version 2 but the current version is 3\",\"violations\":"
                        + "[{\"field\":\"If-Match\",\"reason\":\"stale version 2, current is 3\"}]}")));
        Browser procurement = Browser.signedInAs("procurement");
        String token = procurement.formToken("/procurement");
        Response answer = procurement.request().cookie("lang", "en").formParam("csrf-token", token)
                .formParam("version", "2").formParam("reason", "补充协议").formParam("value", "33800.00")
                .post("/procurement/contracts/7/amendments");
        assertEquals(412, answer.statusCode());
        String page = answer.asString();
        assertTrue(page.contains("Someone else changed this record") && page.contains(">Reload</a>"), page);
        assertTrue(page.contains("<details open>"), "the amendment sent is open again");
        assertTrue(page.contains("value=\"33800.00\""), "with what was typed");
    }

    @Test
    void aViewerFinanceOrPmSeesNoProcurementWriteControl() {
        for (String role : new String[] { "viewer", "finance", "pm" }) {
            String page = Browser.signedInAs(role).get("/procurement");
            assertTrue(page.contains("data-testid=\"contracts\""), role + " reads the page");
            assertFalse(page.contains("action=\"/procurement/suppliers\""), role);
            assertFalse(page.contains("action=\"/procurement/contracts\""), role);
            assertFalse(page.contains("/amendments\""), role);
            assertFalse(page.contains("/status\""), role);
            assertFalse(page.contains("credit-code.js"), role);
        }
    }

    @Test
    void onlyAnAdminSeesTheApprovalOfAValueAboveThePlan() {
        String procurement = Browser.signedInAs("procurement").get("/procurement");
        assertTrue(procurement.contains("data-testid=\"contract-form\""));
        assertFalse(procurement.contains("name=\"valueOverPlanReason\""));
        String admin = Browser.signedInAs("admin").get("/procurement");
        assertTrue(admin.contains("data-testid=\"supplier-form\"") && admin.contains("data-testid=\"contract-form\""),
                "admin holds the procurement role");
        assertTrue(admin.contains("name=\"valueOverPlanReason\""));
    }

    @Test
    void theCreditCodeFieldIsCheckedAsTypedWithTheMessagesOfThePagesLanguage() {
        Browser procurement = Browser.signedInAs("procurement");
        String chinese = procurement.get("/procurement");
        assertTrue(chinese.contains("<script src=\"/static/credit-code.js\"></script>"));
        assertTrue(chinese.contains("data-credit-code") && chinese.contains("data-msg-check=\"校验码不符合 GB 32100-2015\""));
        String english = procurement.request().cookie("lang", "en").get("/procurement").asString();
        assertTrue(english.contains("data-msg-check=\"The check character does not match GB 32100-2015\""));
        String script = procurement.request().get("/static/credit-code.js").then().statusCode(200).extract().asString();
        assertTrue(script.contains("0123456789ABCDEFGHJKLMNPQRTUWXY"), "the GB 32100-2015 alphabet");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndNothingIsSent() {
        Browser procurement = Browser.signedInAs("procurement");
        procurement.formToken("/procurement");
        Response answer = procurement.request().formParam("name", "上海松江服饰有限公司")
                .formParam("creditCode", "91310117MA1J3B7K2M").formParam("size", "SMALL")
                .post("/procurement/suppliers");
        assertEquals(400, answer.statusCode());
        stubs.verify(0, postRequestedFor(urlPathMatching("/api/v1/.*")));
    }

    @Test
    void aForgedPostOfARoleThatMayNotWriteIsRefusedByTheServiceAndThePageSaysSo() {
        stubs.stubFor(post(urlPathEqualTo("/api/v1/suppliers")).willReturn(Answers.problem(403,
                "{\"type\":\"urn:budget:problem:forbidden\",\"title\":\"Forbidden\",\"status\":403,"
                        + "\"detail\":\"Your roles do not allow this operation\"}")));
        Browser viewer = Browser.signedInAs("viewer");
        String token = viewer.formToken("/procurement");
        Response answer = viewer.request().formParam("csrf-token", token).formParam("name", "上海松江服饰有限公司")
                .formParam("creditCode", "91310117MA1J3B7K2M").formParam("size", "SMALL")
                .post("/procurement/suppliers");
        assertEquals(403, answer.statusCode());
        assertTrue(answer.asString().contains("Your roles do not allow this operation"));
        assertFalse(answer.asString().contains("action=\"/procurement/suppliers\""), "still no form");
    }

    private static ResponseDefinitionBuilder created() {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withHeader("ETag", "\"0\"")
                .withBody(CREATED);
    }
}

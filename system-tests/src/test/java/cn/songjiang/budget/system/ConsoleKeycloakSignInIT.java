package cn.songjiang.budget.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Sign-in to the console through a real Keycloak, in a real headless Chromium: the console in OIDC mode (as
 * {@code ./platform up --keycloak} starts it) against the committed realm, the services verifying Keycloak's
 * tokens. The user meets Keycloak's own login form, comes back signed in with the roles of their realm roles, the
 * pages show the services' numbers (the console forwards the user's Keycloak access token), and sign-out ends the
 * Keycloak session too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleKeycloakSignInIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static RunningKeycloak keycloak;
    static RunningPlatform platform;
    static String console;
    static long installment;
    static WebDriver browser;

    @BeforeAll
    static void startKeycloakThePlatformTrustingItAContractToPayAndTheConsoleSigningInThere() throws IOException {
        keycloak = RunningKeycloak.get();
        platform = RunningPlatform.withIssuer(keycloak.serviceEnvironment());
        installment = aContractsFirstInstallment();
        console = platform.consoleSigningInAt(keycloak.issuer(), RunningKeycloak.CONSOLE_CLIENT,
                RunningKeycloak.CONSOLE_SECRET);
        keycloak.allowConsoleAt(console);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aUserWithoutASessionIsSentToKeycloaksLoginFormByTheCodeFlow() {
        browser.get(console + "/due-payments/installments/" + installment);
        awaitKeycloakLoginForm();
        String authorization = browser.getCurrentUrl();
        assertTrue(authorization.startsWith(keycloak.issuer() + "/protocol/openid-connect/auth?"), authorization);
        assertTrue(authorization.contains("response_type=code"), authorization);
        assertTrue(authorization.contains("client_id=" + RunningKeycloak.CONSOLE_CLIENT), authorization);
        assertTrue(authorization.contains("code_challenge_method=S256"), authorization);
    }

    @Test
    @Order(2)
    void financeSignsInOnKeycloaksFormAndRecordsAPaymentWithItsForwardedToken() {
        signInOnKeycloaksForm("finance1", "finance1-demo");
        awaitConsolePath("/due-payments/installments/" + installment);
        // Every role holds viewer too (service-support RoleHierarchy), as in local sign-in.
        assertEquals("finance1 (finance, viewer)", browser.findElement(By.cssSelector("[data-testid='user']")).getText());
        assertEquals("300,000.00 元", text("[data-testid='outstanding']"), "the installment as payments-service has it");

        for (Cookie cookie : browser.manage().getCookies()) {
            if (cookie.getName().startsWith("q_session")) {
                assertTrue(cookie.isHttpOnly(), cookie.getName() + " is HttpOnly");
                assertEquals("Lax", cookie.getSameSite(), cookie.getName());
            }
        }
        assertTrue(browser.manage().getCookies().stream().anyMatch(c -> c.getName().equals("q_session")),
                "the console's OIDC session cookie");

        WebElement form = browser.findElement(By.cssSelector("[data-testid='payment-form']"));
        WebElement amount = form.findElement(By.name("amount"));
        amount.clear();
        amount.sendKeys("1000.00");
        form.findElement(By.name("voucherNo")).sendKeys("记-2026-KC01");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        awaitConsolePath("/due-payments/installments/" + installment + "?done=payment");
        assertEquals(1, browser.findElements(By.cssSelector("[data-testid='done']")).size(), "saved");

        // Read back as admin1: password grants open Keycloak sessions, and finance1's and viewer1's are counted.
        List<Map<String, Object>> recorded = as("admin", platform.payments())
                .get("/api/v1/installments/" + installment + "/payments").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(1, recorded.size());
        assertEquals("finance1", recorded.get(0).get("recordedBy"), "the service saw finance1's own token");
    }

    @Test
    @Order(3)
    void signOutEndsTheConsoleSessionAndTheKeycloakSession() {
        assertEquals(1, keycloak.sessionsOf("finance1"), "finance1 is signed in at Keycloak");
        browser.findElement(By.cssSelector("[data-testid='sign-out']")).click();
        awaitConsolePath("/signed-out");
        assertEquals(1, browser.findElements(By.cssSelector("[data-testid='signed-out']")).size());
        assertEquals(List.of(), browser.findElements(By.cssSelector("[data-testid='user']")), "nobody signed in");
        assertEquals(0, keycloak.sessionsOf("finance1"), "Keycloak's session ended");
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().startsWith("q_session")),
                "no console session cookie is left");

        browser.get(console + "/overview");
        awaitKeycloakLoginForm();
    }

    @Test
    @Order(4)
    void aViewerSignsInAndSeesTheNumbersButNoWriteControl() {
        browser.get(console + "/due-payments/installments/" + installment);
        signInOnKeycloaksForm("viewer1", "viewer1-demo");
        awaitConsolePath("/due-payments/installments/" + installment);
        assertEquals("viewer1 (viewer)", browser.findElement(By.cssSelector("[data-testid='user']")).getText());
        assertEquals("299,000.00 元", text("[data-testid='outstanding']"));
        assertEquals("1,000.00 元", text("[data-testid='paid']"));
        for (String path : List.of("/due-payments/installments/" + installment, "/due-payments", "/overview")) {
            browser.get(console + path);
            awaitConsolePath(path);
            assertEquals(List.of(), browser.findElements(By.cssSelector("form[method='post']:not(.inline)")), path);
        }

        browser.findElement(By.cssSelector("[data-testid='sign-out']")).click();
        awaitConsolePath("/signed-out");
        assertEquals(0, keycloak.sessionsOf("viewer1"));
        browser.findElement(By.cssSelector("[data-testid='sign-in-again']")).click();
        awaitKeycloakLoginForm();
    }

    private static void signInOnKeycloaksForm(String user, String password) {
        awaitKeycloakLoginForm();
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
    }

    private static void awaitKeycloakLoginForm() {
        HeadlessChromium.awaitPath(browser, keycloak.issuer() + "/protocol/openid-connect/auth");
        assertEquals(1, browser.findElements(By.id("kc-form-login")).size(), "Keycloak's login form");
    }

    private static void awaitConsolePath(String path) {
        HeadlessChromium.awaitPath(browser, console + path);
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static RequestSpecification as(String role, String service) {
        return As.anonymous(service).auth().oauth2(keycloak.tokenForRole(role));
    }

    /**
     * Through the APIs with the demo users' Keycloak tokens: the seed budget, a small supplier's contract of
     * 1,000,000.00 元 on one of its projects and a 30/40/30 payment plan; the id of its first installment.
     */
    private static long aContractsFirstInstallment() throws IOException {
        String projects = platform.projects();
        String procurement = platform.procurement();
        byte[] seed = Files.readAllBytes(RunningPlatform.repositoryRoot().resolve(PlatformWorkflowIT.SEED));
        as("admin", projects).contentType("text/markdown; charset=utf-8").body(seed)
                .post("/api/v1/budget-documents").then().statusCode(201);
        created(() -> as("admin", procurement).body("{\"departmentCode\":\"SJZWFW\",\"fiscalYear\":2026}")
                .post("/api/v1/procurement-budgets"));
        List<Map<String, Object>> all = as("admin", projects).get("/api/v1/projects?fiscalYear=2026&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items");
        long projectId = all.stream().filter(p -> new BigDecimal(p.get("amount").toString())
                .compareTo(new BigDecimal("1000000.00")) >= 0).map(p -> ((Number) p.get("id")).longValue())
                .findFirst().orElseThrow();

        long supplier = as("procurement", procurement)
                .body("{\"name\":\"上海松江服饰有限公司\",\"creditCode\":\"91310117MA1J3B7K2M\",\"size\":\"SMALL\"}")
                .post("/api/v1/suppliers").then().statusCode(201).extract().jsonPath().getLong("id");
        long plan = created(() -> as("procurement", procurement)
                .body("{\"projectId\":" + projectId + ",\"title\":\"运维服务采购\",\"category\":\"SERVICES\","
                        + "\"method\":\"COMPETITIVE_CONSULTATION\",\"amount\":1000000.00,\"smeReservation\":\"WHOLE\"}")
                .post("/api/v1/procurement-plans")).jsonPath().getLong("id");
        for (String status : List.of("APPROVED", "TENDERING")) {
            String etag = as("procurement", procurement).get("/api/v1/procurement-plans/" + plan)
                    .then().statusCode(200).extract().header("ETag");
            as("procurement", procurement).header("If-Match", etag).body("{\"status\":\"" + status + "\"}")
                    .post("/api/v1/procurement-plans/" + plan + "/status").then().statusCode(200);
        }
        LocalDate signed = LocalDate.now(SHANGHAI).minusDays(40);
        long contract = created(() -> as("procurement", procurement)
                .body("{\"planId\":" + plan + ",\"supplierId\":" + supplier + ",\"value\":1000000.00,\"signedDate\":\""
                        + signed + "\",\"periodStart\":\"" + signed + "\",\"periodEnd\":\""
                        + signed.withMonth(12).withDayOfMonth(31) + "\"}")
                .post("/api/v1/contracts")).jsonPath().getLong("id");
        return created(() -> as("pm", platform.payments())
                .body("{\"contractId\":" + contract + ",\"template\":\"30/40/30\"}")
                .post("/api/v1/payment-plans")).jsonPath().getList("installments.id", Long.class).get(0);
    }

    /**
     * A create that calls another service: on this shared, loaded machine the first call between two freshly
     * started services can time out (503, "nothing was stored"), so the set-up sends it again, at most three times.
     */
    private static ExtractableResponse<Response> created(Supplier<Response> create) {
        Response response = create.get();
        for (int attempt = 2; attempt <= 3 && response.statusCode() == 503; attempt++) {
            response = create.get();
        }
        return response.then().statusCode(201).extract();
    }
}

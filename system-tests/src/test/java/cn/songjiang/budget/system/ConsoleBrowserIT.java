package cn.songjiang.budget.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The console in a real headless Chromium against the packaged platform: the seed loaded through the APIs, then
 * each role signs in and works through the pages as a user would. Saves the README's screenshots under docs/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

    static final String SEED = "projects-service/src/main/resources/seed/songjiang-zwfw-2026-budget.md";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Path DOCS = RunningPlatform.repositoryRoot().resolve("docs");

    static String console;
    static String projects;
    static String payments;
    static long projectId;
    static List<Long> installments;
    static WebDriver browser;

    @BeforeAll
    static void startThePlatformWithTheSeedAndABrowser() throws IOException {
        RunningPlatform platform = RunningPlatform.get();
        projects = platform.projects();
        payments = platform.payments();
        loadTheSeed(platform);
        console = platform.console();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void startSignedOut() {
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void noJavaScriptErrorInTheBrowserConsole() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, "errors in the browser console");
    }

    @Test
    @Order(1)
    void everyRoleSignsInAndOut() {
        for (String role : List.of("admin", "pm", "procurement", "finance", "viewer")) {
            signIn(role);
            assertTrue(text("[data-testid='user']").contains(role), role);
            assertEquals(role.equals("admin"), !browser.findElements(By.linkText("预算导入")).isEmpty(),
                    "the import page is in the admin's navigation only");
            browser.findElement(By.cssSelector("[data-testid='sign-out']")).click();
            awaitPath("/sign-in");
            assertEquals(302, As.anonymous(console).redirects().follow(false).get("/overview").statusCode());
        }
    }

    @Test
    @Order(2)
    void theOverviewShowsTheSeedsNumbers() throws IOException {
        signIn("viewer");
        browser.get(console + "/overview");
        assertEquals("76,205,501.91 元", text("[data-testid='budget-total']"), "total budget once the findings are resolved");
        String procurement = text("[data-testid='procurement-table']");
        assertTrue(procurement.contains("32,775.00 元") && procurement.contains("0.00 元")
                && procurement.contains("26,352,441.40 元"), procurement);
        assertFalse(browser.findElements(By.cssSelector("#chart-execution + div, [data-chart] svg")).isEmpty(),
                "ECharts drew the charts");
        screenshot("console-overview.png");
    }

    @Test
    @Order(3)
    void aViewerSeesNoWriteControl() {
        signIn("viewer");
        for (String path : List.of("/overview", "/due-payments", "/projects/" + projectId,
                "/due-payments/installments/" + installments.get(0), "/procurement")) {
            browser.get(console + path);
            assertEquals(List.of(), browser.findElements(By.cssSelector("form[method='post']:not(.inline)")), path);
        }
    }

    @Test
    @Order(4)
    void aProjectManagerRecordsAMilestoneAndFinanceFindsTheInstallmentDueOnItsStatutoryDate() throws IOException {
        long installment = installments.get(1);
        signIn("pm");
        browser.get(console + "/projects/" + projectId);
        WebElement form = browser.findElement(By.cssSelector("[data-testid='milestone-" + installment + "']"));
        LocalDate accepted = LocalDate.now(SHANGHAI).minusDays(3);
        setValue(form.findElement(By.name("date")), accepted.toString());
        form.findElement(By.name("evidenceRef")).sendKeys("验收报告 YS-2026-021");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        awaitPath("/projects/" + projectId);
        assertNotNull(browser.findElement(By.cssSelector("[data-testid='done']")));

        JsonPath recorded = As.role("viewer", payments).get("/api/v1/installments/" + installment)
                .then().statusCode(200).extract().jsonPath();
        String statutory = recorded.getString("statutoryDeadline");
        assertNotNull(statutory, "the milestone starts the statutory clock");
        assertEquals(statutory, recorded.getString("dueDate"));

        browser.findElement(By.cssSelector("[data-testid='sign-out']")).click();
        awaitPath("/sign-in");
        signIn("finance");
        browser.get(console + "/due-payments?projectId=" + projectId + "&dueWithinDays=365");
        WebElement row = browser.findElement(By.cssSelector("tr[data-installment='" + installment + "']"));
        assertTrue(row.getText().contains(statutory), row.getText());
        screenshot("console-due-payments.png");
    }

    @Test
    @Order(5)
    void financeSubmitsAPaymentTwiceAndOneIsRecorded() {
        long installment = installments.get(0);
        signIn("finance");
        browser.get(console + "/due-payments/installments/" + installment);
        WebElement form = browser.findElement(By.cssSelector("[data-testid='payment-form']"));
        WebElement amount = form.findElement(By.name("amount"));
        amount.clear();
        amount.sendKeys("1000.00");
        form.findElement(By.name("voucherNo")).sendKeys("记-2026-1206");
        // The same drawn form sent twice, as a double click or a resent form does.
        Object statuses = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const form = document.querySelector(\"[data-testid='payment-form']\");"
                        + "const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),"
                        + " redirect: 'manual', credentials: 'same-origin'}).then(r => r.type === 'opaqueredirect' ? 303 : r.status);"
                        + "send().then(first => send().then(second => done([first, second])));");
        assertEquals(List.of(303L, 303L), statuses);

        List<Map<String, Object>> recorded = As.role("finance", payments)
                .get("/api/v1/installments/" + installment + "/payments").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(1, recorded.size(), "one payment for one drawn form");
        browser.get(console + "/due-payments/installments/" + installment);
        assertEquals(1, browser.findElements(By.cssSelector("[data-testid='payments-table'] tr[data-payment]")).size());
    }

    private static void loadTheSeed(RunningPlatform platform) throws IOException {
        byte[] seed = Files.readAllBytes(RunningPlatform.repositoryRoot().resolve(SEED));
        long documentId = As.role("admin", projects).contentType("text/markdown; charset=utf-8").body(seed)
                .post("/api/v1/budget-documents").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Map<String, Object>> findings = As.role("admin", projects)
                .get("/api/v1/budget-documents/" + documentId + "/findings?size=100")
                .then().statusCode(200).extract().jsonPath().getList("items");
        for (Map<String, Object> finding : findings) {
            Object suggested = finding.get("suggestedAmount");
            String body = suggested == null ? "{\"reason\":\"合计正确：差额来自两个项目金额漏写“万”字\"}"
                    : "{\"reason\":\"原文金额漏写“万”字\",\"correctedAmount\":" + suggested + "}";
            As.role("admin", projects).body(body)
                    .post("/api/v1/budget-documents/" + documentId + "/findings/" + finding.get("id") + "/resolution")
                    .then().statusCode(200);
        }
        As.role("admin", platform.procurement()).body("{\"departmentCode\":\"SJZWFW\",\"fiscalYear\":2026}")
                .post("/api/v1/procurement-budgets").then().statusCode(201);

        List<Map<String, Object>> all = As.role("viewer", projects).get("/api/v1/projects?fiscalYear=2026&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items");
        projectId = all.stream().filter(p -> new BigDecimal(p.get("amount").toString())
                .compareTo(new BigDecimal("1000000.00")) >= 0).map(p -> ((Number) p.get("id")).longValue())
                .findFirst().orElseThrow();
        long contract = awardContract(platform.procurement(), LocalDate.now(SHANGHAI).minusDays(40));
        JsonPath plan = As.role("pm", payments).body("{\"contractId\":" + contract + ",\"template\":\"30/40/30\"}")
                .post("/api/v1/payment-plans").then().statusCode(201).extract().jsonPath();
        installments = plan.getList("installments.id", Long.class);
    }

    /** A small supplier's contract of 1,000,000.00 元 on the project, signed on {@code signed}. */
    private static long awardContract(String procurement, LocalDate signed) {
        long supplier = As.role("procurement", procurement)
                .body("{\"name\":\"上海松江服饰有限公司\",\"creditCode\":\"91310117MA1J3B7K2M\",\"size\":\"SMALL\"}")
                .post("/api/v1/suppliers").then().statusCode(201).extract().jsonPath().getLong("id");
        long plan = As.role("procurement", procurement)
                .body("{\"projectId\":" + projectId + ",\"title\":\"运维服务采购\",\"category\":\"SERVICES\","
                        + "\"method\":\"COMPETITIVE_CONSULTATION\",\"amount\":1000000.00,\"smeReservation\":\"WHOLE\"}")
                .post("/api/v1/procurement-plans").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String status : List.of("APPROVED", "TENDERING")) {
            String etag = As.role("procurement", procurement).get("/api/v1/procurement-plans/" + plan)
                    .then().statusCode(200).extract().header("ETag");
            As.role("procurement", procurement).header("If-Match", etag).body("{\"status\":\"" + status + "\"}")
                    .post("/api/v1/procurement-plans/" + plan + "/status").then().statusCode(200);
        }
        return As.role("procurement", procurement)
                .body("{\"planId\":" + plan + ",\"supplierId\":" + supplier + ",\"value\":1000000.00,\"signedDate\":\""
                        + signed + "\",\"periodStart\":\"" + signed + "\",\"periodEnd\":\"" + signed.withMonth(12).withDayOfMonth(31) + "\"}")
                .post("/api/v1/contracts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void signIn(String role) {
        browser.get(console + "/sign-in");
        browser.findElement(By.cssSelector("[data-testid='sign-in-" + role + "']")).click();
        awaitPath("/overview");
    }

    private static void awaitPath(String path) {
        HeadlessChromium.awaitPath(browser, path);
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private static void screenshot(String name) throws IOException {
        Dimension size = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(1440, (int) Math.max(900, Math.min(height + 160, 4000))));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(DOCS);
        Files.copy(shot, DOCS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(size);
    }
}

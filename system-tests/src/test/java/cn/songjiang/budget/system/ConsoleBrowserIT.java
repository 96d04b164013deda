package cn.songjiang.budget.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium against the packaged platform: the seed loaded through the APIs, then
 * each role signs in and works through the pages as a user would. Saves the README's screenshots under docs/.
 * Every page is checked with axe-core (from {@code api-checks/node_modules}, installed by the build) for WCAG 2
 * A/AA violations, and the due list's Excel and CSV downloads are read back as files the browser saved.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

    static final String SEED = "projects-service/src/main/resources/seed/songjiang-zwfw-2026-budget.md";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Path DOCS = RunningPlatform.repositoryRoot().resolve("docs");
    static final Path AXE = RunningPlatform.repositoryRoot().resolve("api-checks/node_modules/axe-core/axe.min.js");
    static final Path DOWNLOADS = Path.of("target", "browser-downloads").toAbsolutePath();
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final List<String> TOTALS = List.of("amountDue", "amountPaid", "outstanding", "interest");

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
        RunningPlatform.deleteRecursively(DOWNLOADS);
        Files.createDirectories(DOWNLOADS);
        browser = HeadlessChromium.start(DOWNLOADS);
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

    @Test
    @Order(6)
    void axeCoreFindsNoSeriousOrCriticalViolationOnAnyPage() throws IOException {
        String axe = axeCore();
        browser.get("data:text/html;charset=utf-8,"
                + "<html lang='en'><title>t</title><main><input type='text'></main></html>");
        assertTrue(accessibilityViolations(axe, "unlabelled input").stream()
                .anyMatch(v -> v.contains("label (critical)")), "axe-core reports an input without a label as critical");
        List<String> violations = new ArrayList<>();
        browser.get(console + "/sign-in");
        violations.addAll(accessibilityViolations(axe, "/sign-in"));
        // admin holds every role, so each page draws its forms too
        signIn("admin");
        List<String> withForms = List.of("/due-payments?dueWithinDays=365", "/due-payments/installments/"
                + installments.get(0), "/projects/" + projectId, "/procurement", "/import");
        for (String path : List.of("/overview", "/due-payments?dueWithinDays=365",
                "/due-payments/installments/" + installments.get(0), "/projects", "/projects/" + projectId,
                "/procurement", "/import")) {
            browser.get(console + path);
            if (withForms.contains(path)) {
                assertFalse(browser.findElements(By.cssSelector("form[method='post']:not(.inline)")).isEmpty(),
                        path + " draws its forms for the admin");
            }
            violations.addAll(accessibilityViolations(axe, path));
        }
        assertEquals(List.of(), violations, "serious or critical axe-core violations: page, rule (impact), targets");
    }

    @Test
    @Order(7)
    void financeDownloadsTheDueListAsExcelAndCsvWithTheApisTotals() throws IOException {
        signIn("finance");
        browser.get(console + "/due-payments?dueWithinDays=365&sort=-amount");
        WebElement excel = browser.findElement(By.cssSelector("[data-testid='export-xlsx']"));
        String query = Stream.of(URI.create(excel.getDomProperty("href")).getRawQuery().split("&"))
                .filter(p -> !p.startsWith("format=")).reduce((a, b) -> a + "&" + b).orElseThrow();
        JsonPath api = As.role("finance", payments).urlEncodingEnabled(false).get("/api/v1/due-payments?" + query)
                .then().statusCode(200).extract().jsonPath();
        long count = api.getLong("totalItems");
        assertTrue(count > 0, "the filter finds installments: " + query);
        assertEquals(count, api.getLong("totals.installments"));

        Path xlsx = download(excel, ".xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> columns = new HashMap<>();
            for (Cell cell : sheet.getRow(1)) {
                columns.put(cell.getStringCellValue(), cell.getColumnIndex());
            }
            // rows 0 and 1 are the headers, the last one the totals
            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertEquals("合计", totals.getCell(0).getStringCellValue());
            assertEquals(count, sheet.getLastRowNum() - 2, "data rows of " + xlsx.getFileName());
            assertEquals(count, (long) totals.getCell(columns.get("planId")).getNumericCellValue());
            for (String total : TOTALS) {
                BigDecimal inFile = BigDecimal.valueOf(totals.getCell(columns.get(total)).getNumericCellValue())
                        .setScale(2, RoundingMode.HALF_UP);
                assertEquals(fen(api.getString("totals." + total)), inFile, "Excel " + total);
            }
        }

        browser.navigate().refresh();
        Path csv = download(browser.findElement(By.cssSelector("[data-testid='export-csv']")), ".csv");
        byte[] bytes = Files.readAllBytes(csv);
        assertTrue(bytes.length > 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF, "the CSV starts with UTF-8's byte-order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        List<String> fields = records.get(1).toList();
        CSVRecord totals = records.get(records.size() - 1);
        assertEquals("合计", totals.get(0));
        assertEquals(count, records.size() - 3, "data rows of " + csv.getFileName());
        assertEquals(Long.toString(count), totals.get(fields.indexOf("planId")));
        for (String total : TOTALS) {
            assertEquals(fen(api.getString("totals." + total)), fen(totals.get(fields.indexOf(total))), "CSV " + total);
        }
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

    /** axe-core as the build installed it; its absence fails the test rather than skipping the check. */
    private static String axeCore() throws IOException {
        if (!Files.isRegularFile(AXE)) {
            fail(AXE + " is missing: run api-checks/install (the build runs it before the tests)");
        }
        return Files.readString(AXE);
    }

    /** The page's serious and critical WCAG 2 A/AA violations by axe-core, one line per rule. */
    private static List<String> accessibilityViolations(String axe, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                        + ".then(r => done({passes: r.passes.length, violations: r.violations"
                        + "  .filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + "  .map(v => v.id + ' (' + v.impact + '): '"
                        + "    + v.nodes.map(n => n.target.join(' ')).join(', '))}))"
                        + ".catch(e => done({passes: 0, violations: ['axe-core failed: ' + e]}));",
                WCAG_A_AA);
        assertTrue(((Number) result.get("passes")).longValue() > 0, "axe-core checked " + page);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result.get("violations");
        return violations.stream().map(v -> page + ": " + v).toList();
    }

    /** Clicks a download link and waits until the browser has saved the whole file, a new one ending in suffix. */
    private static Path download(WebElement link, String suffix) {
        List<Path> before = downloads();
        link.click();
        return new WebDriverWait(browser, Duration.ofSeconds(60))
                .withMessage(() -> "a new " + suffix + " file in " + DOWNLOADS + "; there are " + downloads()
                        + "; the browser shows " + browser.getCurrentUrl())
                .until(driver -> {
                    List<Path> saved = downloads();
                    if (saved.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
                        return null;
                    }
                    return saved.stream().filter(f -> f.toString().endsWith(suffix) && !before.contains(f))
                            .findFirst().orElse(null);
                });
    }

    private static List<Path> downloads() {
        try (Stream<Path> files = Files.list(DOWNLOADS)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static BigDecimal fen(String amount) {
        return new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
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

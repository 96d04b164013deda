package cn.songjiang.budget.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo loaders of {@code ./platform up} (procurement-service/demo/load-demo.sh, then
 * payments-service/demo/load-demo.sh) over the packaged services: the first run gives finance, the forecast and
 * the dashboard something to show; a second run adds nothing.
 */
class DemoDataIT {

    private static final List<String> LOADERS = List.of("procurement-service/demo/load-demo.sh",
            "payments-service/demo/load-demo.sh");

    static String projects;
    static String procurement;
    static String payments;

    @BeforeAll
    static void platformWithTheSeedDocument() throws IOException {
        RunningPlatform platform = RunningPlatform.get();
        projects = platform.projects();
        procurement = platform.procurement();
        payments = platform.payments();
        byte[] seed = Files.readAllBytes(RunningPlatform.repositoryRoot().resolve(PlatformWorkflowIT.SEED));
        As.role("admin", projects).contentType("text/markdown; charset=utf-8").body(seed)
                .post("/api/v1/budget-documents").then().statusCode(201);
    }

    @Test
    void loadingTwiceAddsNothingTheSecondTime() throws Exception {
        runLoaders("first");
        Map<String, Object> first = counts();

        assertEquals(4L, first.get("payment plans"), () -> "after the first run: " + first);
        assertEquals(1L, first.get("reversed payments"), () -> "after the first run: " + first);
        for (String shown : List.of("overdue installments", "installments due within 30 days",
                "fiscal-close installments", "payments", "milestone events", "target actuals",
                "lagging projects", "leading projects")) {
            assertThat(shown + " in " + first, (Long) first.get(shown), greaterThan(0L));
        }
        assertThat("forecast total in " + first, (BigDecimal) first.get("forecast total"),
                greaterThan(BigDecimal.ZERO));

        String second = runLoaders("second");
        assertEquals(first, counts(), "the second run changed the data; its output:\n" + second);
    }

    /** What a user would see counted: every record the loaders make, and the figures of the pages. */
    private static Map<String, Object> counts() {
        Map<String, Object> counts = new TreeMap<>();
        counts.put("contracts", total(procurement, "/api/v1/contracts?size=1"));
        counts.put("suppliers", total(procurement, "/api/v1/suppliers?size=1"));
        counts.put("procurement plans", total(procurement, "/api/v1/procurement-plans?size=1"));
        JsonPath plans = As.role("viewer", payments).get("/api/v1/payment-plans?size=100").then().statusCode(200)
                .extract().jsonPath();
        counts.put("payment plans", plans.getLong("totalItems"));
        long events = 0;
        long paid = 0;
        long reversed = 0;
        long installments = 0;
        for (Object planId : plans.getList("items.id")) {
            List<Object> ids = As.role("viewer", payments).get("/api/v1/payment-plans/" + planId).then()
                    .statusCode(200).extract().jsonPath().getList("installments.id");
            installments += ids.size();
            for (Object id : ids) {
                events += As.role("viewer", payments).get("/api/v1/installments/" + id + "/events").then()
                        .statusCode(200).extract().jsonPath().getList("$").size();
                List<Boolean> payments = As.role("viewer", DemoDataIT.payments)
                        .get("/api/v1/installments/" + id + "/payments").then().statusCode(200)
                        .extract().jsonPath().getList("reversed");
                paid += payments.size();
                reversed += payments.stream().filter(Boolean.TRUE::equals).count();
            }
        }
        counts.put("installments", installments);
        counts.put("milestone events", events);
        counts.put("payments", paid);
        counts.put("reversed payments", reversed);
        long actuals = 0;
        for (Object projectId : As.role("viewer", projects).get("/api/v1/projects?fiscalYear=2026&size=100").then()
                .statusCode(200).extract().jsonPath().getList("items.id")) {
            for (Object targetId : As.role("viewer", projects).get("/api/v1/projects/" + projectId + "/targets")
                    .then().statusCode(200).extract().jsonPath().getList("levels.children.flatten().targets.flatten().id")) {
                actuals += As.role("viewer", projects)
                        .get("/api/v1/projects/" + projectId + "/targets/" + targetId + "/observations?size=1").then()
                        .statusCode(200).extract().jsonPath().getLong("totalItems");
            }
        }
        counts.put("target actuals", actuals);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        counts.put("overdue installments", total(payments, "/api/v1/due-payments?size=1&overdue=true"));
        counts.put("installments due within 30 days", total(payments,
                "/api/v1/due-payments?size=1&dueAfter=" + today + "&dueBefore=" + today.plusDays(30)));
        counts.put("fiscal-close installments", total(payments, "/api/v1/due-payments?size=1&fiscalClose=true"));
        counts.put("forecast total", As.role("viewer", payments).get("/api/v1/cash-forecast").then().statusCode(200)
                .extract().jsonPath().getObject("total", BigDecimal.class));
        JsonPath dashboard = As.role("viewer", payments).get("/api/v1/dashboards/execution?fiscalYear=2026").then()
                .statusCode(200).extract().jsonPath();
        counts.put("lagging projects", dashboard.getLong("total.lagging"));
        counts.put("leading projects", dashboard.getLong("total.leading"));
        return counts;
    }

    private static long total(String service, String path) {
        return As.role("viewer", service).get(path).then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    /** Runs both loaders as ./platform up does; returns their output, fails the test if one fails. */
    private static String runLoaders(String run) throws IOException, InterruptedException {
        StringBuilder output = new StringBuilder();
        for (String loader : LOADERS) {
            Path log = RunningPlatform.workDirectory().resolve("logs")
                    .resolve(run + "-" + Path.of(loader).getParent().getParent() + "-demo.log");
            ProcessBuilder builder = new ProcessBuilder("bash", loader)
                    .directory(RunningPlatform.repositoryRoot().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("PLATFORM_DATA", RunningPlatform.workDirectory().toString());
            builder.environment().put("PROJECTS_URL", projects);
            builder.environment().put("PROCUREMENT_URL", procurement);
            builder.environment().put("PAYMENTS_URL", payments);
            Process process = builder.start();
            boolean finished = process.waitFor(10, TimeUnit.MINUTES);
            String text = Files.readString(log);
            output.append(text);
            if (!finished) {
                process.destroyForcibly();
            }
            assertEquals(0, finished ? process.exitValue() : -1, () -> loader + " (" + run + " run) failed:\n" + text);
        }
        return output.toString();
    }
}

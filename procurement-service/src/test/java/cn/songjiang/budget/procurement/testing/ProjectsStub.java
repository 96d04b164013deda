package cn.songjiang.budget.procurement.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for projects-service in tests: a JDK HTTP server that answers the two reads this service makes,
 * in the shape of projects-service's contract ({@code GET /api/v1/projects/{id}},
 * {@code GET /api/v1/departments/{code}/budgets/{year}}), with 404 problems for unknown ones and 401 without a
 * bearer token (unless opened for tests that call the client outside a request). Tests drive it over HTTP
 * ({@link StubControl}): register projects and department budgets,
 * switch it {@code down} (503 to everything), {@code slow}, or make it answer one status to everything, and read
 * how many calls it served. The seed
 * department SJZWFW 2026 is registered from the start with its declared figures.
 */
public class ProjectsStub implements QuarkusTestResourceLifecycleManager {

    static final String CONTROL = "/__stub";
    private static final String ANSWER = "/answer/";
    private static final Pattern PROJECT = Pattern.compile("/api/v1/projects/(\\d+)");
    private static final Pattern BUDGET = Pattern.compile("/api/v1/departments/([^/]+)/budgets/(\\d+)");
    /** Keeps amounts exactly as registered (32775.00 stays 32775.00), as projects-service writes them. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** 其他相关情况说明 §三 of the seed document, in 元. */
    static final String SEED_BUDGET = """
            {"departmentCode": "SJZWFW", "fiscalYear": 2026, "name": "上海市松江区政务服务中心",
             "revenue": 93555945.79, "expenditure": 93555945.79,
             "procurement": {"goods": 32775.00, "works": 0.00, "services": 26352441.40, "total": 26385216.40,
                             "smeReserved": 11374441.40, "smallMicroReserved": 0.00}}""";

    private final Map<Long, JsonNode> projects = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> budgets = new ConcurrentHashMap<>();
    private final AtomicReference<String> mode = new AtomicReference<>("up");
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicBoolean tokenRequired = new AtomicBoolean(true);
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            registerBudget(JSON.readTree(SEED_BUDGET));
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return Map.of("quarkus.rest-client.projects.url", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith(CONTROL)) {
                control(exchange, path.substring(CONTROL.length()));
                return;
            }
            hits.incrementAndGet();
            switch (mode.get()) {
                case "down" -> {
                    problem(exchange, 503, "Service unavailable", "projects-service is down (stub)");
                    return;
                }
                case "slow" -> sleep(5_000);
                case "up" -> {
                }
                default -> {
                    int status = Integer.parseInt(mode.get());
                    problem(exchange, status, "Stub answer", "projects-service answers " + status + " (stub)");
                    return;
                }
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (tokenRequired.get() && (authorization == null || !authorization.startsWith("Bearer "))) {
                problem(exchange, 401, "Unauthorized", "A valid bearer token is required");
                return;
            }
            Matcher project = PROJECT.matcher(path);
            Matcher budget = BUDGET.matcher(path);
            JsonNode found;
            if (project.matches()) {
                found = projects.get(Long.parseLong(project.group(1)));
            } else if (budget.matches()) {
                found = budgets.get(budget.group(1) + "/" + budget.group(2));
            } else {
                problem(exchange, 404, "Not found", "no such path " + path);
                return;
            }
            if (found == null) {
                problem(exchange, 404, "Not found", path + " does not exist");
            } else {
                send(exchange, 200, "application/json", JSON.writeValueAsBytes(found));
            }
        }
    }

    private void control(HttpExchange exchange, String command) throws IOException {
        switch (command) {
            case "/projects" -> {
                JsonNode project = JSON.readTree(exchange.getRequestBody());
                projects.put(project.get("id").asLong(), project);
            }
            case "/department-budgets" -> registerBudget(JSON.readTree(exchange.getRequestBody()));
            case "/up", "/down", "/slow" -> mode.set(command.substring(1));
            case "/open" -> tokenRequired.set(false);
            case "/secure" -> tokenRequired.set(true);
            case "/hits" -> {
                send(exchange, 200, "text/plain", Integer.toString(hits.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            default -> {
                if (!command.startsWith(ANSWER)) {
                    send(exchange, 404, "text/plain", new byte[0]);
                    return;
                }
                mode.set(Integer.toString(Integer.parseInt(command.substring(ANSWER.length()))));
            }
        }
        send(exchange, 204, "text/plain", null);
    }

    private void registerBudget(JsonNode budget) {
        budgets.put(budget.get("departmentCode").asText() + "/" + budget.get("fiscalYear").asInt(), budget);
    }

    private static void problem(HttpExchange exchange, int status, String title, String detail) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("type", "urn:budget:problem:stub").put("title", title)
                .put("status", status).put("detail", detail);
        send(exchange, status, "application/problem+json", JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

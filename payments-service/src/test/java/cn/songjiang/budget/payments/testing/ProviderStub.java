package cn.songjiang.budget.payments.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for projects-service and procurement-service in tests: a small HTTP server serving the documents
 * the tests register, in the shapes of the providers' contracts. Tests register documents and switch a
 * provider down through {@code /__stub/...} (see {@link Stubs}); the database is never mocked.
 */
public class ProviderStub implements QuarkusTestResourceLifecycleManager {

    static final String ADMIN = "/__stub";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    private HttpServer server;
    private final Map<Long, JsonNode> projects = new ConcurrentHashMap<>();
    private final Map<Long, JsonNode> contracts = new ConcurrentHashMap<>();
    private final Map<String, String> down = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the provider stub", e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.rest-client.projects.url", url);
        config.put("quarkus.rest-client.procurement.url", url);
        config.put("quarkus.rest-client.projects.read-timeout", "1000");
        config.put("quarkus.rest-client.procurement.read-timeout", "1000");
        config.put("budget.test.stub-url", url);
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            if (path.startsWith(ADMIN)) {
                admin(exchange, path.substring(ADMIN.length()));
                return;
            }
            String service = path.startsWith("/api/v1/projects") ? "projects"
                    : path.startsWith("/api/v1/contracts") ? "procurement" : null;
            if (service == null) {
                send(exchange, 404, problem(404, "no such path"));
                return;
            }
            hits.computeIfAbsent(service, key -> new AtomicInteger()).incrementAndGet();
            String mode = down.get(service);
            if ("error".equals(mode)) {
                send(exchange, 503, problem(503, service + " is down"));
                return;
            }
            if ("slow".equals(mode)) {
                sleep(5_000);
            } else if (mode != null) {
                int status = Integer.parseInt(mode);
                send(exchange, status, problem(status, service + " answers " + status));
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, problem(405, "read only"));
                return;
            }
            String[] parts = path.split("/");
            if (service.equals("projects") && parts.length == 4) {
                send(exchange, 200, JSON.writeValueAsString(projectPage(query(uri))));
                return;
            }
            Map<Long, JsonNode> documents = service.equals("projects") ? projects : contracts;
            JsonNode document = parts.length >= 5 ? documents.get(parseId(parts[4])) : null;
            if (document == null) {
                send(exchange, 404, problem(404, "not found"));
            } else if (parts.length == 6 && parts[5].equals("payment-terms")) {
                send(exchange, 200, JSON.writeValueAsString(document.get("paymentTerms")));
            } else {
                send(exchange, 200, JSON.writeValueAsString(document));
            }
        }
    }

    private void admin(HttpExchange exchange, String path) throws IOException {
        String[] parts = path.split("/");
        // /projects/{id}, /contracts/{id} (PUT a document); /down/{service}/{mode}; /up/{service};
        // /hits/{service} (GET: calls served since the start)
        switch (parts[1]) {
            case "hits" -> {
                int served = hits.computeIfAbsent(parts[2], key -> new AtomicInteger()).get();
                send(exchange, 200, Integer.toString(served));
                return;
            }
            case "projects", "contracts" -> {
                JsonNode body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = JSON.readTree(in);
                }
                (parts[1].equals("projects") ? projects : contracts).put(Long.parseLong(parts[2]), body);
            }
            case "down" -> down.put(parts[2], parts.length > 3 ? parts[3] : "error");
            case "up" -> down.remove(parts[2]);
            default -> {
                send(exchange, 404, "{}");
                return;
            }
        }
        send(exchange, 204, null);
    }

    private ObjectNode projectPage(Map<String, String> query) {
        Integer fiscalYear = query.containsKey("fiscalYear") ? Integer.valueOf(query.get("fiscalYear")) : null;
        String department = query.get("departmentCode");
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Integer.parseInt(query.getOrDefault("size", "50"));
        List<JsonNode> matching = new ArrayList<>(projects.values().stream()
                .filter(p -> fiscalYear == null || p.get("fiscalYear").asInt() == fiscalYear)
                .filter(p -> department == null || department.equals(p.get("departmentCode").asText()))
                .sorted(Comparator.comparingLong(p -> p.get("id").asLong()))
                .toList());
        ObjectNode result = JSON.createObjectNode();
        ArrayNode items = result.putArray("items");
        matching.stream().skip((long) page * size).limit(size).forEach(items::add);
        result.put("page", page);
        result.put("size", size);
        result.put("totalItems", matching.size());
        result.put("totalPages", (matching.size() + size - 1) / size);
        return result;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String problem(int status, String detail) {
        return "{\"type\":\"urn:budget:problem:stub\",\"title\":\"stub\",\"status\":" + status + ",\"detail\":\""
                + detail + "\"}";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package cn.songjiang.budget.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.system.ApiDocument.Kind;
import cn.songjiang.budget.system.ApiDocument.Operation;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Our own negative suite, generated from each service's committed OpenAPI document: for every operation, each
 * class of hostile input is applied to every field and parameter it concerns, on a request that is otherwise
 * valid (HostileInputData), as the role the operation's security requirement names:
 *
 * <ul>
 *   <li>a key repeated right before and right after every body field (same value);
 *   <li>data after the JSON body ({@code {...} x} and {@code {...}{...}});
 *   <li>NUL (U+0000) in every string: body fields, query parameters, path segments, a text body;
 *   <li>dates the database cannot hold or the business never has ({@code -999999999-01-01},
 *       {@code +999999999-12-31}, {@code 0000-01-01}, {@code 9999-12-31}) in every date;
 *   <li>text for every number and boolean of a body ({@code "10000.00"}, {@code "30"}, {@code "false"});
 *   <li>an empty value for every parameter whose schema has minLength, pattern or a minimum (the documents
 *       declare no {@code allowEmptyValue});
 *   <li>every HTTP method a path lacks;
 *   <li>a 100,000-element list for every array, body or query, once per field, after all the other cases.
 * </ul>
 *
 * <p>Each answer must be a 400 (405 with {@code Allow} for a missing method; 422 for a document with a NUL, which
 * the importer refuses naming its line) {@code application/problem+json} of the type the document gives that
 * status (400: {@code urn:budget:problem:validation}; 405, which no document lists, the type service-support derives
 * from the reason phrase), or, for a 100,000-element query list, the HTTP server's bodiless 414, never a 5xx, and it must come within 200 ms of sending the request. A request over the
 * bound is sent again once and judged by its second answer: the first request of a code path pays class loading
 * and JIT compilation. After every case against a write, the lists and the record the write concerns (the GET of
 * its path and of its parent path) must be as before: nothing stored. Last, each operation's valid request is
 * sent and must succeed, so the refusals were for the hostile part alone. Every failing case of a service is
 * listed in one assertion message; the whole list is also written to {@code target/hostile-input/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    static final long BOUND_MILLIS = 200;
    private static final Duration NO_ANSWER = Duration.ofSeconds(10);
    private static final int LONG_LIST = 100_000;
    private static final List<String> OUT_OF_RANGE_DATES =
            List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "9999-12-31");
    private static final String PROBLEM = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:budget:problem:";
    private static final Path REPORTS = Path.of("target", "hostile-input").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final AtomicLong KEYS = new AtomicLong();

    private static RunningPlatform platform;
    private static HostileInputData data;
    private static final Map<String, String> tokens = new HashMap<>();
    /** The 100,000-element lists, sent after every other case so that their cost cannot slow the others. */
    private static final List<Case> longLists = new ArrayList<>();
    private static final Map<String, ApiDocument> documents = new HashMap<>();

    @BeforeAll
    static void makeTheRecordsTheRequestsName() throws IOException {
        platform = RunningPlatform.get();
        data = HostileInputData.make(platform);
        RunningPlatform.deleteRecursively(REPORTS);
        Files.createDirectories(REPORTS);
    }

    @Test
    @Order(1)
    void projectsServiceRefusesEveryHostileRequestQuicklyAndStoresNothing() throws IOException {
        check("projects-service");
    }

    @Test
    @Order(2)
    void procurementServiceRefusesEveryHostileRequestQuicklyAndStoresNothing() throws IOException {
        check("procurement-service");
    }

    @Test
    @Order(3)
    void paymentsServiceRefusesEveryHostileRequestQuicklyAndStoresNothing() throws IOException {
        check("payments-service");
    }

    @Test
    @Order(4)
    void aHundredThousandElementListIsRefusedQuicklyAndStoresNothing() throws IOException {
        assertTrue(!longLists.isEmpty(), "the documents have arrays: the earlier tests must have found them");
        Report report = new Report("long-lists");
        for (Case c : longLists) {
            run(c, report);
        }
        report.finish();
    }

    // ---------------------------------------------------------------- one service

    private static void check(String service) throws IOException {
        ApiDocument document = documents.computeIfAbsent(service, s -> {
            try {
                return ApiDocument.read(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Report report = new Report(service);
        for (Operation operation : document.operations()) {
            Generated generated = generate(operation);
            report.failures.addAll(generated.gaps());
            int stored = report.stored;
            for (Case c : generated.cases()) {
                run(c, report);
            }
            for (Case control : generated.controls()) {
                control(control, report, stored);
            }
        }
        for (String path : document.paths()) {
            for (Case c : missingMethods(document, path)) {
                run(c, report);
            }
        }
        report.finish();
    }

    private record Generated(List<Case> cases, List<Case> controls, List<String> gaps) {
    }

    /** The hostile cases of one operation and its valid requests. */
    private static Generated generate(Operation operation) throws IOException {
        ApiDocument document = operation.document;
        String service = document.service;
        Map<String, String> path = data.pathValues(operation);
        List<String[]> query = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("query")) {
            if (parameter.path("required").asBoolean()) {
                query.add(new String[] {parameter.get("name").asText(), data.parameterValue(document, parameter)});
            }
        }
        for (JsonNode parameter : operation.parameters("header")) {
            String name = parameter.get("name").asText();
            if (name.equals("If-Match")) {
                headers.put(name, etag(operation, path));
            } else if (!name.equals("Idempotency-Key") && !name.equals("If-None-Match")) {
                // Idempotency-Key is set on each request; If-None-Match is optional: a request is valid without it.
                throw new IllegalStateException(operation + ": no valid value for header " + name);
            }
        }
        Request base = new Request(service, operation, operation.method, path, query, headers, null, null);
        List<Case> cases = new ArrayList<>();

        // parameters
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.get("name").asText();
            String in = parameter.get("in").asText();
            JsonNode schema = document.resolve(parameter.path("schema"));
            Kind kind = document.kind(parameter.path("schema"));
            if (in.equals("path")) {
                if (kind == Kind.STRING || kind == Kind.ENUM || kind == Kind.DATE) {
                    cases.add(base.withPath(name, withNul(path.get(name))).invalid("NUL in a path segment", name));
                }
                continue;
            }
            if (in.equals("query")) {
                String valid = data.parameterValue(document, parameter);
                if (kind == Kind.STRING || kind == Kind.ENUM || kind == Kind.DATE || kind == Kind.ARRAY) {
                    cases.add(base.withQuery(name, withNul(valid)).invalid("NUL in a string", name));
                }
                if (kind == Kind.DATE) {
                    for (String date : OUT_OF_RANGE_DATES) {
                        cases.add(base.withQuery(name, date).invalid("date out of range " + date, name));
                    }
                }
                if (kind == Kind.ARRAY) {
                    List<String[]> many = new ArrayList<>(query);
                    for (int i = 0; i < LONG_LIST; i++) {
                        many.add(new String[] {name, valid});
                    }
                    longLists.add(base.withQuery(many).expecting("100,000-element list", name, Expect.LONG_QUERY));
                }
            }
            if (constrained(schema)) {
                cases.add((in.equals("header") ? base.withHeader(name, "") : base.withQuery(name, ""))
                        .invalid("empty value", name));
            }
        }

        // bodies
        List<Case> controls = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        Map<String, JsonNode> media = operation.bodies();
        JsonNode jsonSchema = operation.jsonBodySchema();
        if (jsonSchema != null) {
            Set<String> covered = new LinkedHashSet<>();
            boolean first = true;
            for (HostileInputData.Body body : data.bodies(operation)) {
                Request valid = body.id() == null ? base : base.withPath("id", body.id());
                if (body.id() != null && valid.headers.containsKey("If-Match")) {
                    valid = valid.withHeader("If-Match", etag(operation, valid.path));
                }
                List<Field> fields = new ArrayList<>();
                walk(document, operation, body.json(), jsonSchema, new ArrayList<>(), fields);
                for (Field field : fields) {
                    // Each field once: the first body, and the first element of a list, that carries it.
                    if (covered.add(field.name().replaceAll("\\[\\d+]", "[0]"))) {
                        cases.addAll(bodyCases(valid, body.json(), field));
                    }
                }
                if (first) {
                    byte[] json = bytes(body.json());
                    cases.add(valid.withBody(concat(json, " x".getBytes(StandardCharsets.UTF_8)))
                            .invalid("data after the JSON body", "{...} x"));
                    cases.add(valid.withBody(concat(json, json)).invalid("data after the JSON body", "{...}{...}"));
                }
                first = false;
                controls.add(valid.withBody(bytes(body.json())).expecting("valid request", "-", Expect.SUCCESS));
            }
            List<String> missing = new ArrayList<>();
            schemaFields(document, jsonSchema, "", missing, 0);
            missing.removeIf(f -> covered.contains(f) || HostileInputData.leftOut(f));
            if (!missing.isEmpty()) {
                gaps.add(operation + ": no valid body of HostileInputData carries " + missing
                        + ", so no hostile class reaches them");
            }
        } else if (!media.isEmpty()) {
            String type = media.keySet().iterator().next();
            Request text = base.withContentType(type + "; charset=utf-8");
            // A document is read as a whole: the importer refuses a garbled line as it refuses any unreadable
            // document, 422 naming the line and column, as the document says.
            cases.add(text.withBody(withNul(data.seed).getBytes(StandardCharsets.UTF_8))
                    .expecting("NUL in a string", "body (" + type + ")", Expect.UNREADABLE_DOCUMENT));
            controls.add(text.withBody(data.seed.getBytes(StandardCharsets.UTF_8))
                    .expecting("valid request", "-", Expect.SUCCESS));
        } else if (!cases.isEmpty()) {
            controls.add(base.expecting("valid request", "-", Expect.SUCCESS));
        }
        if (cases.isEmpty()) {
            controls.clear();
        }
        return new Generated(cases, controls, gaps);
    }

    private static List<Case> bodyCases(Request valid, JsonNode body, Field field) throws IOException {
        List<Case> cases = new ArrayList<>();
        cases.add(valid.withBody(duplicated(body, field.path(), true)).invalid("repeated key before", field.name()));
        cases.add(valid.withBody(duplicated(body, field.path(), false)).invalid("repeated key after", field.name()));
        JsonNode value = at(body, field.path());
        switch (field.kind()) {
            case STRING, ENUM -> cases.add(valid.withBody(bytes(replaced(body, field.path(),
                    new TextNode(withNul(value.asText()))))).invalid("NUL in a string", field.name()));
            case DATE -> {
                cases.add(valid.withBody(bytes(replaced(body, field.path(), new TextNode(withNul(value.asText())))))
                        .invalid("NUL in a string", field.name()));
                for (String date : OUT_OF_RANGE_DATES) {
                    cases.add(valid.withBody(bytes(replaced(body, field.path(), new TextNode(date))))
                            .invalid("date out of range " + date, field.name()));
                }
            }
            case NUMBER, BOOLEAN -> cases.add(valid.withBody(bytes(replaced(body, field.path(),
                    new TextNode(value.asText())))).invalid("text for a number or boolean", field.name()));
            case ARRAY -> {
                ArrayNode many = HostileInputData.JSON.createArrayNode();
                JsonNode element = value.get(0).isObject() ? HostileInputData.JSON.createObjectNode() : value.get(0);
                for (int i = 0; i < LONG_LIST; i++) {
                    many.add(element);
                }
                longLists.add(valid.withBody(bytes(replaced(body, field.path(), many)))
                        .expecting("100,000-element list", field.name(), Expect.INVALID));
            }
            default -> {
            }
        }
        return cases;
    }

    /** Every method a path lacks, as admin (who holds every role), with an empty JSON object as body. */
    private static List<Case> missingMethods(ApiDocument document, String path) {
        Set<String> allowed = document.methodsOf(path);
        Operation operation = document.operations().stream().filter(o -> o.path.equals(path)).findFirst()
                .orElseThrow();
        Map<String, String> values = data.pathValues(operation);
        List<Case> cases = new ArrayList<>();
        for (String method : ApiDocument.HTTP_METHODS) {
            if (!allowed.contains(method)) {
                Request request = new Request(document.service, operation, method, values, List.of(), Map.of(),
                        null, null).withRole("admin");
                if (!method.equals("GET") && !method.equals("DELETE")) {
                    request = request.withBody("{}".getBytes(StandardCharsets.UTF_8));
                }
                cases.add(request.expecting("method not allowed", method + " " + path, Expect.METHOD_NOT_ALLOWED));
            }
        }
        return cases;
    }

    // ---------------------------------------------------------------- running and judging

    private static void run(Case c, Report report) {
        Map<String, String> before = c.request.operation().writes() ? snapshot(c.request) : Map.of();
        Answer answer = send(fresh(c.request));
        // Warm-up margin: a refusal over the bound is sent up to twice more and judged by its fastest answer.
        for (int attempt = 0; attempt < 2 && answer.status >= 400 && answer.millis > BOUND_MILLIS
                && answer.millis < NO_ANSWER.toMillis(); attempt++) {
            Answer again = send(fresh(c.request));
            if (again.status == answer.status && again.millis < answer.millis) {
                answer = again;
            }
        }
        List<String> faults = judge(c, answer);
        if (c.request.operation().writes()) {
            Map<String, String> after = snapshot(c.request);
            for (Map.Entry<String, String> entry : before.entrySet()) {
                if (!entry.getValue().equals(after.get(entry.getKey()))) {
                    faults.add("stored: GET " + entry.getKey() + " " + difference(entry.getValue(),
                            after.get(entry.getKey())));
                }
            }
        }
        report.add(c, answer, faults);
    }

    /**
     * Sends a valid request, which must succeed. When hostile cases of the operation were stored, a refusal may
     * follow from them (a duplicate, a state already reached); the message says so.
     */
    private static void control(Case c, Report report, int storedBefore) {
        Answer answer = send(fresh(c.request));
        List<String> faults = new ArrayList<>();
        if (answer.status < 200 || answer.status > 299) {
            faults.add("the valid request is refused" + (report.stored > storedBefore ? "" : " although no hostile"
                    + " case of this operation was stored") + ": " + abbreviate(answer.body));
        }
        report.add(c, answer, faults);
    }

    /**
     * The request with the current ETag of its record as If-Match (unless the case is about If-Match): an earlier
     * case that wrongly changed the record must not turn every later case into a 412.
     */
    private static Request fresh(Request request) {
        String ifMatch = request.headers.get("If-Match");
        if (ifMatch == null || ifMatch.isEmpty()) {
            return request;
        }
        return request.withHeader("If-Match",
                etag(request.operation(), request.path));
    }

    private static List<String> judge(Case c, Answer answer) {
        List<String> faults = new ArrayList<>();
        if (answer.status < 0) {
            faults.add(answer.body);
            return faults;
        }
        Set<Integer> expected = switch (c.expect) {
            case INVALID -> Set.of(400);
            case UNREADABLE_DOCUMENT -> Set.of(422);
            case LONG_QUERY -> Set.of(400, 414);
            case METHOD_NOT_ALLOWED -> Set.of(405);
            case SUCCESS -> Set.of(200, 201);
        };
        if (answer.status >= 500) {
            faults.add("server error");
        } else if (!expected.contains(answer.status)) {
            faults.add("expected " + expected.stream().map(String::valueOf).collect(Collectors.joining(" or ")));
        }
        String contentType = answer.header("Content-Type");
        if (!expected.contains(answer.status)) {
            // the status is wrong already; its body's type says nothing more
        } else if (answer.status == 414) {
            // A request line over the HTTP server's limit (4 KB) is refused by its codec before any of our code
            // runs, and Quarkus offers no hook to write that answer's body (README: Hostile input).
        } else if (contentType == null || !contentType.startsWith(PROBLEM)) {
            faults.add("not " + PROBLEM + " (" + (contentType == null ? "no content type" : contentType)
                    + (answer.body.isEmpty() ? ", empty body" : "") + ")");
        } else {
            String type = problemType(answer.body);
            String documented = switch (answer.status) {
                case 405 -> TYPE_PREFIX + "method-not-allowed";
                default -> c.request.operation().document.problemType(c.request.operation(), answer.status);
            };
            if (documented == null) {
                faults.add("status " + answer.status + " has no documented problem type");
            } else if (!documented.equals(type)) {
                faults.add("type " + type + " instead of " + documented);
            }
        }
        if (c.expect == Expect.METHOD_NOT_ALLOWED) {
            String allow = answer.header("Allow");
            Set<String> documented = c.request.operation().document.methodsOf(c.request.operation().path);
            if (allow == null || !documented.stream().allMatch(allow::contains)) {
                faults.add("Allow " + allow + " instead of " + documented);
            }
        }
        if (answer.millis > BOUND_MILLIS) {
            faults.add("answered in " + answer.millis + " ms (bound " + BOUND_MILLIS + " ms)");
        }
        return faults;
    }

    private static String problemType(String body) {
        try {
            return HostileInputData.JSON.readTree(body).path("type").asText(null);
        } catch (IOException e) {
            return "(not JSON)";
        }
    }

    private record Answer(int status, Map<String, List<String>> headers, String body, long millis) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(", ", e.getValue())).findFirst().orElse(null);
        }
    }

    private static Answer send(Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url())).timeout(NO_ANSWER)
                .method(request.method, request.body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body));
        String role = request.role != null ? request.role : request.operation().role();
        if (role != null) {
            builder.header("Authorization", "Bearer " + token(role));
        }
        if (request.body != null) {
            builder.header("Content-Type", request.contentType != null ? request.contentType : "application/json");
        }
        boolean idempotent = request.operation().parameters("header").stream()
                .anyMatch(p -> p.get("name").asText().equals("Idempotency-Key"));
        if (idempotent && request.role == null && !request.headers.containsKey("Idempotency-Key")) {
            builder.header("Idempotency-Key", "hostile-" + KEYS.incrementAndGet());
        }
        request.headers.forEach(builder::header);
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Answer(response.statusCode(), response.headers().map(), response.body(), millis);
        } catch (HttpTimeoutException e) {
            return new Answer(-1, Map.of(), "no answer within " + NO_ANSWER.toSeconds() + " s", NO_ANSWER.toMillis());
        } catch (IOException e) {
            return new Answer(-1, Map.of(), "no answer: " + e, (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a write concerns, read before and after: the GET of its own path and of its parent path where the
     * document has one; of a list its totalItems (or length), of a record the whole answer.
     */
    private static Map<String, String> snapshot(Request request) {
        Map<String, String> state = new TreeMap<>();
        ApiDocument document = request.operation().document;
        String template = request.operation().path;
        for (String candidate : List.of(template, template.substring(0, template.lastIndexOf('/')))) {
            if (!document.methodsOf(candidate).contains("GET")) {
                continue;
            }
            String url = platform.url(request.service) + fill(candidate, request.path);
            Answer answer = send(new Request(request.service, request.operation(), "GET", request.path, List.of(),
                    Map.of(), null, null).withRole("viewer").withUrl(url));
            String value = answer.status + " " + answer.body;
            try {
                JsonNode json = HostileInputData.JSON.readTree(answer.body);
                if (json.has("totalItems")) {
                    value = "totalItems " + json.get("totalItems");
                } else if (json.isArray()) {
                    value = json.size() + " items";
                }
            } catch (IOException notJson) {
                // compared as text
            }
            state.put(fill(candidate, request.path), value);
        }
        return state;
    }

    /** The ETag of the record a path acts on: the nearest path, itself or a parent, that the document can GET. */
    private static String etag(Operation operation, Map<String, String> values) {
        ApiDocument document = operation.document;
        String path = operation.path;
        while (!path.endsWith("}") || !document.methodsOf(path).contains("GET")) {
            path = path.substring(0, path.lastIndexOf('/'));
        }
        Answer answer = send(new Request(document.service, operation, "GET", values, List.of(), Map.of(), null, null)
                .withRole("viewer").withUrl(platform.url(document.service) + fill(path, values)));
        String etag = answer.header("ETag");
        if (answer.status != 200 || etag == null) {
            throw new IllegalStateException("GET " + path + " gives no ETag: " + answer.status + " " + answer.body);
        }
        return etag;
    }

    private static synchronized String token(String role) {
        return tokens.computeIfAbsent(role, platform::token);
    }

    // ---------------------------------------------------------------- bodies

    private record Field(List<Object> path, String name, Kind kind) {
    }

    /** The fields of a valid body with their kind from the schema; a field the schema lacks fails the suite. */
    private static void walk(ApiDocument document, Operation operation, JsonNode node, JsonNode schema,
            List<Object> at, List<Field> fields) {
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                JsonNode property = document.property(schema, entry.getKey());
                List<Object> path = new ArrayList<>(at);
                path.add(entry.getKey());
                assertTrue(property != null, operation + ": the valid body has " + name(path)
                        + ", which the document does not have");
                fields.add(new Field(path, name(path), document.kind(property)));
                walk(document, operation, entry.getValue(), property, path, fields);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> path = new ArrayList<>(at);
                path.add(i);
                walk(document, operation, node.get(i), document.resolve(schema).path("items"), path, fields);
            }
        }
    }

    /** The names of every property of a schema, as {@link #walk} names them. */
    private static void schemaFields(ApiDocument document, JsonNode schema, String prefix, List<String> names,
            int depth) {
        JsonNode resolved = document.resolve(schema);
        if (resolved == null || depth > 6) {
            return;
        }
        if (document.kind(schema) == Kind.ARRAY) {
            schemaFields(document, resolved.path("items"), prefix + "[0]", names, depth + 1);
            return;
        }
        resolved.path("properties").fields().forEachRemaining(entry -> {
            String name = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            names.add(name);
            schemaFields(document, entry.getValue(), name, names, depth + 1);
        });
    }

    private static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object part : path) {
            if (part instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(part);
            }
        }
        return name.toString();
    }

    private static JsonNode at(JsonNode node, List<Object> path) {
        JsonNode current = node;
        for (Object part : path) {
            current = part instanceof Integer index ? current.get(index) : current.get((String) part);
        }
        return current;
    }

    private static JsonNode replaced(JsonNode body, List<Object> path, JsonNode value) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    /** The body with the key at {@code path} written twice, the copy right before or right after it. */
    private static byte[] duplicated(JsonNode body, List<Object> path, boolean before) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = HostileInputData.JSON.getFactory().createGenerator(out)) {
            write(generator, body, new ArrayList<>(), path, before);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator generator, JsonNode node, List<Object> at, List<Object> target,
            boolean before) throws IOException {
        if (node.isObject()) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                List<Object> path = new ArrayList<>(at);
                path.add(entry.getKey());
                boolean repeated = path.equals(target);
                if (repeated && before) {
                    generator.writeFieldName(entry.getKey());
                    generator.writeTree(entry.getValue());
                }
                generator.writeFieldName(entry.getKey());
                write(generator, entry.getValue(), path, target, before);
                if (repeated && !before) {
                    generator.writeFieldName(entry.getKey());
                    generator.writeTree(entry.getValue());
                }
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (int i = 0; i < node.size(); i++) {
                List<Object> path = new ArrayList<>(at);
                path.add(i);
                write(generator, node.get(i), path, target, before);
            }
            generator.writeEndArray();
        } else {
            generator.writeTree(node);
        }
    }

    private static byte[] bytes(JsonNode node) throws IOException {
        return HostileInputData.JSON.writeValueAsBytes(node);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    // ---------------------------------------------------------------- helpers

    static String withNul(String value) {
        int middle = value.length() / 2;
        return value.substring(0, middle) + '\u0000' + value.substring(middle);
    }

    private static boolean constrained(JsonNode schema) {
        return schema.has("minLength") || schema.has("pattern") || schema.has("minimum")
                || schema.has("exclusiveMinimum");
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}",
                    URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return path;
    }

    /** Where two answers start to differ, with a little context. */
    private static String difference(String before, String after) {
        if (after == null) {
            return "no longer answers";
        }
        int from = 0;
        while (from < before.length() && from < after.length() && before.charAt(from) == after.charAt(from)) {
            from++;
        }
        int start = Math.max(0, from - 40);
        return "was …" + abbreviate(before.substring(start, Math.min(before.length(), from + 40)))
                + "…, is …" + abbreviate(after.substring(start, Math.min(after.length(), from + 40))) + "…";
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "nothing";
        }
        String flat = text.replace("\n", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    enum Expect { INVALID, UNREADABLE_DOCUMENT, LONG_QUERY, METHOD_NOT_ALLOWED, SUCCESS }

    /** One request of the suite: a case or a valid request. */
    private static final class Request {

        final String service;
        private final Operation operation;
        final String method;
        final Map<String, String> path;
        final List<String[]> query;
        final Map<String, String> headers;
        final byte[] body;
        final String contentType;
        String role;
        String url;

        Request(String service, Operation operation, String method, Map<String, String> path, List<String[]> query,
                Map<String, String> headers, byte[] body, String contentType) {
            this.service = service;
            this.operation = operation;
            this.method = method;
            this.path = path;
            this.query = query;
            this.headers = headers;
            this.body = body;
            this.contentType = contentType;
        }

        Operation operation() {
            return operation;
        }

        String url() {
            if (url != null) {
                return url;
            }
            String q = query.stream().map(p -> p[0] + "=" + URLEncoder.encode(p[1], StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return platform.url(service) + fill(operation.path, path) + (q.isEmpty() ? "" : "?" + q);
        }

        private Request copy(String newMethod, Map<String, String> newPath, List<String[]> newQuery,
                Map<String, String> newHeaders, byte[] newBody, String newContentType) {
            Request request = new Request(service, operation, newMethod, newPath, newQuery, newHeaders, newBody,
                    newContentType);
            request.role = role;
            return request;
        }

        Request withPath(String name, String value) {
            Map<String, String> values = new LinkedHashMap<>(path);
            values.put(name, value);
            return copy(method, values, query, headers, body, contentType);
        }

        Request withQuery(String name, String value) {
            List<String[]> values = new ArrayList<>(query);
            values.removeIf(p -> p[0].equals(name));
            values.add(new String[] {name, value});
            return copy(method, path, values, headers, body, contentType);
        }

        Request withQuery(List<String[]> values) {
            return copy(method, path, values, headers, body, contentType);
        }

        Request withHeader(String name, String value) {
            Map<String, String> values = new LinkedHashMap<>(headers);
            values.put(name, value);
            return copy(method, path, query, values, body, contentType);
        }

        Request withBody(byte[] newBody) {
            return copy(method, path, query, headers, newBody, contentType);
        }

        Request withContentType(String type) {
            return copy(method, path, query, headers, body, type);
        }

        Request withRole(String newRole) {
            Request request = copy(method, path, query, headers, body, contentType);
            request.role = newRole;
            return request;
        }

        Request withUrl(String newUrl) {
            Request request = withRole(role);
            request.url = newUrl;
            return request;
        }

        Case invalid(String kind, String field) {
            return expecting(kind, field, Expect.INVALID);
        }

        Case expecting(String kind, String field, Expect expect) {
            return new Case(this, kind, field, expect);
        }
    }

    private record Case(Request request, String kind, String field, Expect expect) {
    }

    /** The failing cases of one test, counted per class, written out and asserted at once. */
    private static final class Report {

        private final String name;
        private final List<String> failures = new ArrayList<>();
        private final Map<String, int[]> perClass = new TreeMap<>();
        /** How many cases so far stored something. */
        int stored;

        Report(String name) {
            this.name = name;
        }

        void add(Case c, Answer answer, List<String> faults) {
            String kind = c.kind.startsWith("date out of range") ? "date out of range" : c.kind;
            int[] counts = perClass.computeIfAbsent(kind, k -> new int[2]);
            counts[0]++;
            if (faults.isEmpty()) {
                return;
            }
            counts[1]++;
            if (faults.stream().anyMatch(f -> f.startsWith("stored:"))) {
                stored++;
            }
            failures.add(c.request.service + " " + (c.expect == Expect.METHOD_NOT_ALLOWED ? c.field
                    : c.request.operation() + " · " + c.kind + " · " + c.field)
                    + " → " + (answer.status < 0 ? "no answer" : answer.status) + " in " + answer.millis + " ms: "
                    + String.join("; ", faults));
        }

        void finish() throws IOException {
            String summary = perClass.entrySet().stream()
                    .map(e -> String.format("  %-32s %4d cases, %4d failing", e.getKey(), e.getValue()[0],
                            e.getValue()[1]))
                    .collect(Collectors.joining("\n"));
            String text = name + ":\n" + summary + "\n\n" + String.join("\n", failures) + "\n";
            Files.writeString(REPORTS.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
            System.out.println(name + ":\n" + summary);
            assertTrue(failures.isEmpty(), failures.size() + " hostile requests of " + name
                    + " were not refused as the document says:\n" + summary + "\n" + String.join("\n", failures));
        }
    }
}

package cn.songjiang.budget.system;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults of what a service depends on, over the packaged services: a provider that accepts the connection and
 * never answers, and a service's database killed with SIGKILL and back again. In both the service must answer
 * a 503 problem with {@code Retry-After} (never a 500, never a hang), store nothing, and serve again once the
 * dependency is back. Every check of a test is made and the failing ones are reported together.
 */
class FaultIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    /**
     * procurement-service's ProjectsClient (service-support's fault-tolerance defaults): timeout 2 s, 2 retries
     * 200 ± 100 ms apart, so a consumer has answered by 3 × 2 s + 2 × 0.3 s = 6.6 s; 1.5 s more for the answer
     * itself on these shared 2-core machines (7.76 s measured at a load average of 39).
     */
    private static final Duration CONSUMER_DEADLINE = Duration.ofMillis(8_100);
    /** How long an outage answer may take: the pool notices the dead server when it asks for a connection. */
    private static final Duration OUTAGE_ANSWER = Duration.ofSeconds(5);
    /** How long the platform has to bring a killed database back by itself before the test does it. */
    private static final Duration PLATFORM_RESTART = Duration.ofSeconds(20);
    private static final Duration RECOVERY = Duration.ofSeconds(60);
    private static final String PROBLEM = "application/problem+json";

    private static RunningPlatform platform;

    @BeforeAll
    static void startThePlatformAndImportTheSeed() throws IOException {
        platform = RunningPlatform.get();
        As.role("admin", platform.projects()).contentType("text/markdown; charset=utf-8")
                .body(Files.readString(RunningPlatform.repositoryRoot().resolve(HostileInputData.SEED),
                        StandardCharsets.UTF_8))
                .post("/api/v1/budget-documents").then().statusCode(201);
    }

    @Test
    void aProviderThatNeverAnswersGivesA503WithinTheConsumersTimeoutAndStoresNothing() throws Exception {
        // Takes the request and answers only after the test is over: a provider that never answers.
        WireMockServer silent = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        silent.start();
        try {
            silent.stubFor(any(anyUrl()).willReturn(ok().withFixedDelay(120_000)));
            RunningPlatform.Started procurement = platform.startAnother("procurement-service", "silent-provider",
                    Map.of("quarkus.rest-client.projects.url", "http://127.0.0.1:" + silent.port()));

            List<String> failures = new ArrayList<>();
            String before = count(procurement.url(), "/api/v1/procurement-plans");
            Answer answer = send(procurement.url(), "procurement", "POST", "/api/v1/procurement-plans",
                    "{\"projectId\":4,\"title\":\"服务采购\",\"category\":\"SERVICES\",\"method\":\"NOT_APPLICABLE\","
                            + "\"amount\":1000.00,\"smeReservation\":\"NONE\"}", Duration.ofSeconds(30));
            expectUnavailable(answer, CONSUMER_DEADLINE, "urn:budget:problem:dependency-unavailable", failures);
            if (silent.getAllServeEvents().isEmpty()) {
                failures.add("procurement-service never called the silent provider");
            }
            String after = count(procurement.url(), "/api/v1/procurement-plans");
            if (!before.equals(after)) {
                failures.add("stored: procurement plans " + before + " before, " + after + " after");
            }
            procurement.process().destroy();
            assertTrue(failures.isEmpty(), "POST /api/v1/procurement-plans with projects-service silent: "
                    + String.join("; ", failures));
        } finally {
            silent.stop();
        }
    }

    @Test
    void aKilledDatabaseGives503WithRetryAfterAndTheServiceAnswers200OnceItIsBack() throws Exception {
        String projects = platform.projects();
        List<String> failures = new ArrayList<>();
        expectStatus(200, send(projects, "viewer", "GET", "/api/v1/projects?size=1", null, OUTAGE_ANSWER),
                "before the kill", failures);
        long project = JSON.readTree(send(projects, "viewer", "GET", "/api/v1/projects?size=1", null, OUTAGE_ANSWER)
                .body()).path("items").path(0).path("id").asLong();
        String targets = "/api/v1/projects/" + project + "/targets";
        String targetsBefore = send(projects, "viewer", "GET", targets, null, OUTAGE_ANSWER).body();

        Path data = platform.databaseDirectory("projects-service");
        ProcessHandle postmaster = postmaster(data).orElseThrow(() -> new AssertionError("no postmaster in " + data));
        List<String> command = postmaster.info().commandLine().isPresent()
                ? List.of(postmaster.info().command().orElseThrow()) : List.of();
        List<String> arguments = List.of(postmaster.info().arguments().orElse(new String[0]));
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly(); // SIGKILL
        postmaster.onExit().get();

        Answer read = send(projects, "viewer", "GET", "/api/v1/projects?size=1", null, Duration.ofSeconds(30));
        expectUnavailable(read, OUTAGE_ANSWER, null, failures);
        Answer write = send(projects, "pm", "POST", targets, "{\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\","
                + "\"name\":\"停库期间的指标\",\"comparator\":\"GE\",\"value\":1,\"unit\":\"项\"}", Duration.ofSeconds(30));
        expectUnavailable(write, OUTAGE_ANSWER, null, failures);

        // The database returns: restarted by the platform itself, else started again here as it ran before.
        long killed = postmaster.pid();
        String restartedBy = "the platform";
        long waitUntil = System.nanoTime() + PLATFORM_RESTART.toNanos();
        while (postmaster(data).filter(p -> p.pid() != killed).isEmpty() && System.nanoTime() < waitUntil) {
            Thread.sleep(250);
        }
        Process ours = null;
        if (postmaster(data).filter(p -> p.pid() != killed).isEmpty()) {
            restartedBy = "the test (nothing restarted it within " + PLATFORM_RESTART.toSeconds() + " s)";
            Files.deleteIfExists(data.resolve("postmaster.pid"));
            List<String> restart = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                restart.addAll(List.of("unshare", "-U")); // PostgreSQL refuses to run as root
            }
            restart.addAll(command);
            restart.addAll(arguments);
            ours = new ProcessBuilder(restart).redirectErrorStream(true)
                    .redirectOutput(data.resolveSibling("restarted-by-test.log").toFile()).start();
        }
        long back = System.nanoTime();
        Answer recovered = null;
        while (System.nanoTime() - back < RECOVERY.toNanos()) {
            recovered = send(projects, "viewer", "GET", "/api/v1/projects?size=1", null, OUTAGE_ANSWER);
            if (recovered.status() == 200) {
                break;
            }
            Thread.sleep(250);
        }
        long seconds = (System.nanoTime() - back) / 1_000_000_000L;
        System.out.printf("projects-service database killed; back by %s; first 200 %d s after it was back%n",
                restartedBy, seconds);
        expectStatus(200, recovered, "within " + RECOVERY.toSeconds() + " s of the database's return (by "
                + restartedBy + ")", failures);
        String targetsAfter = send(projects, "viewer", "GET", targets, null, OUTAGE_ANSWER).body();
        if (recovered != null && recovered.status() == 200 && !targetsBefore.equals(targetsAfter)) {
            failures.add("the write refused during the outage was stored: " + targets + " changed");
        }
        if (ours != null && !ours.isAlive()) {
            failures.add("the test could not start the database again: see "
                    + data.resolveSibling("restarted-by-test.log"));
        }
        assertTrue(failures.isEmpty(), "projects-service with its database killed: " + String.join("; ", failures));
    }

    // ---------------------------------------------------------------- helpers

    private static Optional<ProcessHandle> postmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static void expectUnavailable(Answer answer, Duration within, String documentedType,
            List<String> failures) {
        String what = answer.method() + " " + answer.path();
        if (answer.status() != 503) {
            failures.add(what + " → " + answer.status() + " instead of 503: " + abbreviate(answer.body()));
            return;
        }
        if (answer.millis() > within.toMillis()) {
            failures.add(what + " answered in " + answer.millis() + " ms, over " + within.toMillis() + " ms");
        }
        String contentType = answer.header("Content-Type");
        if (contentType == null || !contentType.startsWith(PROBLEM)) {
            failures.add(what + " answered " + contentType + ", not " + PROBLEM);
        } else if (documentedType != null) {
            String type = type(answer.body());
            if (!documentedType.equals(type)) {
                failures.add(what + " answered type " + type + " instead of " + documentedType);
            }
        }
        if (answer.header("Retry-After") == null) {
            failures.add(what + " has no Retry-After");
        }
    }

    private static void expectStatus(int status, Answer answer, String when, List<String> failures) {
        if (answer == null || answer.status() != status) {
            failures.add(when + ": " + (answer == null ? "no answer" : answer.method() + " " + answer.path() + " → "
                    + answer.status() + " " + abbreviate(answer.body())) + " instead of " + status);
        }
    }

    private static String count(String base, String path) throws IOException, InterruptedException {
        Answer answer = send(base, "viewer", "GET", path, null, Duration.ofSeconds(10));
        return answer.status() + " " + JSON.readTree(answer.body()).path("totalItems");
    }

    private static String type(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json.path("type").asText(null);
        } catch (IOException e) {
            return "(not JSON)";
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private record Answer(String method, String path, int status, Map<String, List<String>> headers, String body,
            long millis) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private static Answer send(String base, String role, String method, String path, String body, Duration timeout)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Authorization", "Bearer " + platform.token(role))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(method, path, response.statusCode(), response.headers().map(), response.body(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return new Answer(method, path, -1, Map.of(), "no answer: " + e, (System.nanoTime() - start) / 1_000_000);
        }
    }
}

package cn.songjiang.budget.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Provider conformance and negative testing: each running service is tested by Specmatic, a tool not written
 * here, against the OpenAPI document committed in its folder. Specmatic sends every example of the document,
 * positive variants within the schema and negative variants (wrong types, values out of range, missing or
 * over-long fields) that must be refused with a documented 4xx; every answer's status, content type and body must
 * be what the document says. The test fails on any Specmatic failure and on any 5xx answer.
 *
 * <p>Each service is tested in passes, each a Specmatic run with a configuration under
 * {@code src/test/resources/specmatic/<service>/} that says why it exists; the run's log, JUnit report and HTML
 * report are under {@code target/specmatic/<service>/<pass>/}. The services share one platform, so projects-service,
 * which the others read, is tested first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProviderConformanceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SPECMATIC = RunningPlatform.repositoryRoot()
            .resolve("api-checks/node_modules/specmatic/specmatic.jar");
    private static final Path WORK = Path.of("target", "specmatic").toAbsolutePath();
    private static final Duration PASS_TIMEOUT = Duration.ofMinutes(15);
    private static final String SEED = "projects-service/src/main/resources/seed/songjiang-zwfw-2026-budget.md";
    private static final String SEED_TITLE = "# 上海市松江区2026年区级部门预算";
    /** The status line Specmatic logs under each answer it received. */
    private static final Pattern ANSWER = Pattern.compile("^ {2}Response at .*\\R {4}(\\d{3}) .*$", Pattern.MULTILINE);
    private static final Pattern REQUEST = Pattern.compile("^ {4}([A-Z]+ /\\S*)$", Pattern.MULTILINE);

    private static RunningPlatform platform;
    private static String seedImport;

    /** The platform as its users find it after setup: the published budget document imported. */
    @BeforeAll
    static void startThePlatformAndImportTheSeed() throws IOException {
        assertTrue(Files.exists(SPECMATIC), SPECMATIC + " is missing: api-checks/install (run by the build) installs it");
        platform = RunningPlatform.get();
        seedImport = As.role("admin", platform.projects()).contentType("text/markdown; charset=utf-8")
                .body(Files.readString(RunningPlatform.repositoryRoot().resolve(SEED), StandardCharsets.UTF_8))
                .post("/api/v1/budget-documents")
                .then().statusCode(201).extract().asString();
    }

    @Test
    @Order(1)
    void projectsServiceAnswersAsItsDocumentSays() throws IOException, InterruptedException {
        String service = "projects-service";
        Path importExamples = writeImportExamples(WORK.resolve(service).resolve("import-examples"));
        List<String> problems = new ArrayList<>();
        problems.addAll(runPass(service, platform.projects(), "generative", null));
        problems.addAll(runPass(service, platform.projects(), "stateful", null));
        problems.addAll(runPass(service, platform.projects(), "import", importExamples));
        assertTrue(problems.isEmpty(), service + " does not conform to its document:\n" + String.join("\n", problems));
    }

    @Test
    @Order(2)
    void procurementServiceAnswersAsItsDocumentSays() throws IOException, InterruptedException {
        String service = "procurement-service";
        ProcurementConformanceData.load(platform);
        List<String> problems = new ArrayList<>();
        problems.addAll(runPass(service, platform.procurement(), "generative", null));
        problems.addAll(runPass(service, platform.procurement(), "stateful", null));
        assertTrue(problems.isEmpty(), service + " does not conform to its document:\n" + String.join("\n", problems));
    }

    @Test
    @Order(3)
    void paymentsServiceAnswersAsItsDocumentSays() throws IOException, InterruptedException {
        String service = "payments-service";
        Path examples = PaymentsConformanceData.writeExamples(platform, WORK.resolve(service).resolve("examples"));
        List<String> problems = new ArrayList<>();
        problems.addAll(runPass(service, platform.payments(), "generative", null));
        problems.addAll(runPass(service, platform.payments(), "stateful", examples));
        // Specmatic skips an example that matches no operation of its filter: each must have run.
        try (Stream<Path> files = Files.list(examples)) {
            long written = files.count();
            int ran = Report.read(WORK.resolve(service).resolve("stateful").resolve("junit")).tests();
            if (ran != written) {
                problems.add(service + " stateful: Specmatic ran " + ran + " tests for " + written + " examples");
            }
        }
        assertTrue(problems.isEmpty(), service + " does not conform to its document:\n" + String.join("\n", problems));
    }

    /**
     * The imports Specmatic sends as examples: the seed again (200, the earlier import) and the seed re-titled
     * for another fiscal year, a document of its own (201). The answers are the shape to expect; Specmatic checks
     * the status and the schema, not these values.
     */
    private static Path writeImportExamples(Path directory) throws IOException {
        RunningPlatform.deleteRecursively(directory);
        Files.createDirectories(directory);
        String seed = Files.readString(RunningPlatform.repositoryRoot().resolve(SEED), StandardCharsets.UTF_8);
        assertTrue(seed.contains(SEED_TITLE), "the seed has no title " + SEED_TITLE);
        JsonNode earlier = JSON.readTree(seedImport);
        ObjectNode another = earlier.deepCopy();
        another.put("id", earlier.get("id").asLong() + 1).put("fiscalYear", 2027)
                .put("title", "上海市松江区2027年区级部门预算");
        writeExample(directory.resolve("seed-again.json"), seed, 200, earlier);
        writeExample(directory.resolve("another-fiscal-year.json"),
                seed.replace(SEED_TITLE, "# 上海市松江区2027年区级部门预算"), 201, another);
        return directory;
    }

    private static void writeExample(Path file, String document, int status, JsonNode answer) throws IOException {
        Map<String, Object> example = Map.of(
                "http-request", Map.of("method", "POST", "path", "/api/v1/budget-documents",
                        "headers", Map.of("Content-Type", "text/markdown"), "body", document),
                "http-response", Map.of("status", status,
                        "headers", Map.of("Content-Type", "application/json"), "body", answer));
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), example);
    }

    /**
     * Runs one Specmatic pass against a service and returns what went wrong: the process' exit, each failed
     * scenario with its reason, each 5xx answer. A 5xx always fails a scenario too (no example expects one), but
     * it is listed on its own so a server error is never lost among the other failures.
     */
    private static List<String> runPass(String service, String baseUrl, String pass, Path examples)
            throws IOException, InterruptedException {
        Path config = resource("specmatic/" + service + "/" + pass + ".yaml");
        Path contract = RunningPlatform.repositoryRoot().resolve(service).resolve("openapi/openapi.yaml");
        Path directory = WORK.resolve(service).resolve(pass);
        RunningPlatform.deleteRecursively(directory);
        Files.createDirectories(directory);
        Path log = directory.resolve("specmatic.log");
        Path junit = directory.resolve("junit");

        // The HTML report of projects-service's ~3,900 generated tests outgrew a 1 GB heap.
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                "-jar", SPECMATIC.toString(), "test", contract.toString(),
                "--config", config.toString(),
                "--testBaseURL", baseUrl,
                "--junitReportDir", junit.toString()));
        if (examples != null) {
            command.add("--examples");
            command.add(examples.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // Specmatic sends the value of the environment variable named after the security scheme as the bearer
        // token. An admin holds every role, so every operation is reachable.
        builder.environment().put("bearer", platform.token("admin"));
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(PASS_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return List.of(service + " " + pass + ": Specmatic did not finish within " + PASS_TIMEOUT + "; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Report report = Report.read(junit);
        System.out.printf("%s %s: %d Specmatic tests, %d failed, in %d s (%s)%n", service, pass, report.tests(),
                report.failures().size(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), log);

        List<String> problems = new ArrayList<>();
        String where = service + " " + pass + ": ";
        if (report.tests() == 0) {
            problems.add(where + "Specmatic ran no test; see " + log);
        }
        report.failures().stream().limit(40).forEach(failure -> problems.add(where + failure));
        if (report.failures().size() > 40) {
            problems.add(where + "… and " + (report.failures().size() - 40) + " more failures; see " + log);
        }
        problems.addAll(serverErrors(output).stream().map(error -> where + error).toList());
        if (process.exitValue() != 0 && problems.isEmpty()) {
            problems.add(where + "Specmatic exited with " + process.exitValue() + "; see " + log);
        }
        return problems;
    }

    /** Every 5xx answer in the log, with the request that drew it (the last request logged before it). */
    private static List<String> serverErrors(String output) {
        TreeMap<Integer, String> requests = new TreeMap<>();
        Matcher request = REQUEST.matcher(output);
        while (request.find()) {
            requests.put(request.start(), request.group(1));
        }
        List<String> errors = new ArrayList<>();
        Matcher answer = ANSWER.matcher(output);
        while (answer.find()) {
            if (answer.group(1).startsWith("5")) {
                Map.Entry<Integer, String> sent = requests.floorEntry(answer.start());
                errors.add("answered " + answer.group(1) + " to " + (sent == null ? "?" : sent.getValue()));
            }
        }
        if (errors.size() > 40) {
            int more = errors.size() - 40;
            errors = new ArrayList<>(errors.subList(0, 40));
            errors.add("… and " + more + " more 5xx answers");
        }
        return errors;
    }

    private static Path resource(String name) {
        try {
            return Path.of(ProviderConformanceIT.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }

    /** The JUnit report Specmatic writes: how many scenarios ran, and each failed one with its first reason. */
    private record Report(int tests, List<String> failures) {

        static Report read(Path directory) throws IOException {
            if (!Files.isDirectory(directory)) {
                return new Report(0, List.of());
            }
            int tests = 0;
            List<String> failures = new ArrayList<>();
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                    try {
                        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
                        NodeList cases = document.getElementsByTagName("testcase");
                        tests += cases.getLength();
                        for (int i = 0; i < cases.getLength(); i++) {
                            Element testCase = (Element) cases.item(i);
                            for (String kind : List.of("failure", "error")) {
                                NodeList problems = testCase.getElementsByTagName(kind);
                                if (problems.getLength() > 0) {
                                    failures.add(scenario(testCase.getAttribute("name")) + " — "
                                            + reason(problems.item(0).getTextContent()));
                                }
                            }
                        }
                    } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
                        throw new IllegalStateException("unreadable Specmatic report " + file, e);
                    }
                }
            }
            return new Report(tests, failures);
        }

        private static String scenario(String name) {
            int at = name.indexOf("Scenario:");
            return (at < 0 ? name : name.substring(at)).replaceAll("\\s+", " ").strip();
        }

        /** The most telling line of a failure: the mismatch Specmatic states after its rule and summary. */
        private static String reason(String text) {
            List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            for (String line : lines) {
                if (line.startsWith("Specification expected") || line.startsWith("Expected ")
                        || line.contains("but example") || line.contains("but response")) {
                    return line;
                }
            }
            return lines.stream().filter(line -> !line.startsWith("Testing scenario") && !line.startsWith("API:")
                    && !line.startsWith("Reason:")).findFirst().orElse("(no reason given)");
        }
    }
}

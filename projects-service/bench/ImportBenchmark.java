import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test): imports the budget document end to end over HTTP, N times as new documents (the
 * document re-titled for fiscal years first-year, first-year + 1, …, so each import parses, reconciles and stores
 * everything) and N times as a repeat of an imported document (the idempotent answer), and prints the figures.
 *
 * <p>Run with {@code java projects-service/bench/ImportBenchmark.java --url http://localhost:8081
 * --token "$(./platform token admin)" [--runs 20] [--first-year 2100] [--document path]}, or let
 * {@code projects-service/bench/run-import-benchmark.sh} start a throw-away service and run it. The token comes from
 * {@code ./platform token}, the one place scripts sign tokens.
 */
public class ImportBenchmark {

    private static final String SEED_TITLE = "# 上海市松江区2026年区级部门预算";

    public static void main(String[] args) throws Exception {
        String url = "http://localhost:8081";
        String token = null;
        Path document = Path.of("projects-service/src/main/resources/seed/songjiang-zwfw-2026-budget.md");
        int runs = 20;
        int firstYear = 2100;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--token" -> token = args[i + 1];
                case "--document" -> document = Path.of(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--first-year" -> firstYear = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String text = Files.readString(document, StandardCharsets.UTF_8);
        if (!text.contains(SEED_TITLE)) {
            throw new IllegalStateException("the document has no title '" + SEED_TITLE + "' to re-title");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("--token is required: --token \"$(./platform token admin)\"");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        System.out.printf(Locale.ROOT, "Importing %s (%d bytes) into %s, %d runs per phase%n", document,
                text.getBytes(StandardCharsets.UTF_8).length, url, runs);

        List<Double> fresh = new ArrayList<>();
        String last = null;
        for (int i = 0; i < runs; i++) {
            int year = firstYear + i;
            last = text.replace(SEED_TITLE, "# 上海市松江区" + year + "年区级部门预算");
            fresh.add(post(client, url, token, last, 201, year));
        }
        List<Double> repeat = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            repeat.add(post(client, url, token, last, 200, firstYear + runs - 1));
        }
        report("new document (parse + reconcile + store, 43 projects)", fresh);
        report("same document again (idempotent answer)", repeat);
    }

    private static double post(HttpClient client, String url, String token, String text, int expected, int year)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/budget-documents"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/markdown; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != expected) {
            throw new IllegalStateException("fiscal year " + year + ": expected " + expected + " but got "
                    + response.statusCode() + " " + response.body()
                    + (response.statusCode() == 409 ? " (use a fresh service or another --first-year)" : ""));
        }
        return millis;
    }

    private static void report(String phase, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf(Locale.ROOT, "%-55s n=%d  first=%.0f ms  min=%.0f  median=%.0f  p95=%.0f  max=%.0f  "
                        + "mean=%.0f ms%n", phase, sorted.size(), millis.get(0), sorted.get(0), percentile(sorted, 50),
                percentile(sorted, 95), sorted.get(sorted.size() - 1), mean);
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}

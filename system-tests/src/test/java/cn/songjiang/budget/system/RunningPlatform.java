package cn.songjiang.budget.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The three packaged services running together, as a user meets them: each jar started as its own process on
 * a free port, on its own embedded PostgreSQL in a fresh data directory, verifying tokens signed by a key made
 * for this run. Started once per test JVM and stopped when it exits.
 */
public final class RunningPlatform {

    public static final String ISSUER = "budget-platform-local";
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path WORK = Path.of("target", "platform").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static RunningPlatform instance;

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private final PrivateKey signingKey;
    private Integer consolePort;

    private RunningPlatform() throws IOException, InterruptedException {
        deleteRecursively(WORK);
        Files.createDirectories(WORK.resolve("logs"));
        signingKey = makeKeys(WORK.resolve("keys"));
        for (String service : List.of("projects-service", "procurement-service", "payments-service")) {
            ports.put(service, freePort());
        }
        for (String service : ports.keySet()) {
            processes.add(start(service));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        for (String service : ports.keySet()) {
            awaitReady(service);
        }
    }

    /** The platform of this test run, started on first use. */
    public static synchronized RunningPlatform get() {
        if (instance == null) {
            try {
                instance = new RunningPlatform();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    public String projects() {
        return url("projects-service");
    }

    public String procurement() {
        return url("procurement-service");
    }

    public String payments() {
        return url("payments-service");
    }

    /**
     * The console's URL, started on first use (only the browser tests need it): the packaged console on a free
     * port, signing its users' tokens with this run's key and calling the three services above.
     */
    public synchronized String console() {
        if (consolePort == null) {
            try {
                int port = freePort();
                ports.put("console", port);
                processes.add(start("console"));
                awaitReady("console");
                consolePort = port;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return url("console");
    }

    /** A token for a demo user holding one role, signed RS256 as `./platform token` signs it. */
    public String token(String role) {
        long now = Instant.now().getEpochSecond();
        String header = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String payload = base64Url(String.format(
                "{\"iss\":\"%s\",\"sub\":\"e2e-%s\",\"upn\":\"e2e-%s\",\"groups\":[\"%s\"],\"iat\":%d,\"exp\":%d}",
                ISSUER, role, role, role, now, now + 7200));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(signingKey);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public static Path repositoryRoot() {
        return ROOT;
    }

    private Process start(String service) throws IOException {
        Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw package first");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-Dbudget.data-dir=" + WORK.resolve("data"),
                "-Dquarkus.http.port=" + ports.get(service),
                "-Dmp.jwt.verify.publickey.location=" + WORK.resolve("keys/public.pem").toUri(),
                "-Dquarkus.rest-client.projects.url=" + projects(),
                "-Dquarkus.rest-client.procurement.url=" + procurement()));
        if (service.equals("console")) {
            command.add("-Dquarkus.rest-client.payments.url=" + payments());
            command.add("-Dconsole.local.private-key=" + WORK.resolve("keys/private.pem"));
        }
        command.add("-jar");
        command.add(jar.toString());
        return new ProcessBuilder(command)
                .directory(WORK.toFile())
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("logs").resolve(service + ".log").toFile())
                .start();
    }

    private void awaitReady(String service) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service + " not ready after " + START_TIMEOUT + "; see "
                + WORK.resolve("logs").resolve(service + ".log"));
    }

    private void stop() {
        // SIGTERM: each JVM's shutdown hook stops its embedded PostgreSQL.
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static PrivateKey makeKeys(Path directory) throws IOException {
        try {
            Files.createDirectories(directory);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(directory.resolve("public.pem"), "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
            // The console signs its users' tokens with it, as with ./platform's data/keys/private.pem.
            Files.writeString(directory.resolve("private.pem"), "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n", StandardCharsets.US_ASCII);
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pair.getPrivate().getEncoded()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

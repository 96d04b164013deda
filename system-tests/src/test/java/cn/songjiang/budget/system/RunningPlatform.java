package cn.songjiang.budget.system;

import cn.songjiang.budget.support.testing.TestTokens;
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
 * a free port, each on its own PostgreSQL in a fresh data directory (the embedded servers of local-database, one
 * process beside the services, as {@code ./platform} runs them), verifying tokens signed by a key made for this run
 * ({@link #get()}) or, started with {@link #withIssuer}, tokens of an external issuer such as Keycloak. Started once
 * per test JVM and stopped when it exits.
 */
public final class RunningPlatform {

    public static final String ISSUER = "budget-platform-local";
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path WORK = Path.of("target", "platform").toAbsolutePath();
    // Generous: on a 2-core machine shared with other builds a service has taken over 3 minutes to start.
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final List<String> SERVICES = List.of("projects-service", "procurement-service", "payments-service");
    private static RunningPlatform instance;

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private final List<Process> processes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Process databases;
    private final PrivateKey signingKey;
    private final Map<String, String> issuerEnvironment;
    private Integer consolePort;
    private Map<String, String> consoleSettings;

    private RunningPlatform(Map<String, String> issuerEnvironment) throws IOException, InterruptedException {
        this.issuerEnvironment = Map.copyOf(issuerEnvironment);
        deleteRecursively(WORK);
        Files.createDirectories(WORK.resolve("logs"));
        signingKey = makeKeys(WORK.resolve("keys"));
        databases = startDatabases();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        awaitDatabases();
        for (String service : SERVICES) {
            ports.put(service, freePort());
            managementPorts.put(service, freePort());
        }
        for (String service : ports.keySet()) {
            processes.add(start(service, ports.get(service), managementPorts.get(service), service + ".log",
                    Map.of()));
        }
        for (String service : ports.keySet()) {
            awaitReady(service);
        }
    }

    /** The platform of this test run, verifying tokens of its own key, started on first use. */
    public static synchronized RunningPlatform get() {
        return start(Map.of());
    }

    /**
     * The platform of this test run started as {@code ./platform} starts it, with the local key's setting, under
     * an environment that names an external issuer ({@code MP_JWT_VERIFY_*}, {@code SMALLRYE_JWT_*}). The
     * services get the environment {@code ./platform env} prints for it, so the deployment's variables must win
     * over the platform's own.
     */
    public static synchronized RunningPlatform withIssuer(Map<String, String> issuerEnvironment) {
        return start(issuerEnvironment);
    }

    private static RunningPlatform start(Map<String, String> issuerEnvironment) {
        if (instance != null && !instance.issuerEnvironment.equals(issuerEnvironment)) {
            throw new IllegalStateException("this JVM's platform runs with other token settings");
        }
        if (instance == null) {
            try {
                instance = new RunningPlatform(issuerEnvironment);
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

    /** Health and metrics of a service: its management interface, not its API port. */
    public String managementUrl(String service) {
        return "http://localhost:" + managementPorts.get(service);
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
        return startConsole(Map.of());
    }

    /**
     * The console signing its users in at an OIDC provider instead (authorization-code flow as the confidential
     * client {@code clientId}), started on first use with the settings {@code ./platform up --keycloak} gives it.
     */
    public synchronized String consoleSigningInAt(String authServerUrl, String clientId, String secret) {
        return startConsole(Map.of("console.sign-in", "oidc", "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", authServerUrl, "quarkus.oidc.client-id", clientId,
                "quarkus.oidc.credentials.secret", secret));
    }

    private String startConsole(Map<String, String> settings) {
        if (consolePort == null) {
            try {
                int port = freePort();
                ports.put("console", port);
                managementPorts.put("console", freePort());
                processes.add(start("console", port, managementPorts.get("console"), "console.log", settings));
                awaitReady("console");
                consolePort = port;
                consoleSettings = Map.copyOf(settings);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } else if (!consoleSettings.equals(settings)) {
            throw new IllegalStateException("this JVM's console runs with other sign-in settings");
        }
        return url("console");
    }

    /** A token for a demo user holding one role, signed RS256 with the platform's key as `./platform token` signs it. */
    public String token(String role) {
        return TestTokens.signed(signingKey, ISSUER, "e2e-" + role, Duration.ofHours(2), role);
    }

    public static Path repositoryRoot() {
        return ROOT;
    }

    /** The folder of this platform (keys/, data/, logs/), what ./platform calls its data folder. */
    public static Path workDirectory() {
        return WORK;
    }

    /** Where a service of the platform keeps its embedded database. */
    public Path databaseDirectory(String service) {
        return WORK.resolve("data").resolve(service).resolve("postgres");
    }

    /**
     * One more process of a service beside the platform's, as a fault test needs it: its own ports, the same
     * database as the platform's instance (as any number of instances of a service share theirs), the platform's
     * key, and the given settings over the platform's (e.g. a provider URL). Stopped with the platform.
     */
    public Started startAnother(String service, String name, Map<String, String> settings)
            throws IOException, InterruptedException {
        int port = freePort();
        int managementPort = freePort();
        Process process = start(service, port, managementPort, service + "-" + name + ".log", settings);
        processes.add(process);
        awaitReady(service, "http://localhost:" + managementPort);
        return new Started("http://localhost:" + port, process);
    }

    /** A service process started by {@link #startAnother}. */
    public record Started(String url, Process process) {
    }

    /**
     * The local databases of the three services, as {@code ./platform} starts them: one process of
     * local-database.jar, one embedded server per service under {@code target/platform/data/<service>/}.
     */
    private static Process startDatabases() throws IOException {
        Path jar = ROOT.resolve("local-database/target/local-database.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw package first");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-XX:+UseSerialGC",
                "-jar", jar.toString(), WORK.resolve("data").toString()));
        command.addAll(SERVICES);
        return new ProcessBuilder(command)
                .directory(WORK.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("logs").resolve("databases.log").toFile())
                .start();
    }

    /** Waits until every service's server accepts connections: local-database has written its URL file. */
    private void awaitDatabases() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        for (String service : SERVICES) {
            while (!Files.exists(databaseFolder(service).resolve("postgres-url"))) {
                if (!databases.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the local databases did not start; see "
                            + WORK.resolve("logs/databases.log"));
                }
                Thread.sleep(200);
            }
        }
    }

    private static Path databaseFolder(String service) {
        return WORK.resolve("data").resolve(service);
    }

    private Process start(String service, int port, int managementPort, String log, Map<String, String> settings)
            throws IOException {
        Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw package first");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.http.port", Integer.toString(port));
        properties.put("quarkus.management.port", Integer.toString(managementPort));
        properties.put("quarkus.rest-client.projects.url", projects());
        properties.put("quarkus.rest-client.procurement.url", procurement());
        properties.putAll(settings);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        if (service.equals("console")) {
            command.add("-Dquarkus.rest-client.payments.url=" + payments());
            if (!settings.containsKey("console.sign-in")) {
                command.add("-Dconsole.local.private-key=" + WORK.resolve("keys/private.pem"));
            }
        }
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(WORK.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("logs").resolve(log).toFile());
        builder.environment().keySet().removeIf(RunningPlatform::isTokenSetting);
        if (issuerEnvironment.isEmpty()) {
            builder.environment().put("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                    WORK.resolve("keys/public.pem").toUri().toString());
        } else {
            builder.environment().putAll(platformEnvironment(issuerEnvironment));
        }
        builder.environment().keySet().removeIf(variable -> variable.startsWith("QUARKUS_DATASOURCE_"));
        if (SERVICES.contains(service)) {
            // In the environment, as ./platform and a deployment give them, never on the command line.
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL",
                    Files.readString(databaseFolder(service).resolve("postgres-url"), StandardCharsets.US_ASCII)
                            .strip());
            builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            builder.environment().put("QUARKUS_DATASOURCE_PASSWORD",
                    Files.readString(databaseFolder(service).resolve("postgres-password"), StandardCharsets.US_ASCII)
                            .strip());
        }
        return builder.start();
    }

    private static boolean isTokenSetting(String variable) {
        return variable.startsWith("MP_JWT_") || variable.startsWith("SMALLRYE_JWT_");
    }

    /** The token settings {@code ./platform env} gives the services when the caller's environment is this one. */
    static Map<String, String> platformEnvironment(Map<String, String> callerEnvironment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("platform").toString(), "env")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(RunningPlatform::isTokenSetting);
        builder.environment().putAll(callerEnvironment);
        Process process = builder.start();
        Map<String, String> settings = new LinkedHashMap<>();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException("./platform env failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        output.lines().filter(line -> line.contains("=")).forEach(line ->
                settings.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return settings;
    }

    private void awaitReady(String service) throws InterruptedException {
        awaitReady(service, managementUrl(service));
    }

    private static void awaitReady(String service, String url) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service + " at " + url + " not ready after " + START_TIMEOUT + "; see "
                + WORK.resolve("logs"));
    }

    private void stop() {
        processes.forEach(Process::destroy);
        processes.forEach(RunningPlatform::awaitExit);
        // The databases last (SIGTERM): their process stops every server (fast shutdown) before it exits.
        databases.destroy();
        awaitExit(databases);
    }

    private static void awaitExit(Process process) {
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
            // On disk as ./platform keeps it: the console signs its users' tokens with it, and scripts run with
            // PLATFORM_DATA=<work> sign theirs.
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

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
 * ({@link #get()}) or, started with {@link #withIssuer}, tokens of an external issuer such as Keycloak. Started with
 * {@link #replicated}, each service runs as several instances on the same database behind the HAProxy gateway
 * (deploy/haproxy), as {@code ./platform up --replicas N} runs it, and {@link #url} is the gateway's. Started once
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
    private final int replicas;
    private final Map<String, List<Instance>> instances = new LinkedHashMap<>();
    private final List<Process> processes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Process databases;
    private final PrivateKey signingKey;
    private final Map<String, String> issuerEnvironment;
    private Integer consolePort;
    private Map<String, String> consoleSettings;

    private RunningPlatform(Map<String, String> issuerEnvironment, int replicas)
            throws IOException, InterruptedException {
        this.issuerEnvironment = Map.copyOf(issuerEnvironment);
        this.replicas = replicas;
        deleteRecursively(WORK);
        Files.createDirectories(WORK.resolve("logs"));
        signingKey = makeKeys(WORK.resolve("keys"));
        databases = startDatabases();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        awaitDatabases();
        if (replicas == 1) {
            for (String service : SERVICES) {
                ports.put(service, freePort());
                managementPorts.put(service, freePort());
            }
            for (String service : SERVICES) {
                Process process = start(service, ports.get(service), managementPorts.get(service), service + ".log",
                        Map.of());
                processes.add(process);
                instances.put(service, List.of(new Instance(service, ports.get(service),
                        managementPorts.get(service), process)));
            }
        } else {
            startReplicas();
        }
        for (String service : SERVICES) {
            for (Instance started : instances.get(service)) {
                awaitReady(started.name(), started.managementUrl());
            }
        }
    }

    /**
     * {@link #replicas} instances of each service, each on its own ports and all on the service's one database, and
     * the gateway in front of them on the service's public port: deploy/haproxy/haproxy.cfg with the instances
     * named one by one (local-backends.sh), as {@code ./platform up --replicas N} starts it. The services call each
     * other through the gateway too. The per-client limit is set out of reach: every request of a test comes from
     * one address (GatewayTest shows the 429).
     */
    private void startReplicas() throws IOException {
        for (String service : SERVICES) {
            ports.put(service, freePort());
            List<Instance> started = new ArrayList<>();
            for (int k = 1; k <= replicas; k++) {
                started.add(new Instance(service + "-" + k, freePort(), freePort(), null));
            }
            instances.put(service, started);
            managementPorts.put(service, started.get(0).managementPort());
        }
        List<String> backends = new ArrayList<>(List.of("bash",
                ROOT.resolve("deploy/haproxy/local-backends.sh").toString()));
        for (String service : SERVICES) {
            backends.add(backendOf(service) + "=" + String.join(",", instances.get(service).stream()
                    .map(i -> "127.0.0.1:" + i.port() + "/" + i.managementPort()).toList()));
        }
        Path servers = WORK.resolve("haproxy-backends.cfg");
        Process written = new ProcessBuilder(backends).redirectOutput(servers.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            if (written.waitFor() != 0) {
                throw new IllegalStateException("local-backends.sh failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        ProcessBuilder gateway = new ProcessBuilder(haproxy(), "-db",
                "-f", ROOT.resolve("deploy/haproxy/haproxy.cfg").toString(), "-f", servers.toString())
                .directory(WORK.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("logs").resolve("haproxy.log").toFile());
        gateway.environment().put("GATEWAY_SERVERS_FILE", servers.toString());
        gateway.environment().put("GATEWAY_ADDRESS", "127.0.0.1");
        gateway.environment().put("GATEWAY_RATE_LIMIT", "1000000");
        gateway.environment().put("GATEWAY_RETRY_AFTER", "10");
        for (String service : SERVICES) {
            gateway.environment().put(backendOf(service).toUpperCase(java.util.Locale.ROOT) + "_PORT",
                    Integer.toString(ports.get(service)));
        }
        processes.add(gateway.start());
        for (String service : SERVICES) {
            List<Instance> started = new ArrayList<>();
            for (Instance planned : instances.get(service)) {
                Process process = start(service, planned.port(), planned.managementPort(), planned.name() + ".log",
                        Map.of());
                processes.add(process);
                started.add(new Instance(planned.name(), planned.port(), planned.managementPort(), process));
            }
            instances.put(service, List.copyOf(started));
        }
    }

    private static String backendOf(String service) {
        return service.substring(0, service.indexOf('-'));
    }

    /** Debian installs HAProxy in /usr/sbin, which a user's PATH may lack. */
    private static String haproxy() {
        String path = System.getenv().getOrDefault("PATH", "") + java.io.File.pathSeparator + "/usr/sbin";
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, "haproxy");
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException(
                "haproxy is missing: install it (Debian/Ubuntu: apt-get install haproxy; macOS: brew install haproxy)");
    }

    /** One process of a service: its own API and management ports; {@code name} is its log's name. */
    public record Instance(String name, int port, int managementPort, Process process) {

        public String url() {
            return "http://localhost:" + port;
        }

        public String managementUrl() {
            return "http://localhost:" + managementPort;
        }
    }

    /** The processes of a service: one, or {@link #replicated}'s instances behind the gateway. */
    public List<Instance> instances(String service) {
        return instances.get(service);
    }

    /** The platform of this test run, verifying tokens of its own key, started on first use. */
    public static synchronized RunningPlatform get() {
        return start(Map.of(), instance == null ? 1 : instance.replicas);
    }

    /**
     * The platform of this test run with {@code replicas} instances of each service behind the gateway, verifying
     * tokens of its own key, started on first use; {@link #get()} returns it afterwards.
     */
    public static synchronized RunningPlatform replicated(int replicas) {
        return start(Map.of(), replicas);
    }

    /**
     * The platform of this test run started as {@code ./platform} starts it, with the local key's setting, under
     * an environment that names an external issuer ({@code MP_JWT_VERIFY_*}, {@code SMALLRYE_JWT_*}). The
     * services get the environment {@code ./platform env} prints for it, so the deployment's variables must win
     * over the platform's own.
     */
    public static synchronized RunningPlatform withIssuer(Map<String, String> issuerEnvironment) {
        return start(issuerEnvironment, 1);
    }

    private static RunningPlatform start(Map<String, String> issuerEnvironment, int replicas) {
        if (instance != null && !instance.issuerEnvironment.equals(issuerEnvironment)) {
            throw new IllegalStateException("this JVM's platform runs with other token settings");
        }
        if (instance != null && instance.replicas != replicas) {
            throw new IllegalStateException("this JVM's platform runs " + instance.replicas + " instances of each service");
        }
        if (instance == null) {
            try {
                instance = new RunningPlatform(issuerEnvironment, replicas);
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

package cn.songjiang.budget.system;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak 26 with the committed realm ({@code keycloak/budget-realm.json}), as {@code ./platform up
 * --keycloak} runs it: {@code kc.sh start-dev --import-realm} on a free port, with a fixed hostname so every token
 * carries the same {@code iss}. The distribution is unpacked by Maven into {@code target/keycloak/} (see this
 * module's pom); each test JVM starts it once with a fresh database and stops it when the JVM exits.
 */
public final class RunningKeycloak {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "budget";
    /** The public client API callers use for the password grant; tokens carry it as their audience. */
    public static final String API_CLIENT = "budget-platform";
    /** The console's confidential client and its development secret (deployments replace it). */
    public static final String CONSOLE_CLIENT = "budget-console";
    public static final String CONSOLE_SECRET = "budget-console-dev-secret";
    /** The roles of the realm, each with one demo user {@code <role>1} whose password is {@code <role>1-demo}. */
    public static final List<String> ROLES = List.of("admin", "pm", "procurement", "finance", "viewer");

    private static final Path HOME = Path.of("target", "keycloak", "keycloak-" + VERSION).toAbsolutePath();
    private static final Path REALM_FILE = RunningPlatform.repositoryRoot().resolve("keycloak/budget-realm.json");
    private static final String MASTER_ADMIN = "admin";
    private static final String MASTER_PASSWORD = "system-tests-admin";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    private static RunningKeycloak instance;

    private final int port;
    private final Process process;
    private final Path log;

    private RunningKeycloak() throws IOException, InterruptedException {
        if (!Files.exists(HOME.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(HOME + " is missing: the system-tests build unpacks it ("
                    + "./mvnw -pl system-tests verify)");
        }
        port = freePort();
        // A fresh database each run: the realm is imported from the committed file, never from an earlier run.
        RunningPlatform.deleteRecursively(HOME.resolve("data"));
        Files.createDirectories(HOME.resolve("data/import"));
        Files.copy(REALM_FILE, HOME.resolve("data/import/budget-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        log = HOME.resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder("bash", HOME.resolve("bin/kc.sh").toString(), "start-dev",
                "--import-realm", "--http-port=" + port, "--hostname=" + url())
                .directory(HOME.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", MASTER_ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", MASTER_PASSWORD);
        builder.environment().remove("BUDGET_CONSOLE_SECRET");
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        awaitRealm();
    }

    /** The Keycloak of this test JVM, started on first use. */
    public static synchronized RunningKeycloak get() {
        if (instance == null) {
            try {
                instance = new RunningKeycloak();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** Keycloak's base URL, also its fixed hostname. */
    public String url() {
        return "http://localhost:" + port;
    }

    public String realm() {
        return REALM;
    }

    /** The {@code iss} of the realm's tokens. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public String jwks() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** The environment with which a service verifies this realm's tokens (README, production section). */
    public Map<String, String> serviceEnvironment() {
        return Map.of(
                "MP_JWT_VERIFY_ISSUER", issuer(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwks(),
                "SMALLRYE_JWT_PATH_GROUPS", "realm_access/roles",
                "MP_JWT_VERIFY_AUDIENCES", API_CLIENT);
    }

    /** An access token of a realm user, fetched as an API client does: password grant on the public client. */
    public String token(String user, String password) {
        return passwordGrant(REALM, API_CLIENT, user, password);
    }

    /** The access token of the demo user of a role ({@code <role>1}). */
    public String tokenForRole(String role) {
        return token(role + "1", role + "1-demo");
    }

    /** A valid token of the same Keycloak's master realm (its administrator): a token of another issuer. */
    public String masterRealmToken() {
        return passwordGrant("master", "admin-cli", MASTER_ADMIN, MASTER_PASSWORD);
    }

    /**
     * Lets the console's client redirect to a console started on another address than the realm file's
     * {@code http://localhost:8080} (a test's free port): adds {@code <consoleUrl>/*} to its redirect and
     * post-logout redirect URIs through the admin API.
     */
    @SuppressWarnings("unchecked")
    public void allowConsoleAt(String consoleUrl) {
        String admin = masterRealmToken();
        Map<String, Object> client = given().baseUri(url()).auth().oauth2(admin)
                .queryParam("clientId", CONSOLE_CLIENT)
                .get("/admin/realms/" + REALM + "/clients")
                .then().statusCode(200)
                .extract().path("[0]");
        List<String> redirects = new java.util.ArrayList<>((List<String>) client.get("redirectUris"));
        redirects.add(consoleUrl + "/*");
        client.put("redirectUris", redirects);
        Map<String, Object> attributes = new java.util.HashMap<>((Map<String, Object>) client.get("attributes"));
        attributes.merge("post.logout.redirect.uris", consoleUrl + "/*", (old, added) -> old + "##" + added);
        client.put("attributes", attributes);
        given().baseUri(url()).auth().oauth2(admin).contentType("application/json").body(client)
                .put("/admin/realms/" + REALM + "/clients/" + client.get("id"))
                .then().statusCode(204);
    }

    /** The console client's redirect URIs as Keycloak holds them now. */
    public List<String> consoleRedirects() {
        return given().baseUri(url()).auth().oauth2(masterRealmToken())
                .queryParam("clientId", CONSOLE_CLIENT)
                .get("/admin/realms/" + REALM + "/clients")
                .then().statusCode(200)
                .extract().path("[0].redirectUris");
    }

    /** How many Keycloak sessions (sign-ins not yet ended) a realm user has now. */
    public int sessionsOf(String username) {
        String admin = masterRealmToken();
        String id = given().baseUri(url()).auth().oauth2(admin)
                .queryParam("username", username).queryParam("exact", true)
                .get("/admin/realms/" + REALM + "/users")
                .then().statusCode(200)
                .extract().path("[0].id");
        List<Object> sessions = given().baseUri(url()).auth().oauth2(admin)
                .get("/admin/realms/" + REALM + "/users/" + id + "/sessions")
                .then().statusCode(200)
                .extract().path("$");
        return sessions.size();
    }

    private String passwordGrant(String realm, String client, String user, String password) {
        return given().baseUri(url())
                .formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("username", user)
                .formParam("password", password)
                .post("/realms/" + realm + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private void awaitRealm() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(discovery).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Keycloak not ready after " + START_TIMEOUT + "; see " + log);
    }

    private void stop() {
        // kc.sh forwards SIGTERM to its JVM
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

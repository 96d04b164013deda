package cn.songjiang.budget.support.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A stub of another service generated from its committed OpenAPI document (Prism's mock server, from
 * {@code api-checks/}), so a consumer's REST client is tested against the provider's contract and nothing
 * else. Prism answers with the document's examples and refuses requests without the bearer token, so these
 * tests also prove the caller's token is forwarded.
 *
 * <p>Arguments: {@code provider} (e.g. {@code projects-service}) and {@code configKey} (the REST client's key).
 */
public class ProviderStubResource implements QuarkusTestResourceLifecycleManager {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private String provider;
    private String configKey;
    private Process prism;

    @Override
    public void init(Map<String, String> args) {
        provider = args.get("provider");
        configKey = args.get("configKey");
    }

    @Override
    public Map<String, String> start() {
        Path root = repositoryRoot();
        Path tools = root.resolve("api-checks");
        Path document = root.resolve(provider).resolve("openapi/openapi.yaml");
        try {
            Path prismCommand = tools.resolve("node_modules/.bin/prism");
            if (!Files.isExecutable(prismCommand)) {
                throw new IllegalStateException(prismCommand + " is missing: the build installs it (api-checks/install);"
                        + " run ./mvnw from the repository root with -am, or api-checks/install by hand");
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = Files.createDirectories(Path.of("target")).resolve("prism-" + provider + ".log");
            // Never the test JVM's own streams: surefire talks to its fork over them.
            prism = new ProcessBuilder(prismCommand.toString(), "mock", "--errors",
                    "-h", "127.0.0.1", "-p", Integer.toString(port), document.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            awaitListening(port, log);
            return Map.of("quarkus.rest-client." + configKey + ".url", "http://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (prism != null) {
            prism.descendants().forEach(ProcessHandle::destroy);
            prism.destroy();
        }
    }

    private void awaitListening(int port, Path log) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!prism.isAlive()) {
                throw new IllegalStateException("The stub of " + provider + " stopped; see " + log.toAbsolutePath());
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("The stub of " + provider + " did not start; see " + log.toAbsolutePath());
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("api-checks"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("api-checks/ not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}

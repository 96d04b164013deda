package cn.songjiang.budget.console;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The three services as one WireMock server that each test stubs with the answers it needs, and a local signing
 * key for local sign-in (its public half under {@code target/console-test-keys/public.pem}, to verify the tokens
 * the console forwards).
 */
public class ProviderStubs implements QuarkusTestResourceLifecycleManager {

    public static final Path KEYS = Path.of("target", "console-test-keys").toAbsolutePath();

    /** Marks the test's {@link WireMockServer} field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Stubs {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        String url = "http://localhost:" + server.port();
        return Map.of(
                "quarkus.rest-client.projects.url", url,
                "quarkus.rest-client.procurement.url", url,
                "quarkus.rest-client.payments.url", url,
                "console.local.private-key", privateKey().toString());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(Stubs.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static synchronized Path privateKey() {
        Path key = KEYS.resolve("private.pem");
        if (Files.exists(key)) {
            return key;
        }
        try {
            Files.createDirectories(KEYS);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(key, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(KEYS.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                    StandardCharsets.US_ASCII);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }
}

package cn.songjiang.budget.support.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The services a service calls, as WireMock servers: one per REST client, each on a free port, with the client's
 * {@code quarkus.rest-client.<key>.url} pointing at it. A subclass names the clients and primes each server with
 * what every test needs; tests drive the servers through {@link ProviderDouble#of(String)}, over WireMock's admin
 * API, since a test and the application under test may not share a class loader.
 */
public abstract class WireMockProviders implements QuarkusTestResourceLifecycleManager {

    /** An address, not {@code localhost}, which may name IPv6 first where the server listens on IPv4 only. */
    private static final String HOST = "127.0.0.1";

    private final List<String> clients;
    private final List<WireMockServer> servers = new ArrayList<>();

    protected WireMockProviders(String... clients) {
        this.clients = List.of(clients);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(config());
        for (String client : clients) {
            WireMockServer server = new WireMockServer(options().bindAddress(HOST).dynamicPort()
                    .extensions(extensions()));
            server.start();
            servers.add(server);
            ProviderDouble provider = new ProviderDouble(server);
            provider.answerUnknownPathsWith404();
            prime(client, provider);
            config.put("quarkus.rest-client." + client + ".url", "http://" + HOST + ":" + server.port());
        }
        return config;
    }

    @Override
    public void stop() {
        servers.forEach(WireMockServer::stop);
        servers.clear();
    }

    /** What every test of the module finds in the provider of that client from the start. */
    protected void prime(String client, ProviderDouble provider) {
    }

    /** WireMock extensions the stubs use (e.g. a response transformer). */
    protected Extension[] extensions() {
        return new Extension[0];
    }

    /** Further configuration of the application under test (e.g. shorter read timeouts). */
    protected Map<String, String> config() {
        return Map.of();
    }
}

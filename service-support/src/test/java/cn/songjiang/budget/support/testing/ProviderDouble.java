package cn.songjiang.budget.support.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.HttpAdminClient;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * One provider started by {@link WireMockProviders}, seen from a test: serves JSON documents, goes down (503),
 * answers one status to everything, answers slowly, refuses calls without a bearer token, and counts the calls to
 * its API. The switches are stubs that take precedence over the documents; {@link #up()} removes them.
 */
public final class ProviderDouble {

    /** A switched state answers before the token guard, the guard before the documents, documents before 404. */
    private static final int SWITCHED = 1;
    private static final int GUARD = 2;
    public static final int DOCUMENT = 5;
    public static final int UNKNOWN = 10;
    private static final String ROLE = "role";
    private static final UrlPattern API = urlPathMatching("/api/.*");

    private static final Map<String, ProviderDouble> BY_URL = new ConcurrentHashMap<>();

    private final Admin admin;
    private final WireMock wireMock;

    ProviderDouble(Admin admin) {
        this.admin = admin;
        this.wireMock = new WireMock(admin);
    }

    /** The provider behind the REST client of that configuration key. */
    public static ProviderDouble of(String client) {
        String url = ConfigProvider.getConfig().getValue("quarkus.rest-client." + client + ".url", String.class);
        return BY_URL.computeIfAbsent(url, key -> {
            URI uri = URI.create(key);
            return new ProviderDouble(new HttpAdminClient(uri.getHost(), uri.getPort()));
        });
    }

    /** WireMock itself, for stubs this class has no word for. */
    public WireMock wireMock() {
        return wireMock;
    }

    /** {@code GET path} answers 200 with this JSON document; the newest document of a path wins. */
    public void serve(String path, String json) {
        serve(path, json, Map.of());
    }

    /** The same, with metadata by which the test finds the stub again ({@link WireMock#findAllStubsByMetadata}). */
    public void serve(String path, String json, Map<String, ?> metadata) {
        stub(get(urlPathEqualTo(path)).atPriority(DOCUMENT).willReturn(okForContentType("application/json", json)),
                metadata);
    }

    /** Registers a stub with metadata; {@link #DOCUMENT} and {@link #UNKNOWN} are the priorities around it. */
    public void stub(MappingBuilder mapping, Map<String, ?> metadata) {
        wireMock.register(mapping.withMetadata(metadata));
    }

    /** Every call to the API answers 503 with a problem, until {@link #up()}. */
    public void down() {
        answer(503);
    }

    /** Every call to the API answers this status with a problem, until {@link #up()}. */
    public void answer(int status) {
        wireMock.register(any(API).atPriority(SWITCHED)
                .willReturn(problem(status, "The provider answers " + status + " (test double)"))
                .withMetadata(Map.of(ROLE, "switch")));
    }

    /** Every answer comes only after this delay, until {@link #up()}. */
    public void slow(Duration delay) {
        wireMock.setGlobalFixedDelayVariable((int) delay.toMillis());
    }

    /** Undoes {@link #down()}, {@link #answer(int)} and {@link #slow(Duration)}. */
    public void up() {
        wireMock.removeStubsByMetadataPattern(matchingJsonPath("$." + ROLE, equalTo("switch")));
        wireMock.setGlobalFixedDelayVariable(0);
    }

    /** Calls without a bearer token answer 401, as the services do (the state a provider starts in is open). */
    public void requireBearerToken() {
        Map<String, String> guard = Map.of(ROLE, "guard");
        ResponseDefinitionBuilder refusal = problem(401, "A valid bearer token is required");
        wireMock.register(any(API).atPriority(GUARD).withHeader("Authorization", absent()).willReturn(refusal)
                .withMetadata(guard));
        wireMock.register(any(API).atPriority(GUARD).withHeader("Authorization", notMatching("Bearer .+"))
                .willReturn(refusal).withMetadata(guard));
    }

    /** Undoes {@link #requireBearerToken()}: for tests that call a client outside an HTTP request. */
    public void acceptCallsWithoutToken() {
        wireMock.removeStubsByMetadataPattern(matchingJsonPath("$." + ROLE, equalTo("guard")));
    }

    /** How many calls to its API the provider has received since it started, answered or not. */
    public int hits() {
        return admin.countRequestsMatching(anyRequestedFor(API).build()).getCount();
    }

    /** An RFC 9457 problem of that status, as the services answer. */
    public static ResponseDefinitionBuilder problem(int status, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:budget:problem:test-double\",\"title\":\"Test double\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
    }

    void answerUnknownPathsWith404() {
        wireMock.register(any(urlPathMatching("/.*")).atPriority(UNKNOWN).willReturn(problem(404, "No such resource")));
    }
}

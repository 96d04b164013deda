package cn.songjiang.budget.payments.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import cn.songjiang.budget.support.testing.ProviderDouble;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;

/**
 * Registers provider documents in the {@link ProviderDoubles} and switches providers down and up. A registered
 * project is also listed in its fiscal year's project list ({@code GET /api/v1/projects?fiscalYear=}).
 */
public final class Stubs {

    public static final String PROJECTS = "projects";
    public static final String PROCUREMENT = "procurement";
    static final String PROJECT_LIST = "/api/v1/projects";
    private static final String LISTED_IN = "listedInYear";
    private static final String LIST_OF = "listOfYear";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private Stubs() {
    }

    public static void put(TestProject project) {
        ProviderDouble projects = ProviderDouble.of(PROJECTS);
        String year = Integer.toString(project.fiscalYear);
        projects.serve(PROJECT_LIST + "/" + project.id, write(project.toJson()), Map.of(LISTED_IN, year));
        relist(projects, year);
    }

    public static void put(TestContract contract) {
        putContract(contract.id, contract.toJson());
    }

    static void putContract(long id, Object json) {
        ProviderDouble.of(PROCUREMENT).serve("/api/v1/contracts/" + id, write(json));
    }

    /** The provider answers 503 to everything. */
    public static void down(String service) {
        ProviderDouble.of(service).down();
    }

    /** The provider answers, but only after 5 seconds. */
    public static void slow(String service) {
        ProviderDouble.of(service).slow(Duration.ofSeconds(5));
    }

    /** The provider answers every call with this status and a problem body. */
    public static void answer(String service, int status) {
        ProviderDouble.of(service).answer(status);
    }

    public static void up(String service) {
        ProviderDouble.of(service).up();
    }

    /** How many calls to its API the provider has received since it started. */
    public static int hits(String service) {
        return ProviderDouble.of(service).hits();
    }

    /** Replaces the year's list of the department's projects with every project registered in that year. */
    private static void relist(ProviderDouble projects, String year) {
        ObjectNode list = JSON.createObjectNode();
        ArrayNode items = list.putArray("items");
        projects.wireMock().findAllStubsByMetadata(matchingJsonPath("$." + LISTED_IN, equalTo(year))).stream()
                .map(StubMapping::getResponse).map(response -> read(response.getBody()))
                .sorted(Comparator.comparingLong(project -> project.get("id").asLong()))
                .forEach(items::add);
        projects.wireMock().removeStubsByMetadataPattern(matchingJsonPath("$." + LIST_OF, equalTo(year)));
        projects.stub(get(urlPathEqualTo(PROJECT_LIST)).atPriority(ProviderDouble.DOCUMENT)
                .withQueryParam("fiscalYear", equalTo(year))
                .withQueryParam("departmentCode", equalTo(TestProject.DEPARTMENT))
                .willReturn(okForContentType("application/json", write(list)).withTransformers(ProjectPages.NAME)),
                Map.of(LIST_OF, year));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

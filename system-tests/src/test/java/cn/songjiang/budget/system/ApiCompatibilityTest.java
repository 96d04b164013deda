package cn.songjiang.budget.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * No committed API breaks its consumers silently: each service's document is compared with every released
 * document committed beside it ({@code <service>/openapi/released/<version>.json}); an incompatible change fails
 * unless the API's major version went up. A service without a released document fails: there must always be
 * something to compare with, whether or not the clone carries git tags.
 */
class ApiCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "procurement-service", "payments-service"})
    void committedDocumentIsCompatibleWithEveryRelease(String service) throws Exception {
        Path openapi = RunningPlatform.repositoryRoot().resolve(service).resolve("openapi");
        String current = Files.readString(openapi.resolve("openapi.json"), StandardCharsets.UTF_8);
        List<Path> releases = releasedDocuments(openapi.resolve("released"));
        assertFalse(releases.isEmpty(), service + " has no released document under " + openapi.resolve("released"));

        for (Path release : releases) {
            String released = Files.readString(release, StandardCharsets.UTF_8);
            ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
            if (diff.isIncompatible()) {
                assertTrue(majorVersion(current) > majorVersion(released),
                        service + " breaks the API of release " + release.getFileName() + " without a new major "
                                + "version: missing " + diff.getMissingEndpoints() + ", changed "
                                + diff.getChangedOperations().stream().filter(op -> op.isIncompatible())
                                .map(op -> op.getHttpMethod() + " " + op.getPathUrl()).toList());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "procurement-service", "payments-service"})
    void releasedDocumentIsNamedAfterItsVersion(String service) throws IOException {
        for (Path release : releasedDocuments(RunningPlatform.repositoryRoot().resolve(service).resolve("openapi")
                .resolve("released"))) {
            String version = JSON.readTree(Files.readString(release, StandardCharsets.UTF_8)).path("info")
                    .path("version").asText();
            assertEquals(version + ".json", release.getFileName().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "procurement-service", "payments-service"})
    void removingAnOperationIsReportedAsIncompatible(String service) throws IOException {
        String current = Files.readString(RunningPlatform.repositoryRoot().resolve(service + "/openapi/openapi.json"),
                StandardCharsets.UTF_8);
        ObjectNode broken = (ObjectNode) JSON.readTree(current);
        ObjectNode paths = (ObjectNode) broken.get("paths");
        assertTrue(paths != null && paths.size() > 0, service + " has no operations yet");
        paths.remove(paths.fieldNames().next());

        ChangedOpenApi diff = OpenApiCompare.fromContents(current, JSON.writeValueAsString(broken));

        assertTrue(diff.isIncompatible());
        assertFalse(diff.getMissingEndpoints().isEmpty());
    }

    private static int majorVersion(String document) throws IOException {
        String version = JSON.readTree(document).path("info").path("version").asText("0");
        return Integer.parseInt(version.split("\\.")[0]);
    }

    private static List<Path> releasedDocuments(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }
}

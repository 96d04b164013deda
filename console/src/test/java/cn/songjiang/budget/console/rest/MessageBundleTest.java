package cn.songjiang.budget.console.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The English bundle is complete: Qute falls back to the Chinese text of {@link Messages} when an English entry is
 * missing, so nothing else would notice one.
 */
class MessageBundleTest {

    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    private static final Path ENGLISH = Path.of("src", "main", "resources", "messages", "msg_en.properties");
    private static final Pattern KEY = Pattern.compile("msg:(\\w+)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void everyKeyATemplateUsesHasAnEnglishEntry() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            Matcher key = KEY.matcher(Files.readString(template));
            while (key.find()) {
                used.add(key.group(1));
            }
        }
        assertTrue(used.size() > 100, "the templates' keys were found: " + used.size());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(english().stringPropertyNames());
        assertEquals(Set.of(), missing, "keys used in templates without an entry in msg_en.properties");
    }

    @Test
    void everyMessageHasANonEmptyEnglishEntryAndNoEntryIsUnknown() throws IOException {
        Set<String> messages = new TreeSet<>();
        Arrays.stream(Messages.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .forEach(m -> messages.add(m.getName()));
        Properties english = english();
        Set<String> missing = new TreeSet<>(messages);
        missing.removeIf(key -> !english.getProperty(key, "").isBlank());
        assertEquals(Set.of(), missing, "messages without English text");
        Set<String> unknown = new TreeSet<>(english.stringPropertyNames());
        unknown.removeAll(messages);
        assertEquals(Set.of(), unknown, "English entries of no message");
    }

    @Test
    void templatesShowNoTextOutsideTheBundle() throws IOException {
        List<String> chinese = new ArrayList<>();
        for (Path template : templates()) {
            List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (HAN.matcher(lines.get(i)).find()) {
                    chinese.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), chinese, "Chinese text written into a template instead of a msg: key");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> html = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            assertFalse(html.isEmpty(), "templates under " + TEMPLATES.toAbsolutePath());
            return html;
        }
    }

    private static Properties english() throws IOException {
        Properties english = new Properties();
        try (Reader in = Files.newBufferedReader(ENGLISH, StandardCharsets.UTF_8)) {
            english.load(in);
        }
        return english;
    }
}

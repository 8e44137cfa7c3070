package org.digitworkbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The house rules that keep the code easy to carry on, checked on the repository's sources: small files and
 * methods, one logging facade, and views that depend on the API and the shared widgets only, never on each other.
 */
class SourceRulesTest {

    private static final int MAX_FILE_LINES = 300;
    private static final int MAX_METHOD_LINES = 60;
    /** A method or constructor of a top-level class: four spaces, modifiers, type, name, opening parenthesis. */
    private static final Pattern METHOD = Pattern.compile(
            "^    (?!\\s)(?!.*\\b(?:class|record|interface|enum|new|return|throw)\\b)"
                    + "(?:(?:public|protected|private|static|final|synchronized|abstract|default)\\s+)*"
                    + "(?:<[^>]+>\\s+)?(?:[\\w.<>\\[\\]?]+(?:, ?[\\w.<>\\[\\]?]+)*\\s+)?(\\w+)\\s*\\(.*");
    private static final Pattern OTHER_LOGGING = Pattern.compile(
            "^import (?:static )?(java\\.util\\.logging|org\\.slf4j|org\\.apache\\.commons\\.logging|org\\.apache\\.log4j)"
                    + "|\\.printStackTrace\\(");
    /** Where slf4j may appear: the binding that sends DL4J's slf4j logging to ILog, and its test. */
    private static final List<String> SLF4J_BINDING = List.of("bundles/org.digitworkbench.inference/src/org/slf4j/",
            "bundles/org.digitworkbench.inference/src/org/digitworkbench/inference/logging/",
            "tests/org.digitworkbench.inference.tests/src/org/digitworkbench/inference/logging/");

    private static List<Path> sources() throws IOException {
        Path repo = TestData.repository();
        List<Path> files = new ArrayList<>();
        for (String root : List.of("bundles", "tests")) {
            try (Stream<Path> walk = Files.walk(repo.resolve(root))) {
                walk.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/"))
                        .filter(p -> !p.toString().contains("/target/"))
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static String name(Path file) {
        return TestData.repository().relativize(file).toString();
    }

    @Test
    void noSourceFileIsLongerThan300Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources()) {
            int lines = Files.readAllLines(file).size();
            if (lines > MAX_FILE_LINES) {
                long_.add(name(file) + " (" + lines + " lines)");
            }
        }
        assertEquals(List.of(), long_);
    }

    @Test
    void noMethodIsLongerThan60Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = METHOD.matcher(lines.get(i));
                if (!m.matches() || lines.get(i).trim().endsWith(";")) {
                    continue;
                }
                int end = i;
                while (end < lines.size() && !lines.get(end).equals("    }")) {
                    end++;
                }
                int length = end - i + 1;
                if (end < lines.size() && length > MAX_METHOD_LINES) {
                    long_.add(name(file) + ":" + (i + 1) + " " + m.group(1) + " (" + length + " lines)");
                }
            }
        }
        assertEquals(List.of(), long_);
    }

    @Test
    void everyBundleLogsThroughTheEclipseLogOnly() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            if (SLF4J_BINDING.stream().anyMatch(name(file)::startsWith)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (OTHER_LOGGING.matcher(lines.get(i).trim()).find()) {
                    found.add(name(file) + ":" + (i + 1) + " " + lines.get(i).trim());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void viewBundlesDependOnTheApiAndSharedWidgetsOnlyNeverOnEachOther() throws IOException {
        List<String> found = new ArrayList<>();
        forbid(found, "org.digitworkbench.ui", "org.digitworkbench.browser", "org.digitworkbench.app");
        forbid(found, "org.digitworkbench.browser", "org.digitworkbench.ui.", "org.digitworkbench.app");
        forbid(found, "org.digitworkbench.app", "org.digitworkbench.ui.", "org.digitworkbench.browser");
        assertEquals(List.of(), found);
    }

    /** Records where a bundle's manifest or sources name a package of the forbidden prefixes (widgets allowed). */
    private static void forbid(List<String> found, String bundle, String... prefixes) throws IOException {
        Path root = TestData.repository().resolve("bundles").resolve(bundle);
        List<Path> files = new ArrayList<>(List.of(root.resolve("META-INF/MANIFEST.MF")));
        try (Stream<Path> walk = Files.walk(root.resolve("src"))) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                for (String prefix : prefixes) {
                    String text = line.replace("org.digitworkbench.ui.widgets", "");
                    if (text.contains(prefix) && (text.startsWith("import ") || text.startsWith(" ")
                            || text.startsWith("Import-Package") || text.startsWith("Require-Bundle"))) {
                        found.add(name(file) + ": " + line.trim());
                    }
                }
            }
        }
    }
}

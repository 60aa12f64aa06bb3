package dev.dynamoobjects.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the root README's Java snippets and the sources that compile and run them identical, so that
 * neither can change without the other.
 *
 * <p>Each {@code ```java} block of README.md is preceded by {@code <!-- snippet: REF REF... -->}, where a
 * REF is {@code path#name}, the path relative to the repository root. In that source file, the regions
 * between a line {@code // snippet: NAME...} and a line {@code // end snippet} that carry the name make
 * up the snippet: all of them, in file order, with the indentation that their lines other than imports
 * have in common removed. The block is the snippets of its REFs, one after the other. A region may
 * carry several names, so that two README blocks can show the same lines (a record's declaration, say).
 * Every region must be shown by some block, so that a snippet's source cannot be left behind when a
 * block is removed.
 */
class ReadmeSnippetsTest {
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- snippet: ([^>]*?) -->\\n```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern REGION_START = Pattern.compile("\\s*// snippet: (.+)");
    private static final Pattern REGION_END = Pattern.compile("\\s*// end snippet");

    private final Path root = repositoryRoot();

    @Test
    void everyJavaBlockNamesItsSource() throws IOException {
        String readme = Files.readString(root.resolve("README.md"));
        long javaBlocks = readme.lines().filter(line -> line.equals("```java")).count();
        assertEquals(javaBlocks, BLOCK.matcher(readme).results().count(),
                "every ```java block of README.md is preceded by <!-- snippet: path#name ... -->");
    }

    @Test
    void everyJavaBlockIsItsSourceVerbatim() throws IOException {
        Matcher block = BLOCK.matcher(Files.readString(root.resolve("README.md")));
        while (block.find()) {
            String expected = Stream.of(block.group(1).trim().split("\\s+"))
                    .map(this::snippet)
                    .collect(Collectors.joining());
            assertEquals(expected, stripTrailingSpaces(block.group(2)),
                    "README block <!-- snippet: " + block.group(1) + " --> differs from its source;"
                            + " change both together");
        }
    }

    @Test
    void everySourceRegionIsShownInTheReadme() throws IOException {
        Set<String> shown = new HashSet<>();
        BLOCK.matcher(Files.readString(root.resolve("README.md"))).results()
                .forEach(block -> shown.addAll(List.of(block.group(1).trim().split("\\s+"))));
        try (Stream<Path> files = Files.walk(root.resolve("sample-app/src"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                for (String line : Files.readAllLines(file)) {
                    Matcher start = REGION_START.matcher(line);
                    if (start.matches()) {
                        for (String name : start.group(1).trim().split("\\s+")) {
                            assertTrue(shown.contains(path + "#" + name),
                                    path + " has a snippet " + name + " that no README block shows");
                        }
                    }
                }
            }
        }
    }

    /** The regions of {@code path#name}, joined and with their common indentation removed. */
    private String snippet(String reference) {
        int hash = reference.indexOf('#');
        assertTrue(hash > 0, "a snippet reference is path#name, not " + reference);
        String name = reference.substring(hash + 1);
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        boolean found = false;
        for (String line : readLines(root.resolve(reference.substring(0, hash)))) {
            Matcher start = REGION_START.matcher(line);
            if (start.matches()) {
                inside = List.of(start.group(1).trim().split("\\s+")).contains(name);
                found |= inside;
            } else if (REGION_END.matcher(line).matches()) {
                inside = false;
            } else if (inside) {
                lines.add(line.stripTrailing());
            }
        }
        assertTrue(found, "no region // snippet: " + name + " in " + reference);
        // Imports stand at the left margin of the file, the code they serve may be indented in a method.
        int indent = lines.stream().filter(line -> !line.isBlank() && !line.startsWith("import "))
                .mapToInt(ReadmeSnippetsTest::indentation).min().orElse(0);
        return lines.stream().map(line -> line.substring(Math.min(indent, indentation(line))) + "\n")
                .collect(Collectors.joining());
    }

    private static int indentation(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static String stripTrailingSpaces(String text) {
        return text.lines().map(line -> line.stripTrailing() + "\n").collect(Collectors.joining());
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("A README snippet names " + file + ", which cannot be read", e);
        }
    }

    /** The directory holding README.md: the parent of this module, wherever the build runs from. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("sample-app"))) {
                return dir;
            }
        }
        throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }
}

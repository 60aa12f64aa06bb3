package dev.dynamoobjects.it.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.table.DynamoDatabase;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of the runtime and the in-memory engine (every public top-level type outside an
 * {@code internal} package) has no two types of one simple name, and none named like a type of
 * {@code java.lang}, so that imports never clash. The one exception is the {@code @Record}
 * annotation, kept because every record declares it: import it by name, not with
 * {@code dev.dynamoobjects.annotation.*}.
 */
class PublicNamesTest {
    private static final Set<String> ALLOWED_JAVA_LANG_NAMES = Set.of("dev.dynamoobjects.annotation.Record");

    @Test
    void noTwoPublicTypesShareASimpleName() throws Exception {
        Map<String, Set<String>> bySimpleName = new TreeMap<>();
        for (String name : publicApiTypes()) {
            bySimpleName.computeIfAbsent(name.substring(name.lastIndexOf('.') + 1), k -> new TreeSet<>()).add(name);
        }
        Map<String, Set<String>> clashes = bySimpleName.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertEquals(Map.of(), clashes);
        assertTrue(bySimpleName.containsKey("AttributeRef") && bySimpleName.containsKey("EmbeddedDynamoDb"),
                "the scan found the API: " + bySimpleName.keySet());
    }

    @Test
    void noPublicTypeIsNamedLikeATypeOfJavaLang() throws Exception {
        List<String> clashes = new ArrayList<>();
        for (String name : publicApiTypes()) {
            String simpleName = name.substring(name.lastIndexOf('.') + 1);
            if (existsInJavaLang(simpleName) && !ALLOWED_JAVA_LANG_NAMES.contains(name)) {
                clashes.add(name);
            }
        }
        assertEquals(List.of(), clashes);
    }

    private static boolean existsInJavaLang(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName, false, ClassLoader.getPlatformClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Set<String> publicApiTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        return publicApiTypes(List.of(DynamoDatabase.class, EmbeddedDynamoDb.class));
    }

    /** Returns the public top-level types outside {@code internal} packages of the jars (or class folders) of the anchors. */
    static Set<String> publicApiTypes(List<Class<?>> anchors) throws IOException, URISyntaxException, ClassNotFoundException {
        Set<String> names = new TreeSet<>();
        for (Class<?> anchor : anchors) {
            for (String name : classNames(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()))) {
                if (name.contains("$") || name.endsWith("package-info") || name.endsWith("module-info")
                        || name.contains(".internal.")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, PublicNamesTest.class.getClassLoader());
                if (Modifier.isPublic(type.getModifiers())) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static List<String> classNames(Path location) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.map(location::relativize).map(Path::toString)
                        .filter(path -> path.endsWith(".class"))
                        .forEach(path -> names.add(toClassName(path.replace(location.getFileSystem().getSeparator(), "/"))));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String path = entries.nextElement().getName();
                    if (path.endsWith(".class") && !path.startsWith("META-INF/")) {
                        names.add(toClassName(path));
                    }
                }
            }
        }
        return names;
    }

    private static String toClassName(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}

package dev.dynamoobjects.it.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each published jar names its module in its manifest ({@code Automatic-Module-Name}), so users on
 * the module path get a stable name rather than one derived from the jar's file name. The jars
 * exist from the package phase on ({@code mvn verify}); a build that stops at {@code test} puts
 * the classes directories on the class path instead, and this test is skipped.
 */
class ModuleNamesTest {
    @ParameterizedTest
    @CsvSource({
        "dev.dynamoobjects.table.DynamoDatabase, dev.dynamoobjects.runtime",
        "dev.dynamoobjects.processor.DynamoObjectsProcessor, dev.dynamoobjects.processor",
        "dev.dynamoobjects.mock.EmbeddedDynamoDb, dev.dynamoobjects.mock",
    })
    void eachJarNamesItsModule(String className, String moduleName) throws Exception {
        Path location = location(Class.forName(className));
        assumeTrue(location.toString().endsWith(".jar"), "not packaged yet: " + location);
        Set<String> names = ModuleFinder.of(location).findAll().stream()
                .map(ModuleReference::descriptor)
                .map(java.lang.module.ModuleDescriptor::name)
                .collect(Collectors.toSet());
        assertEquals(Set.of(moduleName), names);
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}

package dev.dynamoobjects.it.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.it.example.ProductMemoryTable;
import dev.dynamoobjects.it.example.ProductTable;
import dev.dynamoobjects.table.DynamoDatabase;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The runtime's public packages hold what users touch, not what only generated code calls (DESIGN.md,
 * "API boundary"): keys are typed ({@code ItemKey}) except in the untyped tools, conditions and
 * updates come from attribute constants, and a generated table shows only its typed methods.
 */
class ApiBoundaryTest {
    /**
     * The public methods outside {@code internal} that take raw items or keys, each for a reason:
     * the untyped tools (no record type: {@code ItemTable}, batches of an {@code ItemTable},
     * {@code TableCopy}), the mapper and the table's item conversions (items, not keys), and
     * migrations (which rewrite stored items).
     */
    private static final Set<String> RAW_MAPS = Set.of(
            "batch.BatchGet.add(ItemTable, Collection<Map>)",
            "batch.BatchGetResult.findItem(String, Map)",
            "batch.BatchWrite.delete(ItemTable, Collection<Map>)",
            "batch.BatchWrite.put(ItemTable, Collection<Map>)",
            "batch.ItemTable.keyOf(Map)",
            "mapping.RecordMapper.fromItem(Map)",
            "migration.MigrationStep.apply(Map)",
            "migration.Migrations.upgrade(Map, VersionStamp, String, Function)",
            "table.EntityTables.toEntity(Map)",
            "table.Table.holds(Map)",
            "table.Table.toRecord(Map)",
            "tools.TableCopy.copyItem(Map)");

    @Test
    void onlyTheUntypedToolsTakeRawKeyMaps() throws Exception {
        Set<String> found = new TreeSet<>();
        for (Class<?> type : runtimeApi()) {
            for (Executable method : visibleMethods(type)) {
                if (Arrays.stream(method.getGenericParameterTypes()).anyMatch(ApiBoundaryTest::holdsAttributeMap)) {
                    found.add(describe(type, method));
                }
            }
        }
        assertEquals(new TreeSet<>(RAW_MAPS), found);
    }

    @Test
    void conditionsAndUpdatesAreBuiltOnlyByAttributeConstants() throws Exception {
        List<String> factories = new ArrayList<>();
        for (Class<?> type : runtimeApi()) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())
                        && (Condition.class.isAssignableFrom(method.getReturnType())
                                || Update.class.isAssignableFrom(method.getReturnType()))) {
                    factories.add(type.getSimpleName() + "." + method.getName());
                }
            }
            if (Condition.class.isAssignableFrom(type) || Update.class.isAssignableFrom(type)) {
                Arrays.stream(type.getDeclaredConstructors()).filter(c -> !Modifier.isPrivate(c.getModifiers())
                        && (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())))
                        .forEach(c -> factories.add("new " + type.getSimpleName()));
            }
        }
        assertEquals(List.of(), factories);
    }

    @Test
    void generatedTablesShowOnlyTypedOperations() {
        assertEquals(Set.of("toRecord", "holds"), Set.copyOf(rawKeyMethods(ProductTable.class)),
                "a stored item to a record, and whether an item is the table's, are no key operations");
        assertEquals(List.of(), rawKeyMethods(ProductMemoryTable.class));
    }

    /** The public and protected methods of a class and its superclasses that take raw maps. */
    private static List<String> rawKeyMethods(Class<?> generated) {
        List<String> raw = new ArrayList<>();
        for (Class<?> type = generated; type != Object.class; type = type.getSuperclass()) {
            for (Executable method : visibleMethods(type)) {
                if (Arrays.stream(method.getGenericParameterTypes()).anyMatch(ApiBoundaryTest::holdsAttributeMap)) {
                    raw.add(method.getName());
                }
            }
        }
        return raw;
    }

    private static List<Class<?>> runtimeApi() throws Exception {
        List<Class<?>> types = new ArrayList<>();
        for (String name : PublicNamesTest.publicApiTypes(List.of(DynamoDatabase.class))) {
            types.add(Class.forName(name, false, ApiBoundaryTest.class.getClassLoader()));
        }
        assertTrue(types.size() > 50, "the scan found the runtime's API: " + types);
        return types;
    }

    /** The public and protected methods a type declares. */
    private static List<Executable> visibleMethods(Class<?> type) {
        List<Executable> methods = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (!method.isSynthetic() && (Modifier.isPublic(method.getModifiers()) || Modifier.isProtected(method.getModifiers()))) {
                methods.add(method);
            }
        }
        return methods;
    }

    /** True for {@code Map<String, AttributeValue>} and for any type with one among its type arguments. */
    private static boolean holdsAttributeMap(Type type) {
        if (!(type instanceof ParameterizedType parameterized)) {
            return false;
        }
        Type[] arguments = parameterized.getActualTypeArguments();
        if (parameterized.getRawType() == java.util.Map.class && arguments.length == 2
                && arguments[0] == String.class && arguments[1] == AttributeValue.class) {
            return true;
        }
        return Arrays.stream(arguments).anyMatch(ApiBoundaryTest::holdsAttributeMap);
    }

    private static String describe(Class<?> type, Executable method) {
        String owner = type.getName().substring("dev.dynamoobjects.".length());
        String parameters = Arrays.stream(method.getGenericParameterTypes()).map(ApiBoundaryTest::shortName)
                .collect(Collectors.joining(", "));
        return owner + "." + method.getName() + "(" + parameters + ")";
    }

    /** {@code Collection<Map>} for {@code java.util.Collection<java.util.Map<String, AttributeValue>>}. */
    private static String shortName(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            String raw = ((Class<?>) parameterized.getRawType()).getSimpleName();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw.equals("Map") || arguments.length != 1) {
                return raw;
            }
            return raw + "<" + shortName(arguments[0]) + ">";
        }
        return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
    }
}

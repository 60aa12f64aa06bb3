package dev.dynamoobjects.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that derives the names of generated classes and members from the user's names.
 * For {@code Store}: {@code ImmutableStore}, {@code StoreMapper}, {@code StoreTable},
 * {@code StoreMemoryTable}; a nested {@code Outer.Store} gives {@code ImmutableOuter_Store} and so
 * on, in the same package.
 *
 * @param immutable   the immutable implementation (a Java record itself)
 * @param mapper      the mapper
 * @param table       the table class (unused for documents)
 * @param memoryTable the memory table class (unused for documents)
 */
public record GeneratedNames(ClassName immutable, ClassName mapper, ClassName table, ClassName memoryTable) {
    /** Constant names the table class uses itself, which attribute and index constants must avoid. */
    private static final Set<String> TABLE_MEMBERS = Set.of("SCHEMA", "MAPPER");
    /** The immutable class's static factory of its builder. */
    public static final String BUILDER = "builder";
    /** The immutable class's method that starts a builder from a record. */
    public static final String TO_BUILDER = "toBuilder";
    /** The immutable class's static factory from any implementation. */
    public static final String COPY_OF = "copyOf";
    /**
     * Names that an accessor of an interface cannot have: the immutable class declares a method of
     * that name without parameters ({@code builder()}, {@code toBuilder()}), implements
     * {@code equals(Object)} but not an {@code equals()}, or would override a method of Object that
     * must not be an accessor ({@code clone()}, {@code finalize()}, which the garbage collector
     * calls). {@code copyOf} and the {@code withX} methods take a parameter, so an accessor of their
     * name is an overload, allowed; {@code hashCode()} and {@code toString()} are Object's own.
     */
    private static final Set<String> IMMUTABLE_MEMBERS = Set.of(BUILDER, TO_BUILDER, "equals", "clone", "finalize");
    /** What an index constant starts with when its plain name is taken or starts with a digit. */
    private static final String INDEX_PREFIX = "INDEX_";

    /** Returns the names generated for an interface, or for a Java record, which is its own immutable class. */
    public static GeneratedNames of(ClassName type, boolean javaRecord) {
        String base = String.join("_", type.simpleNames());
        return new GeneratedNames(
                javaRecord ? type : ClassName.get(type.packageName(), "Immutable" + base),
                mapperOf(type),
                ClassName.get(type.packageName(), base + "Table"),
                ClassName.get(type.packageName(), base + "MemoryTable"));
    }

    /** Returns the mapper of a record or document interface, generated or yet to be. */
    public static ClassName mapperOf(ClassName type) {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Mapper");
    }

    /** Returns true when an accessor of this name would clash with a member of the generated immutable class. */
    public static boolean clashesWithImmutable(String accessor) {
        return IMMUTABLE_MEMBERS.contains(accessor);
    }

    /** Returns the table constant of an accessor: {@code storeId} gives {@code STORE_ID}. */
    public static String constantName(String accessor) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < accessor.length(); i++) {
            char c = accessor.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(accessor.charAt(i - 1))) {
                name.append('_');
            }
            name.append(c);
        }
        String constant = name.toString().toUpperCase(Locale.ROOT);
        return TABLE_MEMBERS.contains(constant) ? constant + "_ATTRIBUTE" : constant;
    }

    /** Returns the name of a builder's "with" method: {@code name} gives {@code withName}. */
    public static String wither(String accessor) {
        return "with" + Character.toUpperCase(accessor.charAt(0)) + accessor.substring(1);
    }

    /** Returns the stem of generated helper methods for an attribute: {@code tags} gives {@code Tags}. */
    public static String stem(String accessor) {
        return Character.toUpperCase(accessor.charAt(0)) + accessor.substring(1);
    }

    /**
     * Returns the Java name of an index, which may hold {@code -}, {@code .} and {@code _}:
     * {@code category-index} gives {@code categoryIndex}.
     */
    public static String indexJavaName(String indexName) {
        StringBuilder name = new StringBuilder();
        for (String part : indexName.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(name.length() == 0 ? part : stem(part));
            }
        }
        return name.toString();
    }

    /**
     * Returns the query method of an index: {@code byCategory} and {@code category} both give
     * {@code queryByCategory}, {@code gsi-1} gives {@code queryByGsi1}.
     */
    public static String indexQueryMethod(String indexName) {
        String name = indexJavaName(indexName);
        boolean byPrefix = name.length() > 2 && name.startsWith("by")
                && (Character.isUpperCase(name.charAt(2)) || Character.isDigit(name.charAt(2)));
        return "queryBy" + stem(byPrefix ? name.substring(2) : name);
    }

    /**
     * Returns the table's nested marker of a key attribute (of the table or an index), the type
     * argument of its conditions: {@code priceCents} gives {@code PriceCentsKey}.
     */
    public static String keyMarker(String accessor) {
        return stem(accessor) + "Key";
    }

    /**
     * Returns the table's nested marker of a query method, the type argument of its query:
     * {@code query} gives {@code TableQuery}, {@code queryByCategory} gives {@code ByCategoryQuery}.
     * Key markers end in {@code Key}, so the two never clash.
     */
    public static String queryMarker(String queryMethod) {
        return queryMethod.equals("query") ? "TableQuery" : queryMethod.substring("query".length()) + "Query";
    }

    /**
     * Returns the constant holding an index's name: {@code byCategory} gives {@code BY_CATEGORY};
     * {@code INDEX_STATUS} when {@code STATUS} is taken by an attribute, {@code INDEX_1ST} for {@code 1st}.
     *
     * @param taken the attribute constants of the table
     */
    public static String indexConstant(String indexName, Set<String> taken) {
        String constant = constantName(indexJavaName(indexName));
        boolean free = !taken.contains(constant) && !TABLE_MEMBERS.contains(constant);
        return free && !Character.isDigit(constant.charAt(0)) ? constant : INDEX_PREFIX + constant;
    }

    /** Returns the class of a single table: {@code Shop} gives {@code ShopTable}. */
    public static ClassName singleTable(ClassName type) {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Table");
    }

    /** Returns the single table's method of an item collection: {@code Customer} gives {@code customerCollection}. */
    public static String collectionMethod(ClassName entity) {
        return variable(entity) + "Collection";
    }

    /** Returns the result class of an item collection: {@code Customer} gives {@code CustomerCollection}. */
    public static String collectionResult(ClassName entity) {
        return entity.simpleName() + "Collection";
    }

    /** Returns an entity type's name as a variable: {@code OrderLine} gives {@code orderLine}. */
    public static String variable(ClassName type) {
        String simple = type.simpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /**
     * Returns the entity mapper's static method that writes a key template: {@code partitionKey},
     * {@code sortKey}, or for index {@code gsi1} {@code gsi1PartitionKey}, {@code gsi1SortKey}.
     */
    public static String templateMethod(String index, boolean partition) {
        String key = partition ? "PartitionKey" : "SortKey";
        return index == null ? Character.toLowerCase(key.charAt(0)) + key.substring(1) : indexJavaName(index) + key;
    }

    /** Returns the entity table's marker of a sort key's conditions: {@code SortKey}, {@code Gsi1SortKey}. */
    public static String sortKeyMarker(String index) {
        return index == null ? "SortKey" : stem(indexJavaName(index)) + "SortKey";
    }

    /**
     * Returns the entity table's static factory of a sort-key condition on a template placeholder:
     * {@code placedAt} and {@code Between} give {@code placedAtBetween}, for index {@code gsi1}
     * {@code gsi1PlacedAtBetween}.
     */
    public static String sortCondition(String index, String accessor, String operation) {
        return index == null ? accessor + operation : indexJavaName(index) + stem(accessor) + operation;
    }
}

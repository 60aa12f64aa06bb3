package dev.dynamoobjects.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.Locale;

/**
 * The one place that derives the names of generated classes and members from the user's names.
 * For {@code Store}: {@code ImmutableStore}, {@code StoreMapper}, {@code StoreTable}; a nested
 * {@code Outer.Store} gives {@code ImmutableOuter_Store} and so on, in the same package.
 *
 * @param immutable the immutable implementation (a Java record itself)
 * @param mapper    the mapper
 * @param table     the table class (unused for documents)
 */
public record GeneratedNames(ClassName immutable, ClassName mapper, ClassName table) {
    /** Constant names the table class uses itself, which attribute constants must avoid. */
    private static final java.util.Set<String> TABLE_MEMBERS = java.util.Set.of("SCHEMA", "MAPPER");

    /** Returns the names generated for an interface, or for a Java record, which is its own immutable class. */
    public static GeneratedNames of(ClassName type, boolean javaRecord) {
        String base = String.join("_", type.simpleNames());
        return new GeneratedNames(
                javaRecord ? type : ClassName.get(type.packageName(), "Immutable" + base),
                mapperOf(type),
                ClassName.get(type.packageName(), base + "Table"));
    }

    /** Returns the mapper of a record or document interface, generated or yet to be. */
    public static ClassName mapperOf(ClassName type) {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Mapper");
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
}

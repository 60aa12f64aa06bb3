package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the version of a record's shape. Every item written carries it in {@link #attribute()};
 * an item read with an older version (or none, which counts as 0) is upgraded by the
 * {@link dev.dynamoobjects.migration.Migrations} given to the table, one step per version.
 *
 * <pre>{@code
 * @Record(table = "customer")
 * @SchemaVersion(2)
 * public interface Customer { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SchemaVersion {
    /** The current version, from 1. */
    int value();

    /** The attribute that holds the version in each item. */
    String attribute() default "schemaVersion";
}

package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as the record of one DynamoDB table. Every abstract or {@code default}
 * accessor of the interface is an attribute, except a {@link Derived} one, computed and never
 * stored; a stored {@code default} gives the value when missing and must not read the record
 * (see {@link Derived}). The processor generates an immutable implementation,
 * a mapper and a typed table class next to it. A Java {@code record} works too: its components are
 * the attributes and it is its own immutable implementation.
 *
 * <pre>{@code
 * @Record(table = "store")
 * public interface Store {
 *     @Key String storeId();
 *     String name();
 *     default List<String> tags() { return List.of(); }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Record {
    /** The table name, without any environment prefix: 3 to 255 of {@code a-z A-Z 0-9 _ - .}. */
    String table();

    /** Provisioned throughput of the table; the default (0, 0) means on-demand billing. */
    Capacity capacity() default @Capacity;
}

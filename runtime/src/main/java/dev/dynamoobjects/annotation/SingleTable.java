package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a sealed interface as one DynamoDB table holding several entity types (single-table
 * design). Its {@code permits} clause lists the {@link Entity} types; each gives its keys as
 * templates over its own attributes, written into the generic string key attributes named here.
 * Every item also holds the entity's type in {@link #typeAttribute()}, checked on every read.
 *
 * <pre>{@code
 * @SingleTable(name = "shop", indexes = @OverloadedIndex(name = "gsi1"))
 * public sealed interface Shop permits Customer, Order {
 * }
 * }</pre>
 *
 * The processor generates {@code ShopTable} (the table's schema, its entity tables and its
 * collection queries) and, per entity, a typed table ({@code CustomerTable}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SingleTable {
    /** The table name, without any environment prefix: 3 to 255 of {@code a-z A-Z 0-9 _ - .}. */
    String name();

    /** The partition key attribute, a string built from each entity's {@link Entity#pk()} template. */
    String partitionKey() default "pk";

    /** The sort key attribute, a string built from each entity's {@link Entity#sk()} template. */
    String sortKey() default "sk";

    /** The attribute that holds each item's {@link Entity#type()}. */
    String typeAttribute() default "type";

    /** The global indexes the entities share, each keyed by generic string attributes. */
    OverloadedIndex[] indexes() default {};
}

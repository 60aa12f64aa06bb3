package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a global secondary index of a {@link Record}. Attributes are named by their DynamoDB
 * attribute name. A key may have up to four attributes (DynamoDB's multi-attribute keys), each
 * keeping its own type; the generated query takes every partition attribute, then sort attributes
 * left to right: equalities, then a condition on the next one.
 *
 * <pre>{@code
 * @Record(table = "product")
 * @GlobalIndex(name = "byCategory", partitionKey = "category", sortKey = "price")
 * public interface Product { ... }
 *
 * @Record(table = "shop")
 * @GlobalIndex(name = "byPlace", partitionKey = {"country", "region"}, sortKey = {"city", "zip"})
 * public interface Shop { ... }    // shops.queryByPlace("FR", "ARA", "Lyon", ShopTable.ZIP.ge(69003))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(GlobalIndexes.class)
public @interface GlobalIndex {
    /** The index name: 3 to 255 of {@code a-z A-Z 0-9 _ - .}. */
    String name();

    /** The attribute names of the index's partition key, in key order: one to four. */
    String[] partitionKey();

    /** The attribute names of the index's sort key, in key order: none to four. */
    String[] sortKey() default {};

    /** Which attributes the index copies. */
    Projection projection() default Projection.ALL;

    /** The non-key attributes copied when {@link #projection()} is {@code INCLUDE}. */
    String[] include() default {};

    /** Provisioned throughput of the index when the table is provisioned. */
    Capacity capacity() default @Capacity;
}

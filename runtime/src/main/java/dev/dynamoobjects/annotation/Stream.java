package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Enables the DynamoDB stream of a record's table: the library creates the table with the stream
 * on, and {@link dev.dynamoobjects.stream.ChangeFeed} reads it as typed changes. A table that
 * exists already keeps its stream settings.
 *
 * <pre>{@code
 * @Record(table = "product")
 * @Stream(StreamView.NEW_AND_OLD_IMAGES)
 * public interface Product {
 *     @Key String sku();
 *     int stock();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Stream {
    /** What each stream record carries; the default carries the item before and after the change. */
    StreamView value() default StreamView.NEW_AND_OLD_IMAGES;
}

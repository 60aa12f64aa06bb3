package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the DynamoDB attribute name of an accessor, which otherwise is the accessor's name.
 *
 * <pre>{@code
 * @Attribute("store_name") String name();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Attribute {
    /** The attribute name as stored in DynamoDB. */
    String value();
}

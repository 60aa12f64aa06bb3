package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as a nested value, stored as a DynamoDB map ({@code M}) inside a record.
 * It has no table and no key; it gets an immutable implementation and a mapper, like a record.
 *
 * <pre>{@code
 * @Document
 * public interface Address {
 *     String street();
 *     String city();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Document {
}

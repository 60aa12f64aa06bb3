package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a default method of a record interface that checks or normalises the record before every
 * write: it takes no parameter and returns the record to write (itself, or a normalised copy), or
 * throws to refuse the write. It runs before Bean Validation.
 *
 * <pre>{@code
 * @BeforeWrite
 * default Member normalized() {
 *     return ImmutableMember.copyOf(this).withEmail(email().trim().toLowerCase(Locale.ROOT));
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface BeforeWrite {
}

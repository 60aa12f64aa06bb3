package dev.dynamoobjects.annotation;

import dev.dynamoobjects.mapping.AttributeConverter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps an attribute with a user-written converter, for types the processor does not map itself.
 * The converter needs a public no-argument constructor.
 *
 * <pre>{@code
 * @Convert(MoneyConverter.class) Money price();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Convert {
    /** The converter class. */
    Class<? extends AttributeConverter<?>> value();
}

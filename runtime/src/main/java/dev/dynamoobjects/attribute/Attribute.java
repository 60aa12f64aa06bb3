package dev.dynamoobjects.attribute;

import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A typed reference to one attribute of a record, generated as a constant on the table class
 * ({@code StoreTable.NAME}). Its type parameters carry the record and the attribute's Java type,
 * so that conditions, updates and projections built from it are checked by the compiler.
 *
 * <pre>{@code
 * StoreTable.NAME.eq("Corner shop")
 * }</pre>
 *
 * @param <R> the record type the attribute belongs to
 * @param <V> the attribute's Java type
 */
public class Attribute<R, V> {
    private final String name;
    private final Function<? super V, AttributeValue> encoder;

    /**
     * Creates a reference; generated code calls this.
     *
     * @param name    the attribute name as stored in DynamoDB
     * @param encoder turns a non-null Java value into the attribute value the mapper would store
     */
    public Attribute(String name, Function<? super V, AttributeValue> encoder) {
        this.name = Objects.requireNonNull(name, "name");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /** Returns the attribute name as stored in DynamoDB. */
    public final String name() {
        return name;
    }

    /** Returns the attribute value the mapper stores for a Java value. */
    public final AttributeValue encode(V value) {
        return encoder.apply(Objects.requireNonNull(value, "value"));
    }

    @Override
    public String toString() {
        return name;
    }
}

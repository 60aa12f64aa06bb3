package dev.dynamoobjects.attribute;

import dev.dynamoobjects.exception.ValidationException;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A typed reference to one attribute of a record, generated as a constant on the table class
 * ({@code StoreTable.NAME}). Its type parameters carry the record and the attribute's Java type,
 * so that conditions, updates and projections built from it are checked by the compiler. The
 * constant's class says what DynamoDB allows on the attribute:
 *
 * <ul>
 *   <li>{@link ValueAttribute} and its subclasses ({@link StringAttribute}, {@link NumberAttribute},
 *       sets, lists, maps): an attribute that is no key, with update actions and conditions that
 *       every query may filter on ({@code Filter<R, AnyQuery>});
 *   <li>{@link QueryKeyAttribute} and its subclasses: a key of the table ({@link TableKeyAttribute},
 *       {@link SortKeyAttribute}, no updates, since DynamoDB refuses them) or of an index only
 *       ({@link IndexKeyAttribute}), whose conditions are filters typed by the key's marker, which
 *       only the queries where it is no key take; a sort key's comparisons are also the key
 *       conditions of the table or the indexes it sorts.
 * </ul>
 *
 * <pre>{@code
 * StoreTable.NAME.eq("Corner shop")          // a condition
 * StoreTable.NAME.set("Corner shop")         // an update action
 * stores.scan().select(StoreTable.NAME)      // a projection
 * }</pre>
 *
 * @param <R> the record type the attribute belongs to
 * @param <V> the attribute's Java type
 */
public abstract class AttributeRef<R, V> {
    private final String name;
    private final Function<? super V, AttributeValue> encoder;

    /**
     * Creates a reference; generated code calls the subclasses' constructors.
     *
     * @param name    the attribute name as stored in DynamoDB
     * @param encoder turns a non-null Java value into the attribute value the mapper would store
     */
    protected AttributeRef(String name, Function<? super V, AttributeValue> encoder) {
        this.name = Objects.requireNonNull(name, "name");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /** Returns the attribute name as stored in DynamoDB. */
    public final String name() {
        return name;
    }

    /**
     * Returns the attribute value the mapper stores for a Java value.
     *
     * @throws ValidationException when the value is null, which no condition or update can use
     */
    public final AttributeValue encode(V value) {
        if (value == null) {
            throw new ValidationException("A condition or update on " + name + " got null; test for a"
                    + " missing value with " + name + ".notExists() and clear one with " + name + ".remove()");
        }
        return encoder.apply(value);
    }

    @Override
    public String toString() {
        return name;
    }
}

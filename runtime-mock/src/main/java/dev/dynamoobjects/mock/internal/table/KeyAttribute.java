package dev.dynamoobjects.mock.internal.table;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.validation.Messages;
import dev.dynamoobjects.mock.internal.value.Numbers;
import dev.dynamoobjects.mock.internal.value.Values;
import java.math.BigDecimal;
import java.util.Comparator;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * One key attribute of a table or index: its name and scalar type. Turns key values into the
 * compact Java objects the store orders them by: {@link String} for S, {@link BigDecimal} for N,
 * {@link SdkBytes} for B.
 */
public record KeyAttribute(String name, ScalarAttributeType type) {

    /**
     * Returns the order of this attribute's key objects, DynamoDB's key order. (Each lambda is one
     * object, made on first use: a table of string keys never loads the other two classes.)
     */
    public Comparator<Object> order() {
        switch (type) {
            case S:
                return (a, b) -> Values.compareStrings((String) a, (String) b);
            case N:
                return (a, b) -> ((BigDecimal) a).compareTo((BigDecimal) b);
            default:
                return (a, b) -> Values.compareBytes((SdkBytes) a, (SdkBytes) b);
        }
    }

    /** Returns true when a value has this attribute's type. */
    /**
     * Returns true when the value can key an entry: of this attribute's type and not empty. An item
     * written before a global index existed may hold an empty string there; DynamoDB leaves it out.
     */
    public boolean indexable(AttributeValue value) {
        return accepts(value) && emptyTypeName(value) == null;
    }

    public boolean accepts(AttributeValue value) {
        switch (type) {
            case S:
                return value.s() != null;
            case N:
                return value.n() != null;
            default:
                return value.b() != null;
        }
    }

    /**
     * Returns the key object of a value already checked with {@link #accepts}.
     */
    public Object keyObject(AttributeValue value) {
        switch (type) {
            case S:
                return value.s();
            case N:
                return Numbers.parse(value.n());
            default:
                return value.b();
        }
    }

    /** Returns the key object of a value, with DynamoDB's errors for a wrong type or an empty value. */
    public Object checkedKeyObject(AttributeValue value) {
        if (!accepts(value)) {
            throw DynamoErrors.validation(Messages.keyTypeMismatch(name, type.toString(), Values.typeName(value)));
        }
        String empty = emptyTypeName(value);
        if (empty != null) {
            throw DynamoErrors.validation(Messages.emptyKey(empty, name));
        }
        return keyObject(value);
    }

    /**
     * Returns "string" or "binary" when a value of this attribute's type is empty, which no key may
     * be, else null.
     */
    public String emptyTypeName(AttributeValue value) {
        if (type == ScalarAttributeType.S) {
            return value.s().isEmpty() ? "string" : null;
        }
        return type == ScalarAttributeType.B && value.b().asByteArrayUnsafe().length == 0 ? "binary" : null;
    }
}

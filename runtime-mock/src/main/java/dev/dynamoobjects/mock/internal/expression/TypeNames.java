package dev.dynamoobjects.mock.internal.expression;

import java.util.Base64;
import dev.dynamoobjects.mock.internal.value.Values;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The names DynamoDB gives attribute types in expressions and in its messages. */
final class TypeNames {
    private TypeNames() {
    }

    /** The short name: S, N, B, BOOL, NULL, SS, NS, BS, L or M (attribute_type's names). */
    static String of(AttributeValue value) {
        return Values.typeName(value);
    }

    /** The long name DynamoDB uses in ADD and DELETE messages, such as STRING or LIST. */
    static String longName(AttributeValue value) {
        switch (value.type()) {
            case S: return "STRING";
            case N: return "NUMBER";
            case B: return "BINARY";
            case BOOL: return "BOOLEAN";
            case NUL: return "NULL";
            case L: return "LIST";
            case M: return "MAP";
            case SS: return "STRING_SET";
            case NS: return "NUMBER_SET";
            case BS: return "BINARY_SET";
            default: return value.type().toString();
        }
    }

    /** Returns true for the types that compare with {@code <}: strings, numbers and binaries. */
    static boolean isOrdered(AttributeValue value) {
        AttributeValue.Type type = value.type();
        return type == AttributeValue.Type.S || type == AttributeValue.Type.N || type == AttributeValue.Type.B;
    }

    static boolean isSet(AttributeValue value) {
        AttributeValue.Type type = value.type();
        return type == AttributeValue.Type.SS || type == AttributeValue.Type.NS || type == AttributeValue.Type.BS;
    }

    /** Returns true when attribute_type accepts the name. */
    static boolean isValid(String name) {
        switch (name) {
            case "S": case "N": case "B": case "BOOL": case "NULL":
            case "SS": case "NS": case "BS": case "L": case "M":
                return true;
            default:
                return false;
        }
    }

    /** DynamoDB's spelling of a scalar in messages: {@code AttributeValue: {N:5}}. */
    static String describe(AttributeValue value) {
        String text;
        switch (value.type()) {
            case S: text = value.s(); break;
            case N: text = value.n(); break;
            // DynamoDB prints a binary in base64, as its JSON carries it; its bytes need not be UTF-8.
            case B: text = Base64.getEncoder().encodeToString(value.b().asByteArrayUnsafe()); break;
            default: text = String.valueOf(value);
        }
        return "AttributeValue: {" + of(value) + ":" + text + "}";
    }
}

package dev.dynamoobjects.internal.mapping;

import dev.dynamoobjects.mapping.MappingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the parts of attribute values that generated mappers need, with a {@link MappingException}
 * naming the attribute when the stored type is not the expected one. A DynamoDB {@code NULL}
 * reads as Java {@code null}. Not meant to be called by hand.
 *
 * <pre>{@code
 * String name = Items.s(item.get("name"), "name");
 * }</pre>
 */
public final class Items {
    /** The DynamoDB {@code NULL} value; shared because attribute values are immutable. */
    public static final AttributeValue NUL = AttributeValue.createNul(true);
    private static final AttributeValue TRUE = AttributeValue.createBool(true);
    private static final AttributeValue FALSE = AttributeValue.createBool(false);

    private Items() {
    }

    /** Returns the shared attribute value of a boolean, so that no boolean costs an allocation. */
    public static AttributeValue bool(boolean value) {
        return value ? TRUE : FALSE;
    }

    /**
     * Returns the {@code M} value of parallel arrays of names and values; null values are left out.
     * The arrays are read, not copied, and must not change afterwards.
     */
    public static AttributeValue m(String[] names, AttributeValue[] values) {
        return AttributeValue.createM(new NamedValues(names, values));
    }

    /** Returns the string of an {@code S} value, null for {@code NULL}. */
    public static String s(AttributeValue value, String attribute) {
        String s = value.s();
        return s != null || isNul(value) ? s : throwWrongType(value, attribute, "S");
    }

    /** Returns the text of an {@code N} value, null for {@code NULL}. */
    public static String n(AttributeValue value, String attribute) {
        String n = value.n();
        return n != null || isNul(value) ? n : throwWrongType(value, attribute, "N");
    }

    /** Returns the bytes of a {@code B} value, null for {@code NULL}. */
    public static SdkBytes b(AttributeValue value, String attribute) {
        SdkBytes b = value.b();
        if (b != null || isNul(value)) {
            return b;
        }
        throw wrongType(value, attribute, "B");
    }

    /** Returns the boolean of a {@code BOOL} value, null for {@code NULL}. */
    public static Boolean bool(AttributeValue value, String attribute) {
        Boolean b = value.bool();
        if (b != null || isNul(value)) {
            return b;
        }
        throw wrongType(value, attribute, "BOOL");
    }

    /** Returns the elements of an {@code L} value, null for {@code NULL}. */
    public static List<AttributeValue> l(AttributeValue value, String attribute) {
        if (value.hasL()) {
            return value.l();
        }
        return isNul(value) ? null : throwWrongType(value, attribute, "L");
    }

    /** Returns the entries of an {@code M} value, null for {@code NULL}. */
    public static Map<String, AttributeValue> m(AttributeValue value, String attribute) {
        if (value.hasM()) {
            return value.m();
        }
        return isNul(value) ? null : throwWrongType(value, attribute, "M");
    }

    /** Returns the elements of an {@code SS} value, null for {@code NULL}. */
    public static List<String> ss(AttributeValue value, String attribute) {
        if (value.hasSs()) {
            return value.ss();
        }
        return isNul(value) ? null : throwWrongType(value, attribute, "SS");
    }

    /** Returns the elements of an {@code NS} value, null for {@code NULL}. */
    public static List<String> ns(AttributeValue value, String attribute) {
        if (value.hasNs()) {
            return value.ns();
        }
        return isNul(value) ? null : throwWrongType(value, attribute, "NS");
    }

    /** Returns the elements of a {@code BS} value, null for {@code NULL}. */
    public static List<SdkBytes> bs(AttributeValue value, String attribute) {
        if (value.hasBs()) {
            return value.bs();
        }
        return isNul(value) ? null : throwWrongType(value, attribute, "BS");
    }

    /** Returns a modifiable item of parallel arrays of names and values; null values are left out. */
    public static Map<String, AttributeValue> item(String[] names, AttributeValue[] values) {
        return new HashMap<>(new NamedValues(names, values));
    }

    /** Returns the exception for an item that lacks a key attribute. */
    public static MappingException missingKey(String attribute, String record) {
        return new MappingException(attribute, "The item has no attribute '" + attribute + "', which is a key of "
                + record + "; read items of this table only, with their key attributes.", null);
    }

    /** Returns the exception for a value that cannot be read as the attribute's Java type. */
    public static MappingException badValue(String attribute, String text, String javaType, Throwable cause) {
        return new MappingException(attribute, "Attribute '" + attribute + "' holds '" + text + "', which is not a valid "
                + javaType + "; store values that the record's type can hold.", cause);
    }

    /** Returns true for the DynamoDB {@code NULL} value. */
    public static boolean isNul(AttributeValue value) {
        return Boolean.TRUE.equals(value.nul());
    }

    private static <T> T throwWrongType(AttributeValue value, String attribute, String expected) {
        throw wrongType(value, attribute, expected);
    }

    private static MappingException wrongType(AttributeValue value, String attribute, String expected) {
        return new MappingException(attribute, "Attribute '" + attribute + "' is stored as " + value.type()
                + " but the record expects " + expected + "; store it with the record's type.", null);
    }
}

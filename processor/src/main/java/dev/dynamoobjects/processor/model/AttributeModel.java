package dev.dynamoobjects.processor.model;

/**
 * One accessor of a record or document.
 *
 * @param accessor     the Java method name
 * @param name         the DynamoDB attribute name
 * @param constantName the name of the table's attribute constant
 * @param type         how the value is stored
 * @param hasDefault   true for a {@code default} method, whose body gives the value when missing
 * @param role         its part in the primary key
 * @param managed      what the library maintains for it: version, time to live, generated values
 */
public record AttributeModel(
        String accessor, String name, String constantName, ValueType type, boolean hasDefault, KeyRole role,
        Managed managed) {

    /** Returns true for a partition or sort key. */
    public boolean isKey() {
        return role != KeyRole.NONE;
    }

    /** Returns true for a key the record must hold: every key except one the library generates when missing. */
    public boolean isRequiredKey() {
        return isKey() && !managed.filledBeforeWrite();
    }

    /** Returns true for the {@code @Version} attribute. */
    public boolean isVersion() {
        return managed == Managed.VERSION;
    }

    /** Returns true when the Java type is a primitive. */
    public boolean isPrimitive() {
        return type.javaType().isPrimitive();
    }
}

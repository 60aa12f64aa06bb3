package dev.dynamoobjects.schema;

import java.util.Objects;

/**
 * A key attribute of a table or index: its DynamoDB name and scalar type.
 *
 * @param name the attribute name as stored in DynamoDB
 * @param type the attribute's scalar type
 */
public record KeyAttribute(String name, ScalarType type) {
    /** Validates that both parts are present. */
    public KeyAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}

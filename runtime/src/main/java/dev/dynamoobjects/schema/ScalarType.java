package dev.dynamoobjects.schema;

import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The DynamoDB types a key attribute can have. */
public enum ScalarType {
    /** String. */
    S,
    /** Number. */
    N,
    /** Binary. */
    B;

    /** Returns the SDK's name for this type. */
    public ScalarAttributeType toSdk() {
        return ScalarAttributeType.fromValue(name());
    }
}

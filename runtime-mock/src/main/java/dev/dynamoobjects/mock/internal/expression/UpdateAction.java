package dev.dynamoobjects.mock.internal.expression;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One action of an update expression's SET, REMOVE, ADD or DELETE section. */
sealed interface UpdateAction {
    Path path();

    record Set(Path path, UpdateValue value) implements UpdateAction {
    }

    record Remove(Path path) implements UpdateAction {
    }

    record Add(Path path, AttributeValue value) implements UpdateAction {
    }

    record Delete(Path path, AttributeValue value) implements UpdateAction {
    }
}

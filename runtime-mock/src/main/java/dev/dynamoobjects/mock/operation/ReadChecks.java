package dev.dynamoobjects.mock.operation;

import dev.dynamoobjects.mock.error.DynamoErrors;
import dev.dynamoobjects.mock.validation.Messages;

/** Parameter checks Query and Scan share. */
final class ReadChecks {
    private ReadChecks() {
    }

    /** Returns the name of the parameter that projects the read, or null when none does. */
    static String projectionParameter(boolean hasAttributesToGet, String projectionExpression) {
        if (hasAttributesToGet) {
            return "AttributesToGet";
        }
        return projectionExpression == null ? null : "ProjectionExpression";
    }

    /** Rejects a Limit below 1. */
    static void limit(Integer limit) {
        if (limit != null && limit < 1) {
            throw DynamoErrors.validation(Messages.LIMIT_TOO_LOW);
        }
    }
}

package dev.dynamoobjects.mock.internal.operation;

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
}

package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import java.util.Collection;
import java.util.List;

/**
 * DynamoDB's rule that a Query's filter may not name the key attributes of the table or index it
 * reads: those belong in the key condition. The partition key is checked before the sort key, as
 * DynamoDB reports them.
 */
final class FilterKeys {
    private FilterKeys() {
    }

    /** Checks the paths of a FilterExpression; a path into a key attribute gets the scalar-key error. */
    static void checkPaths(List<Path> paths, KeySchema keys) {
        for (String key : keys.names()) {
            for (Path path : paths) {
                if (path.attribute().equals(key)) {
                    throw DynamoErrors.validation(path.length() > 1 ? ExpressionMessages.keyNotScalar(key)
                            : ExpressionMessages.filterExpressionOnKey(key));
                }
            }
        }
    }

    /** Checks the attribute names of a legacy QueryFilter. */
    static void checkNames(Collection<String> names, KeySchema keys) {
        for (String key : keys.names()) {
            if (names.contains(key)) {
                throw DynamoErrors.validation(ExpressionMessages.queryFilterOnKey(key));
            }
        }
    }
}

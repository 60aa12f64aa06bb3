package dev.dynamoobjects.mock.differential;

import java.util.function.BiPredicate;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One generated request: a label for reports, the call to run on each backend, and how to bring the
 * two backends' data back in step after a known difference that changes it (true when it had to).
 */
record Operation(String label, Function<DynamoDbClient, Object> call,
                 BiPredicate<DynamoDbClient, DynamoDbClient> reconcile) {
    Operation(String label, Function<DynamoDbClient, Object> call) {
        this(label, call, (reference, candidate) -> false);
    }

    @Override
    public String toString() {
        return label;
    }
}

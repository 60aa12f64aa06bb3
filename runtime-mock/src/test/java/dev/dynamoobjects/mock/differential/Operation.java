package dev.dynamoobjects.mock.differential;

import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** One generated request: a label for reports and the call to run on each backend. */
record Operation(String label, Function<DynamoDbClient, Object> call) {
    @Override
    public String toString() {
        return label;
    }
}

package dev.dynamoobjects.mock.junit;

import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Gives a shared backend the clean slate every test starts from. */
final class Tables {
    private Tables() {
    }

    /** Deletes every table the client can list. */
    static void deleteAll(DynamoDbClient client) {
        // List every page first: deleting while paging would move the ground under ExclusiveStartTableName.
        List<String> names = client.listTablesPaginator().tableNames().stream().collect(Collectors.toList());
        names.forEach(name -> client.deleteTable(request -> request.tableName(name)));
    }
}

package dev.dynamoobjects.mock.internal.transaction;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/** The tables a transaction names, in order of first mention, for counting and fault rules. */
public final class TransactionTables {
    private TransactionTables() {
    }

    public static Collection<String> of(TransactWriteItemsRequest request) {
        Set<String> tables = new LinkedHashSet<>();
        for (TransactWriteItem item : request.transactItems()) {
            tables.add(item.put() != null ? item.put().tableName()
                    : item.update() != null ? item.update().tableName()
                    : item.delete() != null ? item.delete().tableName()
                    : item.conditionCheck() != null ? item.conditionCheck().tableName() : null);
        }
        tables.remove(null);
        return tables;
    }

    public static Collection<String> of(TransactGetItemsRequest request) {
        Set<String> tables = new LinkedHashSet<>();
        request.transactItems().stream().map(item -> item.get() == null ? null : item.get().tableName())
                .filter(Objects::nonNull).forEach(tables::add);
        return tables;
    }
}

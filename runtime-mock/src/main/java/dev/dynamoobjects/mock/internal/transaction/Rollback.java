package dev.dynamoobjects.mock.internal.transaction;

import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.table.PrimaryKey;
import dev.dynamoobjects.mock.internal.table.Table;
import java.util.ArrayList;
import java.util.List;

/** The items a transaction is about to change, as they were, to put them back when it is cancelled. */
final class Rollback {
    private record Before(Table table, PrimaryKey key, StoredItem item) {
    }

    private final List<Before> before = new ArrayList<>();

    /** Remembers the item under the key as it is now (possibly absent). */
    void remember(Table table, PrimaryKey key) {
        before.add(new Before(table, key, table.get(key)));
    }

    /** Puts every remembered item back, latest first. */
    void run() {
        for (int i = before.size() - 1; i >= 0; i--) {
            Before b = before.get(i);
            if (b.item() == null) {
                b.table().delete(b.key());
            } else {
                b.table().put(b.key(), b.item());
            }
        }
    }
}

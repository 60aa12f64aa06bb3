package dev.dynamoobjects.mock.internal.table;

import java.util.Comparator;

/**
 * The sort position of an item in an index partition: the index's sort key (null when the index
 * has none), then the item's table key, which keeps entries with equal index keys apart.
 */
record IndexEntryKey(Object indexSort, Object tablePartition, Object tableSort) {

    /** Returns the order of entries for an index of a table. */
    static Comparator<Object> order(KeySchema table, KeySchema index) {
        Comparator<Object> tablePartition = table.hash().order();
        Comparator<Object> tableSort = table.range() == null ? null : table.range().order();
        Comparator<Object> indexSort = index.sortOrder();
        return (a, b) -> {
            IndexEntryKey x = (IndexEntryKey) a;
            IndexEntryKey y = (IndexEntryKey) b;
            int c = indexSort == null ? 0 : indexSort.compare(x.indexSort, y.indexSort);
            if (c == 0) {
                c = tablePartition.compare(x.tablePartition, y.tablePartition);
            }
            if (c == 0 && tableSort != null) {
                c = tableSort.compare(x.tableSort, y.tableSort);
            }
            return c;
        };
    }
}

package dev.dynamoobjects.mock.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemStoreTest {
    private final ItemStore store = new ItemStore(Comparator.comparing(String.class::cast),
            Comparator.comparing(Integer.class::cast));

    @Test
    void partitionOfOneItemGrowsShrinksAndIsReplacedInPlace() {
        StoredItem first = item("first");
        StoredItem second = item("second");

        assertNull(store.put("p", 1, first));
        assertSame(first, store.get("p", 1));
        assertNull(store.get("p", 2), "another sort key is not the one item");
        assertNull(store.remove("p", 2));
        assertSame(first, store.put("p", 1, item("replaced")));
        assertNull(store.put("p", 2, second));
        assertEquals(List.of(1, 2), List.copyOf(store.partition("p").keySet()));
        assertSame(second, store.remove("p", 2));
        assertEquals(1, store.itemCount());
        assertEquals("replaced", store.get("p", 1).attributes().get("name").s());
    }

    @Test
    void listsEachPartitionsItemsInSortOrderAfterAStartKey() {
        store.put("a", 1, item("a1"));
        store.put("b", 2, item("b2"));
        store.put("b", 1, item("b1"));

        assertEquals(List.of("a1", "b1", "b2"), names(null));
        assertEquals(List.of("b2"), names(1));
        assertEquals(List.of(), names(2));
        assertEquals(List.of("a1"), List.copyOf(store.partition("a").values()).stream()
                .map(i -> i.attributes().get("name").s()).toList());
    }

    private List<String> names(Integer after) {
        List<String> names = new ArrayList<>();
        store.partitionsFrom(null, true).forEachRemaining(partition -> store.items(partition.getValue(), after)
                .forEachRemaining(item -> names.add(item.attributes().get("name").s())));
        return names;
    }

    private static StoredItem item(String name) {
        return new StoredItem(Map.of("name", AttributeValue.fromS(name)), 10);
    }
}

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

    @Test
    void anItemKeptAloneByTwoStoresUnderDifferentSortKeysIsFoundUnderEach() {
        ItemStore other = new ItemStore(Comparator.comparing(String.class::cast),
                Comparator.comparing(Integer.class::cast));
        StoredItem shared = item("shared");

        store.put("p", 1, shared);
        other.put("q", 2, shared);

        assertSame(shared, store.get("p", 1));
        assertSame(shared, other.get("q", 2));
        assertNull(other.get("q", 1));
        assertEquals(List.of(2), List.copyOf(other.partition("q").keySet()));
        other.put("q", 3, item("next"));
        assertEquals(List.of(2, 3), List.copyOf(other.partition("q").keySet()));
        assertSame(shared, other.remove("q", 2));
        assertSame(shared, store.remove("p", 1));
        assertEquals(0, store.itemCount());
    }

    @Test
    void keepsAnItemPutBackUnderItsKey() {
        StoredItem first = item("first");
        store.put("p", 1, first);
        store.remove("p", 1);

        assertNull(store.put("p", 1, first));
        assertSame(first, store.get("p", 1));
        assertEquals(List.of("first"), names(null));
        assertEquals(List.of(), names(1));
    }

    @Test
    void storedItemKeepsItsAttributesAndSize() {
        StoredItem stored = new StoredItem(Map.of("name", AttributeValue.fromS("x"), "n", AttributeValue.fromN("5")), 7);

        assertEquals(Map.of("name", AttributeValue.fromS("x"), "n", AttributeValue.fromN("5")), stored.attributes());
        assertEquals(7, stored.size());
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

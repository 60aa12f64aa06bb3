package dev.dynamoobjects.mock.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CompactItemTest {
    private final Map<String, AttributeValue> source = new LinkedHashMap<>(Map.of(
            "id", AttributeValue.fromS("a"), "n", AttributeValue.fromN("1")));

    @Test
    void behavesAsTheMapItWasMadeFrom() {
        CompactItem item = CompactItem.of(source);

        assertEquals(source, item);
        assertEquals(item, source);
        assertEquals(source.hashCode(), item.hashCode());
        assertEquals(AttributeValue.fromN("1"), item.get("n"));
        assertNull(item.get("missing"));
        assertEquals(List.copyOf(source.keySet()), List.copyOf(item.keySet()), "attribute order is kept");
    }

    @Test
    void cannotChange() {
        CompactItem item = CompactItem.of(source);

        assertThrows(UnsupportedOperationException.class, () -> item.put("x", AttributeValue.fromS("x")));
        assertThrows(UnsupportedOperationException.class, () -> item.remove("id"));
        source.clear();
        assertEquals(2, item.size(), "it holds its own copy");
    }

    @Test
    void compactingTwiceReturnsTheSameItem() {
        CompactItem item = CompactItem.of(source);

        assertSame(item, CompactItem.of(item));
    }

    @Test
    void sharesTrueFalseAndNullAcrossItems() {
        Map<String, AttributeValue> values = Map.of("flag", AttributeValue.fromBool(true),
                "none", AttributeValue.fromNul(true));
        CompactItem first = CompactItem.of(values);
        CompactItem second = CompactItem.of(new LinkedHashMap<>(values));

        assertEquals(AttributeValue.fromBool(true), first.get("flag"));
        assertSame(first.get("flag"), second.get("flag"));
        assertSame(first.get("none"), second.get("none"));
    }

    @Test
    void comparesWithAnotherCompactItemWhateverTheAttributeOrder() {
        Map<String, AttributeValue> reordered = new LinkedHashMap<>();
        reordered.put("n", AttributeValue.fromN("1"));
        reordered.put("id", AttributeValue.fromS("a"));
        Map<String, AttributeValue> changed = new LinkedHashMap<>(source);
        changed.put("n", AttributeValue.fromN("2"));
        Map<String, AttributeValue> retyped = new LinkedHashMap<>(source);
        retyped.put("n", AttributeValue.fromS("1"));
        Map<String, AttributeValue> longer = new LinkedHashMap<>(source);
        longer.put("m", AttributeValue.fromM(Map.of("x", AttributeValue.fromBool(true))));

        assertEquals(CompactItem.of(source), CompactItem.of(reordered));
        assertEquals(CompactItem.of(longer), CompactItem.of(new LinkedHashMap<>(longer)));
        assertNotEquals(CompactItem.of(source), CompactItem.of(changed));
        assertNotEquals(CompactItem.of(source), CompactItem.of(retyped), "the number 1 is not the string 1");
        assertNotEquals(CompactItem.of(source), CompactItem.of(longer));
        assertNotEquals(CompactItem.of(longer), CompactItem.of(source));
    }

    @Test
    void givesBackEveryNumberTextAsItWasGiven() {
        List<String> texts = List.of("0", "-1", "7", "2147483647", "2147483648", "-2147483649",
                "999999999999999999", "1000000000000000000", "-0", "007", "+1", "1.0", "1E+2", "0.5", "-",
                "12a");
        Map<String, AttributeValue> numbers = new LinkedHashMap<>();
        texts.forEach(text -> numbers.put("n" + text, AttributeValue.fromN(text)));

        CompactItem item = CompactItem.of(numbers);

        assertEquals(numbers, item);
        assertEquals(texts, item.values().stream().map(AttributeValue::n).toList());
        assertNotEquals(CompactItem.of(Map.of("n", AttributeValue.fromN("1"))),
                CompactItem.of(Map.of("n", AttributeValue.fromN("1.0"))), "as DynamoDB Local, the text differs");
    }

    @Test
    void sharesAttributeNamesBetweenItems() {
        String name = new String("shared-name");
        String sameName = new String("shared-name");

        CompactItem first = CompactItem.of(Map.of(name, AttributeValue.fromS("a")));
        CompactItem second = CompactItem.of(Map.of(sameName, AttributeValue.fromS("b")));

        assertSame(first.keySet().iterator().next(), second.keySet().iterator().next());
    }

    @Test
    void keepsAVeryLongNameInTheItemThatBringsIt() {
        String name = "n".repeat(AttributeNames.MAX_LENGTH + 1);

        CompactItem first = CompactItem.of(Map.of(new String(name), AttributeValue.fromS("a")));
        // Another item in between: names repeating the last item's are reused whatever their length.
        CompactItem second = CompactItem.of(Map.of("other", AttributeValue.fromS("b")));
        CompactItem third = CompactItem.of(Map.of(new String(name), AttributeValue.fromS("c")));

        assertEquals(name, third.keySet().iterator().next());
        assertNotSame(first.keySet().iterator().next(), third.keySet().iterator().next());
    }
}

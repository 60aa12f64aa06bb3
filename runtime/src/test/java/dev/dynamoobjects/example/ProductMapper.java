package dev.dynamoobjects.example;

import dev.dynamoobjects.mapping.RecordMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stands in for the processor's mapper. Missing attributes take the record's defaults. */
public final class ProductMapper implements RecordMapper<Product> {
    public static final ProductMapper INSTANCE = new ProductMapper();

    private ProductMapper() {
    }

    @Override
    public Map<String, AttributeValue> toItem(Product p) {
        Map<String, AttributeValue> item = new HashMap<>(16);
        putS(item, "storeId", p.storeId());
        putS(item, "sku", p.sku());
        putS(item, "name", p.name());
        putS(item, "category", p.category());
        item.put("price", AttributeValue.fromN(Long.toString(p.price())));
        item.put("stock", AttributeValue.fromN(Integer.toString(p.stock())));
        if (p.tags() != null && !p.tags().isEmpty()) {
            item.put("tags", encodeTags(p.tags()));
        }
        if (p.history() != null) {
            item.put("history", encodeHistory(p.history()));
        }
        if (p.dimensions() != null) {
            item.put("dimensions", encodeDimensions(p.dimensions()));
        }
        item.put("active", AttributeValue.fromBool(p.active()));
        putS(item, "status", p.status());
        return item;
    }

    @Override
    public Product fromItem(Map<String, AttributeValue> item) {
        ImmutableProduct.Builder b = ImmutableProduct.builder();
        b.storeId(s(item, "storeId")).sku(s(item, "sku")).name(s(item, "name")).category(s(item, "category"));
        AttributeValue v;
        if ((v = item.get("price")) != null) {
            b.price(Long.parseLong(v.n()));
        }
        if ((v = item.get("stock")) != null) {
            b.stock(Integer.parseInt(v.n()));
        }
        if ((v = item.get("tags")) != null) {
            b.tags(Set.copyOf(v.ss()));
        }
        if ((v = item.get("history")) != null) {
            b.history(v.l().stream().map(AttributeValue::s).toList());
        }
        if ((v = item.get("dimensions")) != null) {
            b.dimensions(v.m().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().s())));
        }
        if ((v = item.get("active")) != null) {
            b.active(v.bool());
        }
        if ((v = item.get("status")) != null) {
            b.status(v.s());
        }
        return b.build();
    }

    @Override
    public Map<String, AttributeValue> keyOf(Product p) {
        return Map.of("storeId", AttributeValue.fromS(p.storeId()), "sku", AttributeValue.fromS(p.sku()));
    }

    static AttributeValue encodeTags(Set<String> tags) {
        return AttributeValue.fromSs(List.copyOf(tags));
    }

    static AttributeValue encodeHistory(List<String> history) {
        return AttributeValue.fromL(history.stream().map(AttributeValue::fromS).toList());
    }

    static AttributeValue encodeDimensions(Map<String, String> dimensions) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        dimensions.forEach((k, x) -> m.put(k, AttributeValue.fromS(x)));
        return AttributeValue.fromM(m);
    }

    private static void putS(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, AttributeValue.fromS(value));
        }
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }
}

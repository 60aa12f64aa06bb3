package dev.dynamoobjects.benchmarks.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The same data in each form the benchmarks compare. */
final class Shapes {
    private static final List<String> TAGS = List.of("organic", "fresh", "local");
    private static final Set<String> LABELS = Set.of("promo", "new");
    private static final Map<String, Integer> COUNTS = Map.of("views", 1200, "likes", 37, "shares", 4);
    private static final int LINES = 5;

    private Shapes() {
    }

    static ImmutableFlat flat() {
        return ImmutableFlat.builder().id("item-000123").name("Green tea, 100 bags").quantity(42)
                .updatedAt(1_700_000_000_123L).price(12.75).active(true).build();
    }

    static FlatBean flatBean() {
        FlatBean bean = new FlatBean();
        bean.setId("item-000123");
        bean.setName("Green tea, 100 bags");
        bean.setQuantity(42);
        bean.setUpdatedAt(1_700_000_000_123L);
        bean.setPrice(12.75);
        bean.setActive(true);
        return bean;
    }

    static FlatImmutable flatImmutable() {
        return FlatImmutable.builder().id("item-000123").name("Green tea, 100 bags").quantity(42)
                .updatedAt(1_700_000_000_123L).price(12.75).active(true).build();
    }

    static ImmutableNested nested() {
        List<LineItem> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            lines.add(ImmutableLineItem.builder().sku("sku-" + i).quantity(i + 1).price(2.5 * i + 0.25).build());
        }
        return ImmutableNested.builder().id("order-000123").tags(TAGS).labels(LABELS).counts(COUNTS).lines(lines)
                .address(ImmutableAddress.builder().street("1 Main St").city("Lyon").zip("69001").build())
                .build();
    }

    static NestedBean nestedBean() {
        List<LineItemBean> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            LineItemBean line = new LineItemBean();
            line.setSku("sku-" + i);
            line.setQuantity(i + 1);
            line.setPrice(2.5 * i + 0.25);
            lines.add(line);
        }
        AddressBean address = new AddressBean();
        address.setStreet("1 Main St");
        address.setCity("Lyon");
        address.setZip("69001");
        NestedBean bean = new NestedBean();
        bean.setId("order-000123");
        bean.setTags(TAGS);
        bean.setLabels(LABELS);
        bean.setCounts(COUNTS);
        bean.setLines(lines);
        bean.setAddress(address);
        return bean;
    }

    static NestedImmutable nestedImmutable() {
        List<LineItemImmutable> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            lines.add(LineItemImmutable.builder().sku("sku-" + i).quantity(i + 1).price(2.5 * i + 0.25).build());
        }
        return NestedImmutable.builder().id("order-000123").tags(TAGS).labels(LABELS).counts(COUNTS).lines(lines)
                .address(AddressImmutable.builder().street("1 Main St").city("Lyon").zip("69001").build())
                .build();
    }
}

package dev.dynamoobjects.example;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stands in for the processor's immutable implementation; tests only need the builder. */
public record ImmutableProduct(String storeId, String sku, String name, String category, long price,
        int stock, Set<String> tags, List<String> history, Map<String, String> dimensions,
        boolean active, String status) implements Product {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().storeId(storeId).sku(sku).name(name).category(category).price(price)
                .stock(stock).tags(tags).history(history).dimensions(dimensions).active(active).status(status);
    }

    public ImmutableProduct withName(String value) {
        return toBuilder().name(value).build();
    }

    public ImmutableProduct withStock(int value) {
        return toBuilder().stock(value).build();
    }

    public static final class Builder {
        private String storeId;
        private String sku;
        private String name;
        private String category;
        private long price;
        private int stock;
        private Set<String> tags;
        private List<String> history = List.of();
        private Map<String, String> dimensions;
        private boolean active;
        private String status = "NEW";

        public Builder storeId(String value) {
            storeId = value;
            return this;
        }

        public Builder sku(String value) {
            sku = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder category(String value) {
            category = value;
            return this;
        }

        public Builder price(long value) {
            price = value;
            return this;
        }

        public Builder stock(int value) {
            stock = value;
            return this;
        }

        public Builder tags(Set<String> value) {
            tags = value;
            return this;
        }

        public Builder history(List<String> value) {
            history = value;
            return this;
        }

        public Builder dimensions(Map<String, String> value) {
            dimensions = value;
            return this;
        }

        public Builder active(boolean value) {
            active = value;
            return this;
        }

        public Builder status(String value) {
            status = value;
            return this;
        }

        public ImmutableProduct build() {
            return new ImmutableProduct(storeId, sku, name, category, price, stock, tags, history,
                    dimensions, active, status);
        }
    }
}

package dev.dynamoobjects.benchmarks.mapping;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

/** A nested line item for ImmutableTableSchema. */
@DynamoDbImmutable(builder = LineItemImmutable.Builder.class)
public final class LineItemImmutable {
    private final String sku;
    private final int quantity;
    private final double price;

    private LineItemImmutable(Builder b) {
        this.sku = b.sku;
        this.quantity = b.quantity;
        this.price = b.price;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    public double price() {
        return price;
    }

    /** The builder the Enhanced Client fills. */
    public static final class Builder {
        private String sku;
        private int quantity;
        private double price;

        public Builder sku(String sku) {
            this.sku = sku;
            return this;
        }

        public Builder quantity(int quantity) {
            this.quantity = quantity;
            return this;
        }

        public Builder price(double price) {
            this.price = price;
            return this;
        }

        public LineItemImmutable build() {
            return new LineItemImmutable(this);
        }
    }
}

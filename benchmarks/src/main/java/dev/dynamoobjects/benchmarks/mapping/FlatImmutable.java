package dev.dynamoobjects.benchmarks.mapping;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The flat shape for ImmutableTableSchema. */
@DynamoDbImmutable(builder = FlatImmutable.Builder.class)
public final class FlatImmutable {
    private final String id;
    private final String name;
    private final int quantity;
    private final long updatedAt;
    private final double price;
    private final boolean active;

    private FlatImmutable(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.quantity = b.quantity;
        this.updatedAt = b.updatedAt;
        this.price = b.price;
        this.active = b.active;
    }

    public static Builder builder() {
        return new Builder();
    }

    @DynamoDbPartitionKey
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int quantity() {
        return quantity;
    }

    public long updatedAt() {
        return updatedAt;
    }

    public double price() {
        return price;
    }

    public boolean active() {
        return active;
    }

    /** The builder the Enhanced Client fills. */
    public static final class Builder {
        private String id;
        private String name;
        private int quantity;
        private long updatedAt;
        private double price;
        private boolean active;

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder quantity(int quantity) {
            this.quantity = quantity;
            return this;
        }

        public Builder updatedAt(long updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder price(double price) {
            this.price = price;
            return this;
        }

        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        public FlatImmutable build() {
            return new FlatImmutable(this);
        }
    }
}

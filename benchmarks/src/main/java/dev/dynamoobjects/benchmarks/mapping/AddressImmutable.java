package dev.dynamoobjects.benchmarks.mapping;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

/** A nested address for ImmutableTableSchema. */
@DynamoDbImmutable(builder = AddressImmutable.Builder.class)
public final class AddressImmutable {
    private final String street;
    private final String city;
    private final String zip;

    private AddressImmutable(Builder b) {
        this.street = b.street;
        this.city = b.city;
        this.zip = b.zip;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String street() {
        return street;
    }

    public String city() {
        return city;
    }

    public String zip() {
        return zip;
    }

    /** The builder the Enhanced Client fills. */
    public static final class Builder {
        private String street;
        private String city;
        private String zip;

        public Builder street(String street) {
            this.street = street;
            return this;
        }

        public Builder city(String city) {
            this.city = city;
            return this;
        }

        public Builder zip(String zip) {
            this.zip = zip;
            return this;
        }

        public AddressImmutable build() {
            return new AddressImmutable(this);
        }
    }
}

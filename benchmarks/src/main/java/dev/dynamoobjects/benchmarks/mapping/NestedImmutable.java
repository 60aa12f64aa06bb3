package dev.dynamoobjects.benchmarks.mapping;

import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The nested shape for ImmutableTableSchema. */
@DynamoDbImmutable(builder = NestedImmutable.Builder.class)
public final class NestedImmutable {
    private final String id;
    private final List<String> tags;
    private final Set<String> labels;
    private final Map<String, Integer> counts;
    private final List<LineItemImmutable> lines;
    private final AddressImmutable address;

    private NestedImmutable(Builder b) {
        this.id = b.id;
        this.tags = b.tags;
        this.labels = b.labels;
        this.counts = b.counts;
        this.lines = b.lines;
        this.address = b.address;
    }

    public static Builder builder() {
        return new Builder();
    }

    @DynamoDbPartitionKey
    public String id() {
        return id;
    }

    public List<String> tags() {
        return tags;
    }

    public Set<String> labels() {
        return labels;
    }

    public Map<String, Integer> counts() {
        return counts;
    }

    public List<LineItemImmutable> lines() {
        return lines;
    }

    public AddressImmutable address() {
        return address;
    }

    /** The builder the Enhanced Client fills. */
    public static final class Builder {
        private String id;
        private List<String> tags;
        private Set<String> labels;
        private Map<String, Integer> counts;
        private List<LineItemImmutable> lines;
        private AddressImmutable address;

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder labels(Set<String> labels) {
            this.labels = labels;
            return this;
        }

        public Builder counts(Map<String, Integer> counts) {
            this.counts = counts;
            return this;
        }

        public Builder lines(List<LineItemImmutable> lines) {
            this.lines = lines;
            return this;
        }

        public Builder address(AddressImmutable address) {
            this.address = address;
            return this;
        }

        public NestedImmutable build() {
            return new NestedImmutable(this);
        }
    }
}

package dev.dynamoobjects.mock;

import java.time.Clock;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An in-memory DynamoDB that runs in process: a {@link DynamoDbClient} with no sockets and no
 * serialization, for fast tests. Operations it does not support fail with an
 * {@code UnknownOperationException} naming the operation.
 *
 * <pre>{@code
 * try (DynamoDbClient dynamo = new EmbeddedDynamoDb()) {
 *     dynamo.createTable(...);
 *     dynamo.putItem(...);
 * }
 * }</pre>
 */
public final class EmbeddedDynamoDb extends UnsupportedOperations implements AutoCloseable {
    private final Clock clock;

    /** Creates an empty engine on the system clock. */
    public EmbeddedDynamoDb() {
        this(builder());
    }

    private EmbeddedDynamoDb(Builder builder) {
        this.clock = builder.clock;
    }

    /** Returns a builder for an engine with non-default settings, such as a controllable clock. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    /** Releases nothing: the engine holds only memory. Present so it can sit in try-with-resources. */
    @Override
    public void close() {
    }

    /** Settings for an {@link EmbeddedDynamoDb}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Sets the clock that stamps creation times (and, with TTL, decides expiry). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Builds the engine. */
        public EmbeddedDynamoDb build() {
            return new EmbeddedDynamoDb(this);
        }
    }
}

package dev.dynamoobjects.example;

import dev.dynamoobjects.attribute.NumberAttribute;
import dev.dynamoobjects.keys.KeyCounter;
import dev.dynamoobjects.mapping.RecordMapper;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The table of {@link Order} records (DynamoDB table {@code order}, time to live on
 * {@code expiresAt}). A saved order with key 0 gets the next number of counter {@code order}, one
 * without reference a random UUID; {@code createdAt} is set once and {@code updatedAt} on every
 * save, from the database's clock.
 */
@Generated("dev.dynamoobjects.processor.RecordProcessor")
public final class OrderTable extends Table<Order> {
    /** The table's keys and billing, as declared on {@link Order}, and its time-to-live attribute. */
    public static final TableSchema SCHEMA = new TableSchema(
            "order", new KeyAttribute("orderId", ScalarType.N), null, List.of(), 0, 0, null, "expiresAt");

    /** The record's mapper. */
    public static final RecordMapper<Order> MAPPER = OrderMapper.INSTANCE;

    /** {@code orderId}: the partition key. */
    public static final NumberAttribute<Order, Long> ORDER_ID = new NumberAttribute<>("orderId");

    private final KeyCounter orderIds;

    /** Creates the table on a database; the table itself is created on first use if missing. */
    public OrderTable(DynamoDatabase database) {
        super(database, SCHEMA, MAPPER);
        this.orderIds = new KeyCounter(database, SCHEMA.tableName(), 10);
    }

    /** Fills the generated key, reference and timestamps before every write. */
    @Override
    protected Order beforeWrite(Order record) {
        ImmutableOrder r = ImmutableOrder.copyOf(record);
        if (r.orderId() == 0) {
            r = r.withOrderId(orderIds.next());
        }
        if (r.reference() == null) {
            r = r.withReference(UUID.randomUUID().toString());
        }
        Instant now = database().clock().instant();
        if (r.createdAt() == null) {
            r = r.withCreatedAt(now);
        }
        return r.withUpdatedAt(now);
    }

    /** Returns the order with this key, or empty. */
    public Optional<Order> find(long orderId) {
        return find(key(ORDER_ID.encode(orderId)));
    }
}

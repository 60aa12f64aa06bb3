package dev.dynamoobjects.keys;

import dev.dynamoobjects.attribute.NumberAttribute;
import dev.dynamoobjects.internal.table.RawAccess;
import dev.dynamoobjects.internal.table.RawTable;
import dev.dynamoobjects.mapping.RecordMapper;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.Table;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The table of every counter, one item each: {@code counter} (its name) and {@code value}. */
final class Counters extends Table<Counters.Counter> {
    static final TableSchema SCHEMA = new TableSchema("dynamo_objects_counters",
            new KeyAttribute("counter", ScalarType.S), null, List.of(), 0, 0);
    private static final NumberAttribute<Counter, Long> VALUE = new NumberAttribute<>("value");

    /** One counter item. */
    record Counter(String counter, long value) {
    }

    private static final RecordMapper<Counter> MAPPER = new RecordMapper<>() {
        @Override
        public Map<String, AttributeValue> toItem(Counter c) {
            return Map.of("counter", AttributeValue.fromS(c.counter()),
                    "value", AttributeValue.fromN(Long.toString(c.value())));
        }

        @Override
        public Counter fromItem(Map<String, AttributeValue> item) {
            AttributeValue value = item.get("value");
            return new Counter(item.get("counter").s(), value == null ? 0 : Long.parseLong(value.n()));
        }

        @Override
        public Map<String, AttributeValue> keyOf(Counter c) {
            return Map.of("counter", AttributeValue.fromS(c.counter()));
        }
    };

    Counters(DynamoDatabase database) {
        super(database, SCHEMA, MAPPER);
    }

    /** Adds {@code amount} to a counter atomically and returns its new value. */
    long add(String counter, long amount) {
        RawTable<Counter> raw = RawAccess.of(this);
        return raw.increment(raw.key(AttributeValue.fromS(counter)), VALUE, amount);
    }
}

package dev.dynamoobjects.benchmarks.memory;

import dev.dynamoobjects.mapping.RecordMapper;
import dev.dynamoobjects.memory.MemoryTable;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.Table;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The table of {@link Counter}s, with its mapper and memory table, as the processor will generate them. */
final class CounterTable extends Table<Counter> {
    static final TableSchema SCHEMA = new TableSchema("counter", new KeyAttribute("id", ScalarType.S), null,
            List.of(), 0, 0);

    static final RecordMapper<Counter> MAPPER = new RecordMapper<>() {
        @Override
        public Map<String, AttributeValue> toItem(Counter counter) {
            return Map.of("id", AttributeValue.fromS(counter.id()),
                    "value", AttributeValue.fromN(Long.toString(counter.value())),
                    "label", AttributeValue.fromS(counter.label()));
        }

        @Override
        public Counter fromItem(Map<String, AttributeValue> item) {
            AttributeValue value = item.get("value");
            AttributeValue label = item.get("label");
            return new Counter(item.get("id").s(), value == null ? 0 : Long.parseLong(value.n()),
                    label == null ? null : label.s());
        }

        @Override
        public Map<String, AttributeValue> keyOf(Counter counter) {
            return Map.of("id", AttributeValue.fromS(counter.id()));
        }
    };

    CounterTable(DynamoDatabase database) {
        super(database, SCHEMA, MAPPER);
    }

    Counter get(String id) {
        return get(key(AttributeValue.fromS(id)));
    }

    /** The memory table of {@link Counter}s. */
    static final class Memory extends MemoryTable<Counter> {
        Memory(CounterTable table) {
            super(table);
        }

        Counter get(String id) {
            return get(key(AttributeValue.fromS(id)));
        }

        void preload(List<String> ids) {
            preload(ids.stream().map(id -> key(AttributeValue.fromS(id))).toList());
        }
    }
}

package dev.dynamoobjects.benchmarks.singletable;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.table.DynamoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Decoding a mixed item collection of 100 items (a customer and 99 orders, as one Query returns them):
 * the generated single table's decoding by type attribute, against a hand-written type-attribute
 * decoder over the Enhanced Client's hand-written static schemas. Both give a list of entities.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CollectionDecodingBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CollectionDecodingBenchmark {
    private final ShopTable shop = new ShopTable(DynamoDatabase.of(new EmbeddedDynamoDb()));
    private final List<Map<String, AttributeValue>> items = new ArrayList<>();

    /** Writes the items with the generated mappers, so that both decoders read the same maps. */
    @Setup
    public void items() {
        items.add(Shop_CustomerMapper.INSTANCE.toItem(new Shop.Customer("c1", "Ada", "ada@example.com")));
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 99; i++) {
            items.add(Shop_OrderMapper.INSTANCE.toItem(
                    new Shop.Order("c1", start.plusSeconds(3600L * i), "o" + i, "OPEN", 100L * i)));
        }
        List<Object> beans = enhanced();
        List<Shop> records = generated();
        for (int i = 1; i < items.size(); i++) {
            ShopBeans.OrderBean bean = (ShopBeans.OrderBean) beans.get(i);
            Shop.Order order = (Shop.Order) records.get(i);
            if (bean.totalCents != order.totalCents() || !bean.orderId.equals(order.orderId())
                    || !bean.placedAt.equals(order.placedAt())) {
                throw new IllegalStateException("The decoders read order " + i + " differently");
            }
        }
    }

    @Benchmark
    public List<Shop> generated() {
        List<Shop> entities = new ArrayList<>(items.size());
        for (Map<String, AttributeValue> item : items) {
            entities.add(shop.toEntity(item));
        }
        return entities;
    }

    @Benchmark
    public List<Object> enhanced() {
        List<Object> entities = new ArrayList<>(items.size());
        for (Map<String, AttributeValue> item : items) {
            AttributeValue type = item.get("type");
            String name = type == null ? null : type.s();
            if ("customer".equals(name)) {
                entities.add(ShopBeans.CUSTOMER.mapToItem(item));
            } else if ("order".equals(name)) {
                entities.add(ShopBeans.ORDER.mapToItem(item));
            } else {
                throw new IllegalStateException("Unknown entity type " + name);
            }
        }
        return entities;
    }
}

package dev.dynamoobjects.benchmarks.engine;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Item operations through the {@code DynamoDbClient} interface, the embedded engine and DynamoDB
 * Local's in-process client side by side (the {@code backend} parameter). Requests are built once:
 * what is measured is the backend, not the request builders.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar EngineBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {
    private static final int QUERY_ITEMS = 100;

    @Param({Backends.EMBEDDED, Backends.LOCAL})
    public String backend;

    private Backends.Backend running;
    private DynamoDbClient client;
    private PutItemRequest put;
    private GetItemRequest get;
    private UpdateItemRequest update;
    private QueryRequest query;

    @Setup(Level.Trial)
    public void start() {
        running = Backends.start(backend);
        client = running.client();
        Backends.createTable(client);
        Backends.fillPartition(client, "query", QUERY_ITEMS);
        client.putItem(p -> p.tableName(Backends.TABLE).item(Backends.item("single", 1)));

        put = PutItemRequest.builder().tableName(Backends.TABLE).item(Backends.item("put", 1)).build();
        get = GetItemRequest.builder().tableName(Backends.TABLE).key(Backends.key("single", 1)).build();
        update = UpdateItemRequest.builder().tableName(Backends.TABLE).key(Backends.key("single", 1))
                .updateExpression("SET #c = #c + :one")
                .conditionExpression("attribute_exists(pk) AND #c >= :zero")
                .expressionAttributeNames(Map.of("#c", "count"))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"), ":zero", AttributeValue.fromN("0")))
                .build();
        query = QueryRequest.builder().tableName(Backends.TABLE).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("query"))).build();
        if (client.query(query).count() != QUERY_ITEMS) {
            throw new IllegalStateException("The query partition does not hold " + QUERY_ITEMS + " items");
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        running.close();
    }

    @Benchmark
    public Object putItem() {
        return client.putItem(put);
    }

    @Benchmark
    public Object getItem() {
        return client.getItem(get);
    }

    @Benchmark
    public Object updateItemWithCondition() {
        return client.updateItem(update);
    }

    @Benchmark
    public Object query100Items() {
        return client.query(query);
    }
}

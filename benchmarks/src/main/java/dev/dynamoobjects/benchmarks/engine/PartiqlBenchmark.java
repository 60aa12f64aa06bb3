package dev.dynamoobjects.benchmarks.engine;

import java.util.List;
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
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;

/**
 * PartiQL through ExecuteStatement, the embedded engine and DynamoDB Local's in-process client side
 * by side (the {@code backend} parameter): a SELECT by the full key, and a conditional UPDATE that
 * increments a counter. Statements and parameters are built once.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PartiqlBenchmark -f 1 -wi 2 -i 3 -w 1s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PartiqlBenchmark {
    @Param({Backends.EMBEDDED, Backends.LOCAL})
    public String backend;

    private Backends.Backend running;
    private DynamoDbClient client;
    private ExecuteStatementRequest select;
    private ExecuteStatementRequest update;

    @Setup(Level.Trial)
    public void start() {
        running = Backends.start(backend);
        client = running.client();
        Backends.createTable(client);
        client.putItem(p -> p.tableName(Backends.TABLE).item(Backends.item("single", 1)));
        select = ExecuteStatementRequest.builder()
                .statement("SELECT * FROM \"" + Backends.TABLE + "\" WHERE pk = ? AND sk = ?")
                .parameters(List.of(AttributeValue.fromS("single"), AttributeValue.fromN("1")))
                .build();
        update = ExecuteStatementRequest.builder()
                .statement("UPDATE \"" + Backends.TABLE + "\" SET \"count\" = \"count\" + 1 WHERE pk = 'single' AND sk = 1 "
                        + "AND \"count\" >= 0")
                .build();
        if (client.executeStatement(select).items().size() != 1) {
            throw new IllegalStateException("The keyed SELECT does not find its item");
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        running.close();
    }

    @Benchmark
    public Object keyedSelect() {
        return client.executeStatement(select);
    }

    @Benchmark
    public Object conditionalUpdate() {
        return client.executeStatement(update);
    }
}

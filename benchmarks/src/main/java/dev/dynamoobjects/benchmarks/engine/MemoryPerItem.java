package dev.dynamoobjects.benchmarks.engine;

import dev.dynamoobjects.benchmarks.jvm.ChildJvm;
import dev.dynamoobjects.benchmarks.jvm.ResidentMemory;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Memory per stored item: a fresh JVM per backend loads a million small items (five attributes,
 * about 60 bytes of DynamoDB item size, one item per partition) and reports the growth of the Java
 * heap after a full GC and of the process's resident memory, divided by the item count. Resident
 * memory is the figure to compare: DynamoDB Local keeps its SQLite database outside the Java heap, and
 * for a Java store it is the heap plus what the garbage collector keeps committed beyond it.
 *
 * <p>The child JVMs run with the JVM's default options unless options are given after the item count
 * (both backends get the same): on a machine of 2 or more cores and 2 GB or more that is G1 with a
 * quarter of the memory as maximum heap, which keeps about 1.8x the live heap resident for a million
 * items here ({@code -XX:+UseSerialGC} about 1.55x). The first line names the collector and maximum
 * heap the children had.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.engine.MemoryPerItem [items [JVM options...]]
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.engine.MemoryPerItem 1000000 -XX:+UseSerialGC
 * </pre>
 */
public final class MemoryPerItem {
    private MemoryPerItem() {
    }

    public static void main(String[] args) {
        String items = args.length > 0 ? args[0] : "1000000";
        List<String> options = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        String jvm = ChildJvm.run(options, JvmSettings.class);
        System.out.printf("Memory per stored item, %s items (fresh JVM per backend, %s: %s)%n", items,
                options.isEmpty() ? "default JVM options" : String.join(" ", options), jvm);
        System.out.printf("%-16s %14s %18s %10s%n", "backend", "Java heap", "resident memory", "load time");
        for (String backend : List.of(Backends.EMBEDDED, Backends.LOCAL)) {
            String[] figures = ChildJvm.run(options, Child.class, backend, items).split(" ");
            System.out.printf("%-16s %8s B/item %12s B/item %8s s%n", backend, figures[0], figures[1], figures[2]);
        }
    }

    /** Prints the garbage collectors and the maximum heap of the JVM it runs in. */
    public static final class JvmSettings {
        private JvmSettings() {
        }

        public static void main(String[] args) {
            List<String> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(GarbageCollectorMXBean::getName).toList();
            long maxHeap = Runtime.getRuntime().maxMemory() >> 20;
            System.out.printf("collectors %s, maximum heap %d MB%n", String.join(" + ", collectors), maxHeap);
        }
    }

    /** Loads the items into one backend; prints heap bytes per item, resident bytes per item and seconds. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws Exception {
            int count = Integer.parseInt(args[1]);
            Backends.Backend backend = Backends.start(args[0]);
            DynamoDbClient client = backend.client();
            Backends.createTable(client);
            load(client, 1000, 0);
            long heapBefore = usedHeap();
            long residentBefore = ResidentMemory.settledBytes();
            long start = System.nanoTime();
            load(client, count, 1000);
            double seconds = (System.nanoTime() - start) / 1e9;
            long heap = usedHeap() - heapBefore;
            long resident = ResidentMemory.settledBytes() - residentBefore;
            System.out.printf("%.1f %.1f %.1f%n", (double) heap / count, (double) resident / count, seconds);
            System.exit(0);
        }

        private static void load(DynamoDbClient client, int count, int first) {
            List<WriteRequest> batch = new ArrayList<>(25);
            for (int i = first; i < first + count; i++) {
                Map<String, AttributeValue> item = Backends.item("item-" + i, 0);
                batch.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
                if (batch.size() == 25 || i == first + count - 1) {
                    Map<String, List<WriteRequest>> request = Map.of(Backends.TABLE, List.copyOf(batch));
                    client.batchWriteItem(b -> b.requestItems(request));
                    batch.clear();
                }
            }
        }

        private static long usedHeap() {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}

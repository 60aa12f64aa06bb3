package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.internal.server.codec.PojoReader;
import dev.dynamoobjects.mock.internal.server.codec.PojoWriter;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.stream.TableStream;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.IndexDefinition;
import dev.dynamoobjects.mock.internal.table.KeyAttribute;
import dev.dynamoobjects.mock.internal.table.KeySchema;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.table.TableSettings;
import dev.dynamoobjects.mock.internal.table.TableSpec;
import dev.dynamoobjects.mock.internal.table.Throughput;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * One table at one instant, as the snapshot keeps it: its definition as the CreateTable request
 * that makes it as it is now (every attribute definition, index, billing, encryption, class,
 * deletion protection, on-demand maximums, tags), the times and settings CreateTable cannot give
 * (creation, the switch to on-demand, the table class's update, point-in-time recovery, TTL), its
 * latest stream's ARN, and its items: the store's own immutable items, referenced, not copied.
 *
 * @param payPerRequestSinceMillis -1 when the table is provisioned
 * @param tableClassChangedMillis  -1 when no UpdateTable changed the class
 * @param recoverySinceMillis      -1 when point-in-time recovery is off
 * @param timeToLive               null when TTL was never set
 * @param streamArn                null when the table never had a stream
 */
record TableState(CreateTableRequest definition, long createdMillis, long payPerRequestSinceMillis,
                  long tableClassChangedMillis, long recoverySinceMillis, int recoveryDays,
                  TimeToLiveSpecification timeToLive, String streamArn, StoredItem[] items) {

    /** The table's state; under the engine's write lock. */
    static TableState of(Table table) {
        TableSettings settings = table.settings();
        Instant classChanged = settings.tableClass() == null ? null : settings.tableClass().lastUpdateDateTime();
        return new TableState(definition(table), table.created().toEpochMilli(),
                table.billingMode() == BillingMode.PAY_PER_REQUEST ? table.payPerRequestSince().toEpochMilli() : -1,
                classChanged == null ? -1 : classChanged.toEpochMilli(),
                settings.recoverySince() == null ? -1 : settings.recoverySince().toEpochMilli(),
                settings.recoveryDays(), table.timeToLive(),
                table.stream() == null ? null : table.stream().arn(), items(table));
    }

    private static CreateTableRequest definition(Table table) {
        TableSettings settings = table.settings();
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (IndexDefinition index : table.indexes().values()) {
            if (index.global()) {
                globals.add(GlobalSecondaryIndex.builder().indexName(index.name()).keySchema(index.keys().toSdk())
                        .projection(index.projection())
                        .provisionedThroughput(throughput(table.indexThroughput(index.name()))).build());
            } else {
                locals.add(LocalSecondaryIndex.builder().indexName(index.name()).keySchema(index.keys().toSdk())
                        .projection(index.projection()).build());
            }
        }
        List<Tag> tags = new ArrayList<>();
        table.tags().forEach((key, value) -> tags.add(Tag.builder().key(key).value(value).build()));
        return CreateTableRequest.builder()
                .tableName(table.name())
                .attributeDefinitions(table.attributeDefinitions())
                .keySchema(table.keys().toSdk())
                .billingMode(table.billingMode())
                .provisionedThroughput(throughput(table.throughput()))
                .globalSecondaryIndexes(globals.isEmpty() ? null : globals)
                .localSecondaryIndexes(locals.isEmpty() ? null : locals)
                .sseSpecification(settings.encryption())
                .tableClass(settings.tableClass() == null ? null : settings.tableClass().tableClass())
                .deletionProtectionEnabled(settings.deletionProtection())
                .onDemandThroughput(settings.onDemandThroughput())
                .tags(tags.isEmpty() ? null : tags)
                .build();
    }

    private static ProvisionedThroughput throughput(Throughput throughput) {
        return throughput.equals(Throughput.NONE) ? null : ProvisionedThroughput.builder()
                .readCapacityUnits(throughput.read()).writeCapacityUnits(throughput.write()).build();
    }

    private static StoredItem[] items(Table table) {
        StoredItem[] items = new StoredItem[table.items().itemCount()];
        int i = 0;
        var partitions = table.items().partitionsFrom(null, true);
        while (partitions.hasNext()) {
            var partition = table.items().items(partitions.next().getValue(), null);
            while (partition.hasNext()) {
                items[i++] = partition.next();
            }
        }
        return items;
    }

    /** Writes everything but the items (written in frames of their own). */
    void writeDefinition(DataOutputStream out) throws IOException {
        writeJson(out, PojoWriter.write(definition));
        out.writeLong(createdMillis);
        out.writeLong(payPerRequestSinceMillis);
        out.writeLong(tableClassChangedMillis);
        out.writeLong(recoverySinceMillis);
        out.writeInt(recoveryDays);
        writeJson(out, timeToLive == null ? new byte[0]
                : PojoWriter.write(UpdateTimeToLiveRequest.builder().timeToLiveSpecification(timeToLive).build()));
        ItemCodec.writeString(out, streamArn == null ? "" : streamArn);
        out.writeInt(items.length);
    }

    /** Reads what {@link #writeDefinition} wrote; the items are left empty, for the caller to read. */
    static TableState readDefinition(DataInputStream in) throws IOException {
        CreateTableRequest.Builder definition = CreateTableRequest.builder();
        PojoReader.read(readJson(in), definition);
        long created = in.readLong();
        long payPerRequestSince = in.readLong();
        long classChanged = in.readLong();
        long recoverySince = in.readLong();
        int recoveryDays = in.readInt();
        byte[] ttl = readJson(in);
        TimeToLiveSpecification timeToLive = null;
        if (ttl.length > 0) {
            UpdateTimeToLiveRequest.Builder request = UpdateTimeToLiveRequest.builder();
            PojoReader.read(ttl, request);
            timeToLive = request.build().timeToLiveSpecification();
        }
        String streamArn = ItemCodec.readString(in);
        return new TableState(definition.build(), created, payPerRequestSince, classChanged, recoverySince,
                recoveryDays, timeToLive, streamArn.isEmpty() ? null : streamArn, new StoredItem[in.readInt()]);
    }

    /**
     * Makes the table in {@code catalog} (empty) as it was, with the clock standing at its creation
     * time, and gives it back its latest stream from {@code streams}; its items follow.
     */
    Table restore(Catalog catalog, ReplayClock clock, Map<String, TableStream> streams) {
        Map<String, ScalarAttributeType> types = new HashMap<>();
        definition.attributeDefinitions().forEach(a -> types.put(a.attributeName(), a.attributeType()));
        KeySchema keys = keySchema(definition.keySchema(), types);
        clock.replaying(Instant.ofEpochMilli(createdMillis));
        boolean onDemand = definition.billingMode() == BillingMode.PAY_PER_REQUEST;
        Table table = catalog.create(new TableSpec(definition.tableName(), keys, definition.attributeDefinitions(),
                BillingMode.PROVISIONED, Throughput.of(definition.provisionedThroughput()), settings()));
        if (onDemand) {
            table.billingMode(BillingMode.PAY_PER_REQUEST, Throughput.NONE, Instant.ofEpochMilli(payPerRequestSinceMillis));
        }
        for (LocalSecondaryIndex index : definition.localSecondaryIndexes()) {
            table.addIndex(IndexDefinition.of(index.indexName(), false, keys, keySchema(index.keySchema(), types),
                    index.projection()));
        }
        for (GlobalSecondaryIndex index : definition.globalSecondaryIndexes()) {
            table.addIndex(IndexDefinition.of(index.indexName(), true, keys, keySchema(index.keySchema(), types),
                    index.projection()));
            if (index.provisionedThroughput() != null) {
                table.indexThroughput(index.indexName(), Throughput.of(index.provisionedThroughput()));
            }
        }
        definition.tags().forEach(tag -> table.tags().put(tag.key(), tag.value()));
        table.timeToLive(timeToLive);
        if (streamArn != null) {
            table.stream(streams.get(streamArn));
        }
        return table;
    }

    private TableSettings settings() {
        TableSettings settings = new TableSettings();
        settings.encryption(definition.sseSpecification());
        settings.deletionProtection(Boolean.TRUE.equals(definition.deletionProtectionEnabled()));
        if (definition.tableClass() != null) {
            settings.tableClass(definition.tableClass(),
                    tableClassChangedMillis < 0 ? null : Instant.ofEpochMilli(tableClassChangedMillis));
        }
        if (definition.onDemandThroughput() != null) {
            settings.onDemandThroughput(definition.onDemandThroughput());
        }
        settings.pointInTimeRecovery(recoverySinceMillis >= 0, recoveryDays,
                recoverySinceMillis < 0 ? null : Instant.ofEpochMilli(recoverySinceMillis));
        return settings;
    }

    private static KeySchema keySchema(List<KeySchemaElement> elements, Map<String, ScalarAttributeType> types) {
        List<KeyAttribute> hashes = new ArrayList<>();
        List<KeyAttribute> ranges = new ArrayList<>();
        for (KeySchemaElement element : elements) {
            KeyAttribute attribute = new KeyAttribute(element.attributeName(), types.get(element.attributeName()));
            (element.keyType() == KeyType.HASH ? hashes : ranges).add(attribute);
        }
        return new KeySchema(hashes, ranges);
    }

    private static void writeJson(DataOutputStream out, byte[] json) throws IOException {
        out.writeInt(json.length);
        out.write(json);
    }

    private static byte[] readJson(DataInputStream in) throws IOException {
        byte[] json = new byte[in.readInt()];
        in.readFully(json);
        return json;
    }
}

package dev.dynamoobjects.table;

import dev.dynamoobjects.exception.DynamoObjectsException;
import dev.dynamoobjects.internal.errors.Errors;
import dev.dynamoobjects.schema.TableSchema;
import java.time.Duration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Whether one physical table is known to exist. The first caller makes sure it does (creating it
 * and waiting until it is {@code ACTIVE}); concurrent callers wait for that and later ones pass
 * on one volatile read.
 */
final class TableState {
    private static final Duration FIRST_POLL = Duration.ofMillis(50);
    private static final Duration MAX_POLL = Duration.ofSeconds(2);
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final String physicalName;
    private volatile boolean ready;
    /** True once this process created the table: its time to live is then enabled too. */
    private volatile boolean created;

    TableState(String physicalName, boolean ready) {
        this.physicalName = physicalName;
        this.ready = ready;
    }

    void ensure(DynamoDbClient client, TableSchema schema) {
        if (!ready) {
            ensureSlowly(client, schema);
        }
    }

    private synchronized void ensureSlowly(DynamoDbClient client, TableSchema schema) {
        if (ready) {
            return;
        }
        try {
            createIfMissing(client, schema);
            awaitActive(client);
            if (created && schema.ttlAttribute() != null) {
                enableTimeToLive(client, schema.ttlAttribute());
            }
        } catch (SdkException e) {
            throw Errors.translate(e, physicalName, null);
        }
        ready = true;
    }

    /** Sends {@code CreateTable} when the table does not exist, without waiting for it. */
    void createIfMissing(DynamoDbClient client, TableSchema schema) {
        try {
            if (status(client) == null) {
                create(client, schema);
            }
        } catch (SdkException e) {
            throw Errors.translate(e, physicalName, null);
        }
    }

    /** Returns the table's status, or null when there is no such table. */
    private TableStatus status(DynamoDbClient client) {
        try {
            DescribeTableResponse response = client.describeTable(r -> r.tableName(physicalName));
            return response.table().tableStatus();
        } catch (ResourceNotFoundException e) {
            return null;
        }
    }

    private void create(DynamoDbClient client, TableSchema schema) {
        try {
            client.createTable(TableDefinition.createRequest(schema, physicalName));
            created = true;
        } catch (ResourceInUseException e) {
            // Another process created it meanwhile; waiting for ACTIVE covers that too.
        }
    }

    /** DynamoDB accepts time to live only on an active table, so this follows the creation. */
    private void enableTimeToLive(DynamoDbClient client, String attribute) {
        client.updateTimeToLive(r -> r.tableName(physicalName)
                .timeToLiveSpecification(t -> t.attributeName(attribute).enabled(true)));
    }

    private void awaitActive(DynamoDbClient client) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Duration pause = FIRST_POLL;
        TableStatus status;
        while ((status = status(client)) != TableStatus.ACTIVE) {
            if (System.nanoTime() > deadline) {
                throw new DynamoObjectsException("Table " + physicalName + " is still " + status
                        + " after " + TIMEOUT.toMinutes() + " minutes", physicalName, null, null);
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : pause.multipliedBy(2);
        }
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DynamoObjectsException("Interrupted while waiting for table " + physicalName
                    + " to become ACTIVE", physicalName, null, e);
        }
    }
}

package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.internal.server.codec.PojoReader;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.stream.StreamState;
import dev.dynamoobjects.mock.internal.stream.TableStream;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.transaction.IdempotencyTokens;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * Reads a whole snapshot's parts (see {@link SnapshotFile}) into an empty engine: the streams
 * first, then each table with its items, then the tokens; the end part's counts are checked.
 */
final class SnapshotReader {
    private final DataInputStream frames;
    private final Catalog catalog;
    private final IdempotencyTokens tokens;
    private final ReplayClock clock;
    private long remaining;
    private long lastSequence;
    private int shardCount;
    private final List<StreamState.Stream> streams = new ArrayList<>();
    private Map<String, TableStream> restoredStreams;
    private Table table;
    private int tables;
    private long items;

    SnapshotReader(DataInputStream frames, long size, Catalog catalog, IdempotencyTokens tokens, ReplayClock clock) {
        this.frames = frames;
        this.remaining = size;
        this.catalog = catalog;
        this.tokens = tokens;
        this.clock = clock;
    }

    void read() throws IOException {
        DataInputStream in;
        while ((in = next()) != null) {
            int kind = in.readUnsignedByte();
            switch (kind) {
                case SnapshotFile.HEADER -> header(in);
                case SnapshotFile.STREAM -> streams.add(stream(in));
                case SnapshotFile.TABLE -> table(in);
                case SnapshotFile.ITEMS -> items(in);
                case SnapshotFile.TOKEN -> token(in);
                case SnapshotFile.END -> {
                    end(in);
                    return;
                }
                default -> throw new IOException("a snapshot part of unknown kind " + kind);
            }
        }
        throw new IOException("the snapshot ends before its last part");
    }

    private DataInputStream next() throws IOException {
        byte[] payload = Frames.next(frames, remaining);
        if (payload == null) {
            return null;
        }
        remaining -= Frames.HEADER_BYTES + payload.length;
        return new DataInputStream(new ByteArrayInputStream(payload));
    }

    private void header(DataInputStream in) throws IOException {
        in.readInt();
        int version = in.readInt();
        if (version != SnapshotFile.VERSION) {
            throw new IOException("snapshot format " + version + ", this engine reads " + SnapshotFile.VERSION);
        }
        in.readLong(); // the generation: the file's name says it
        in.readLong();
        lastSequence = in.readLong();
        shardCount = in.readInt();
    }

    private StreamState.Stream stream(DataInputStream in) throws IOException {
        String arn = ItemCodec.readString(in);
        String label = ItemCodec.readString(in);
        String tableName = ItemCodec.readString(in);
        List<KeySchemaElement> keySchema = new ArrayList<>();
        for (int keys = in.readInt(); keys > 0; keys--) {
            keySchema.add(KeySchemaElement.builder().attributeName(ItemCodec.readString(in))
                    .keyType(ItemCodec.readString(in)).build());
        }
        StreamViewType viewType = StreamViewType.fromValue(ItemCodec.readString(in));
        long created = in.readLong();
        long disabled = in.readLong();
        boolean registered = in.readBoolean();
        int shardTotal = in.readInt();
        List<StreamState.Shard> shards = new ArrayList<>(shardTotal);
        for (int i = 0; i < shardTotal; i++) {
            DataInputStream part = next();
            if (part == null || part.readUnsignedByte() != SnapshotFile.SHARD) {
                throw new IOException("stream " + arn + " lacks its shard " + i);
            }
            shards.add(shard(part));
        }
        return new StreamState.Stream(arn, label, tableName, keySchema, viewType, created, disabled, registered,
                shards);
    }

    private static StreamState.Shard shard(DataInputStream in) throws IOException {
        ItemCodec.Reader items = new ItemCodec.Reader(in);
        String id = ItemCodec.readString(in);
        String parent = ItemCodec.readString(in);
        long starting = in.readLong();
        long created = in.readLong();
        int capacity = in.readInt();
        int expected = in.readInt();
        int count = in.readInt();
        int first = in.readInt();
        long trimmedThrough = in.readLong();
        long ending = in.readLong();
        long closed = in.readLong();
        int records = count - first;
        Object[] images = new Object[2 * records];
        int[] sizes = new int[2 * records];
        long[] times = new long[records];
        boolean[] byService = new boolean[records];
        long[] sequences = new long[records];
        for (int i = 0; i < records; i++) {
            readImage(in, items, images, sizes, 2 * i);
            readImage(in, items, images, sizes, 2 * i + 1);
            times[i] = in.readLong();
            byService[i] = in.readBoolean();
            sequences[i] = in.readLong();
        }
        return new StreamState.Shard(id, parent.isEmpty() ? null : parent, starting, created, capacity, expected,
                count, first, trimmedThrough, ending, closed, images, sizes, times, byService, sequences);
    }

    /** Reads a record's image (none, or its size and item) into {@code images} and {@code sizes} at {@code slot}. */
    private static void readImage(DataInputStream in, ItemCodec.Reader items, Object[] images, int[] sizes, int slot)
            throws IOException {
        if (in.readBoolean()) {
            sizes[slot] = in.readInt();
            images[slot] = new StoredItem(items.read(), sizes[slot]).image();
        }
    }

    private void table(DataInputStream in) throws IOException {
        if (restoredStreams == null) {
            restoredStreams = catalog.streams().restore(new StreamState(lastSequence, shardCount, streams));
        }
        table = TableState.readDefinition(in).restore(catalog, clock, restoredStreams);
        tables++;
    }

    private void items(DataInputStream in) throws IOException {
        ItemCodec.Reader reader = new ItemCodec.Reader(in);
        for (int count = in.readInt(); count > 0; count--) {
            int size = in.readInt();
            StoredItem item = new StoredItem(reader.read(), size);
            table.restore(table.keys().keyOf(item.attributes()), item);
            items++;
        }
    }

    private void token(DataInputStream in) throws IOException {
        String token = ItemCodec.readString(in);
        TransactWriteItemsRequest.Builder identity = TransactWriteItemsRequest.builder();
        PojoReader.read(readJson(in), identity);
        TransactWriteItemsResponse.Builder response = TransactWriteItemsResponse.builder();
        PojoReader.read(readJson(in), response);
        tokens.restore(new IdempotencyTokens.Remembered(token, identity.build(), response.build(),
                Instant.ofEpochMilli(in.readLong())));
    }

    private void end(DataInputStream in) throws IOException {
        if (restoredStreams == null) {
            catalog.streams().restore(new StreamState(lastSequence, shardCount, streams));
        }
        int streamCount = in.readInt();
        int tableCount = in.readInt();
        long itemCount = in.readLong();
        in.readInt();
        if (streamCount != streams.size() || tableCount != tables || itemCount != items) {
            throw new IOException("the snapshot's end counts " + streamCount + " streams, " + tableCount
                    + " tables and " + itemCount + " items, its parts " + streams.size() + ", " + tables
                    + " and " + items);
        }
    }

    private static byte[] readJson(DataInputStream in) throws IOException {
        byte[] json = new byte[in.readInt()];
        in.readFully(json);
        return json;
    }
}

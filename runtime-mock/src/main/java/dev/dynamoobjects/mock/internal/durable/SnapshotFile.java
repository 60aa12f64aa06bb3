package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.internal.server.codec.PojoReader;
import dev.dynamoobjects.mock.internal.server.codec.PojoWriter;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.stream.StreamState;
import dev.dynamoobjects.mock.internal.stream.TableStream;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.transaction.IdempotencyTokens;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * A snapshot on disk: a sequence of parts framed as journal entries are (length, CRC32, payload),
 * each part a kind byte and its data: the header (format, generation, time, the streams' counters),
 * each stream then each of its shards with its records, each table then its items (in parts of
 * {@value #ITEMS_PER_PART}), each ClientRequestToken, and an end part that repeats the counts. A
 * file whose parts do not all pass their checksums, or that lacks its end, is damaged: it is never
 * used. Written to a temporary file, forced to the disk, then renamed into place (and the directory
 * forced), so a snapshot file that exists is complete.
 */
final class SnapshotFile {
    private static final int MAGIC = 0x44534e50; // "DSNP"
    private static final int VERSION = 1;
    private static final int ITEMS_PER_PART = 1000;
    private static final int HEADER = 1;
    private static final int STREAM = 2;
    private static final int SHARD = 3;
    private static final int TABLE = 4;
    private static final int ITEMS = 5;
    private static final int TOKEN = 6;
    private static final int END = 7;

    private SnapshotFile() {
    }

    /** Writes the snapshot as {@code target}: into a temporary file first, renamed once it is on the disk. */
    static void write(Snapshot snapshot, Path target) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + DirectoryFiles.TEMPORARY);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            new Writer(channel).write(snapshot);
            channel.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        DirectoryFiles.force(target.getParent());
    }

    /** Writes the parts, buffered into parts of a few hundred kilobytes. */
    private static final class Writer {
        private final FileChannel channel;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        private final DataOutputStream out = new DataOutputStream(bytes);
        private final ItemCodec.Writer items = new ItemCodec.Writer(out);

        Writer(FileChannel channel) {
            this.channel = channel;
        }

        void write(Snapshot snapshot) throws IOException {
            out.writeByte(HEADER);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(snapshot.generation());
            out.writeLong(snapshot.takenAtMillis());
            out.writeLong(snapshot.streams().lastSequence());
            out.writeInt(snapshot.streams().shardCount());
            part();
            for (StreamState.Stream stream : snapshot.streams().streams()) {
                writeStream(stream);
            }
            for (TableState table : snapshot.tables()) {
                writeTable(table);
            }
            for (IdempotencyTokens.Remembered token : snapshot.tokens()) {
                out.writeByte(TOKEN);
                ItemCodec.writeString(out, token.token());
                writeJson(PojoWriter.write(token.identity()));
                writeJson(PojoWriter.write(token.response()));
                out.writeLong(token.expires().toEpochMilli());
                part();
            }
            out.writeByte(END);
            out.writeInt(snapshot.streams().streams().size());
            out.writeInt(snapshot.tables().size());
            out.writeLong(snapshot.items());
            out.writeInt(snapshot.tokens().size());
            part();
        }

        private void writeStream(StreamState.Stream stream) throws IOException {
            out.writeByte(STREAM);
            ItemCodec.writeString(out, stream.arn());
            ItemCodec.writeString(out, stream.label());
            ItemCodec.writeString(out, stream.tableName());
            out.writeInt(stream.keySchema().size());
            for (KeySchemaElement key : stream.keySchema()) {
                ItemCodec.writeString(out, key.attributeName());
                ItemCodec.writeString(out, key.keyTypeAsString());
            }
            ItemCodec.writeString(out, stream.viewType().toString());
            out.writeLong(stream.createdMillis());
            out.writeLong(stream.disabledMillis());
            out.writeBoolean(stream.registered());
            out.writeInt(stream.shards().size());
            part();
            for (StreamState.Shard shard : stream.shards()) {
                writeShard(shard);
            }
        }

        private void writeShard(StreamState.Shard shard) throws IOException {
            out.writeByte(SHARD);
            ItemCodec.writeString(out, shard.id());
            ItemCodec.writeString(out, shard.parentId() == null ? "" : shard.parentId());
            out.writeLong(shard.startingSequence());
            out.writeLong(shard.createdMillis());
            out.writeInt(shard.capacity());
            out.writeInt(shard.expected());
            out.writeInt(shard.count());
            out.writeInt(shard.first());
            out.writeLong(shard.trimmedThrough());
            out.writeLong(shard.endingSequence());
            out.writeLong(shard.closedMillis());
            for (int i = 0; i < shard.sequences().length; i++) {
                writeItem(shard.befores()[i]);
                writeItem(shard.afters()[i]);
                out.writeLong(shard.createdMillisOf()[i]);
                out.writeBoolean(shard.byService()[i]);
                out.writeLong(shard.sequences()[i]);
            }
            part();
        }

        private void writeTable(TableState table) throws IOException {
            out.writeByte(TABLE);
            table.writeDefinition(out);
            part();
            StoredItem[] items = table.items();
            for (int start = 0; start < items.length; start += ITEMS_PER_PART) {
                int end = Math.min(items.length, start + ITEMS_PER_PART);
                out.writeByte(ITEMS);
                out.writeInt(end - start);
                for (int i = start; i < end; i++) {
                    out.writeInt(items[i].size());
                    this.items.write(items[i].attributes());
                }
                part();
            }
        }

        private void writeItem(StoredItem item) throws IOException {
            out.writeBoolean(item != null);
            if (item != null) {
                out.writeInt(item.size());
                items.write(item.attributes());
            }
        }

        private void writeJson(byte[] json) throws IOException {
            out.writeInt(json.length);
            out.write(json);
        }

        /** Frames what was written since the last part and writes it to the file. */
        private void part() throws IOException {
            out.flush();
            ByteBuffer frame = Frames.frame(bytes.toByteArray());
            bytes.reset();
            items.reset();
            while (frame.hasRemaining()) {
                channel.write(frame);
            }
        }
    }

    /**
     * Reads every part's frame and checksum, parsing nothing.
     *
     * @return why the file cannot be used (short, a part damaged, no end part), or null when it is whole
     */
    static String damage(Path file) throws IOException {
        long size = Files.size(file);
        long valid = 0;
        byte[] last = null;
        try (DataInputStream in = open(file)) {
            byte[] payload;
            while ((payload = Frames.next(in, size - valid)) != null) {
                valid += Frames.HEADER_BYTES + payload.length;
                if (last == null && (payload[0] != HEADER || payload.length < 9
                        || ByteBuffer.wrap(payload, 1, 8).getInt() != MAGIC)) {
                    return "it is not a snapshot of this format";
                }
                last = payload;
            }
        }
        if (valid < size) {
            return "its part at byte " + valid + " of " + size + " is cut short or fails its checksum";
        }
        if (last == null || last[0] != END) {
            return "it ends before its last part (" + size + " bytes)";
        }
        return null;
    }

    /** What {@link #load} put back. */
    record Loaded(long generation, int tables, long items) {
    }

    /**
     * Puts the snapshot (whole: see {@link #damage}) back into the empty {@code catalog} and
     * {@code tokens}, with the clock standing at each table's creation time.
     */
    static Loaded load(Path file, Catalog catalog, IdempotencyTokens tokens, ReplayClock clock) throws IOException {
        try (DataInputStream frames = open(file)) {
            return new Reader(frames, Files.size(file), catalog, tokens, clock).read();
        }
    }

    private static final class Reader {
        private final DataInputStream frames;
        private final Catalog catalog;
        private final IdempotencyTokens tokens;
        private final ReplayClock clock;
        private long remaining;
        private long generation;
        private long lastSequence;
        private int shardCount;
        private final List<StreamState.Stream> streams = new ArrayList<>();
        private Map<String, TableStream> restoredStreams;
        private Table table;
        private int tables;
        private long items;

        Reader(DataInputStream frames, long size, Catalog catalog, IdempotencyTokens tokens, ReplayClock clock) {
            this.frames = frames;
            this.remaining = size;
            this.catalog = catalog;
            this.tokens = tokens;
            this.clock = clock;
        }

        Loaded read() throws IOException {
            DataInputStream in;
            while ((in = next()) != null) {
                int kind = in.readUnsignedByte();
                switch (kind) {
                    case HEADER -> header(in);
                    case STREAM -> streams.add(stream(in));
                    case TABLE -> table(in);
                    case ITEMS -> items(in);
                    case TOKEN -> token(in);
                    case END -> {
                        return end(in);
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
            if (version != VERSION) {
                throw new IOException("snapshot format " + version + ", this engine reads " + VERSION);
            }
            generation = in.readLong();
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
                if (part == null || part.readUnsignedByte() != SHARD) {
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
            StoredItem[] befores = new StoredItem[records];
            StoredItem[] afters = new StoredItem[records];
            long[] times = new long[records];
            boolean[] byService = new boolean[records];
            long[] sequences = new long[records];
            for (int i = 0; i < records; i++) {
                befores[i] = readItem(in, items);
                afters[i] = readItem(in, items);
                times[i] = in.readLong();
                byService[i] = in.readBoolean();
                sequences[i] = in.readLong();
            }
            return new StreamState.Shard(id, parent.isEmpty() ? null : parent, starting, created, capacity, expected,
                    count, first, trimmedThrough, ending, closed, befores, afters, times, byService, sequences);
        }

        private static StoredItem readItem(DataInputStream in, ItemCodec.Reader items) throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            int size = in.readInt();
            return new StoredItem(items.read(), size);
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

        private Loaded end(DataInputStream in) throws IOException {
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
            return new Loaded(generation, tables, items);
        }

        private static byte[] readJson(DataInputStream in) throws IOException {
            byte[] json = new byte[in.readInt()];
            in.readFully(json);
            return json;
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return new DataInputStream(stream);
    }
}

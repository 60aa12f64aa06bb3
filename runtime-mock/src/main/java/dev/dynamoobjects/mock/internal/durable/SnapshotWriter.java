package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.internal.server.codec.PojoWriter;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.stream.StreamState;
import dev.dynamoobjects.mock.internal.transaction.IdempotencyTokens;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/** Writes a snapshot's parts (see {@link SnapshotFile}), each buffered whole, then framed into the file. */
final class SnapshotWriter {
    private final FileChannel channel;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final ItemCodec.Writer items = new ItemCodec.Writer(out);

    SnapshotWriter(FileChannel channel) {
        this.channel = channel;
    }

    void write(Snapshot snapshot) throws IOException {
        out.writeByte(SnapshotFile.HEADER);
        out.writeInt(SnapshotFile.MAGIC);
        out.writeInt(SnapshotFile.VERSION);
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
            out.writeByte(SnapshotFile.TOKEN);
            ItemCodec.writeString(out, token.token());
            writeJson(PojoWriter.write(token.identity()));
            writeJson(PojoWriter.write(token.response()));
            out.writeLong(token.expires().toEpochMilli());
            part();
        }
        out.writeByte(SnapshotFile.END);
        out.writeInt(snapshot.streams().streams().size());
        out.writeInt(snapshot.tables().size());
        out.writeLong(snapshot.items());
        out.writeInt(snapshot.tokens().size());
        part();
    }

    private void writeStream(StreamState.Stream stream) throws IOException {
        out.writeByte(SnapshotFile.STREAM);
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
        out.writeByte(SnapshotFile.SHARD);
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
            writeImage(shard.images()[2 * i], shard.sizes()[2 * i]);
            writeImage(shard.images()[2 * i + 1], shard.sizes()[2 * i + 1]);
            out.writeLong(shard.createdMillisOf()[i]);
            out.writeBoolean(shard.byService()[i]);
            out.writeLong(shard.sequences()[i]);
        }
        part();
    }

    private void writeTable(TableState table) throws IOException {
        out.writeByte(SnapshotFile.TABLE);
        table.writeDefinition(out);
        part();
        StoredItem[] items = table.items();
        for (int start = 0; start < items.length; start += SnapshotFile.ITEMS_PER_PART) {
            int end = Math.min(items.length, start + SnapshotFile.ITEMS_PER_PART);
            out.writeByte(SnapshotFile.ITEMS);
            out.writeInt(end - start);
            for (int i = start; i < end; i++) {
                out.writeInt(items[i].size());
                this.items.write(items[i].attributes());
            }
            part();
        }
    }

    private void writeImage(Object image, int size) throws IOException {
        out.writeBoolean(image != null);
        if (image != null) {
            out.writeInt(size);
            items.write(StoredItem.attributesOf(image));
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

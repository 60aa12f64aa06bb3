package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.internal.server.codec.PojoWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkPojo;

/**
 * One journal entry: everything one request changed, applied together on replay (so a transaction
 * is never half there), with the time it was applied. Each change is a kind, for table changes the
 * operation, and a JSON body in DynamoDB's wire format (an item put is a PutItem request, an item
 * removal a DeleteItem request, a table change the control-plane request that made it).
 *
 * @param appliedAtMillis when the engine applied the request (the clock table timestamps replay with)
 * @param changes the changes, in the order they were applied
 */
record JournalEntry(long appliedAtMillis, List<Change> changes) {
    /** What one change is (stored as its ordinal: new kinds go last). */
    enum Kind { ITEM_STORED, ITEM_REMOVED, TABLE_CHANGED, ITEM_EXPIRED, TOKEN_USED, TOKEN_ANSWERED, SHARDS_ROLLED_OVER }

    /**
     * One change.
     *
     * @param operation the control-plane operation for {@link Kind#TABLE_CHANGED}, else empty
     * @param json the request, in DynamoDB's JSON wire format
     */
    record Change(Kind kind, String operation, byte[] json) {
        static Change of(Kind kind, String operation, SdkPojo request) {
            return new Change(kind, operation, PojoWriter.write(request));
        }
    }

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(appliedAtMillis);
            out.writeInt(changes.size());
            for (Change change : changes) {
                out.writeByte(change.kind().ordinal());
                out.writeUTF(change.operation());
                out.writeInt(change.json().length);
                out.write(change.json());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static JournalEntry decode(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        long appliedAt = in.readLong();
        int count = in.readInt();
        List<Change> changes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[in.readUnsignedByte()];
            String operation = in.readUTF();
            byte[] json = new byte[in.readInt()];
            in.readFully(json);
            changes.add(new Change(kind, operation, json));
        }
        return new JournalEntry(appliedAt, changes);
    }
}

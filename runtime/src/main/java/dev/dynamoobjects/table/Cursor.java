package dev.dynamoobjects.table;

import dev.dynamoobjects.exception.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes a {@code LastEvaluatedKey} as an opaque, URL-safe string and reads it back. Key
 * attributes are strings, numbers or binaries, so a compact binary form does.
 */
final class Cursor {
    private Cursor() {
    }

    /** Returns the cursor of a key, or null for no key. */
    static String encode(Map<String, AttributeValue> key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(key.size());
            for (Map.Entry<String, AttributeValue> entry : key.entrySet()) {
                out.writeUTF(entry.getKey());
                write(out, entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /** Returns the key of a cursor, or null for a null cursor (the first page). */
    static Map<String, AttributeValue> decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(cursor)))) {
            int size = in.readUnsignedByte();
            Map<String, AttributeValue> key = new HashMap<>();
            for (int i = 0; i < size; i++) {
                key.put(in.readUTF(), read(in));
            }
            if (in.available() > 0 || key.isEmpty()) {
                throw new IOException("trailing bytes");
            }
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw new ValidationException("The cursor '" + cursor + "' was not made by Page.cursor();"
                    + " pass null for the first page", e);
        }
    }

    private static void write(DataOutputStream out, AttributeValue value) throws IOException {
        if (value.s() != null) {
            out.writeByte('S');
            out.writeUTF(value.s());
        } else if (value.n() != null) {
            out.writeByte('N');
            out.writeUTF(value.n());
        } else {
            byte[] binary = value.b().asByteArray();
            out.writeByte('B');
            out.writeShort(binary.length);
            out.write(binary);
        }
    }

    private static AttributeValue read(DataInputStream in) throws IOException {
        int type = in.readUnsignedByte();
        switch (type) {
            case 'S':
                return AttributeValue.fromS(in.readUTF());
            case 'N':
                return AttributeValue.fromN(in.readUTF());
            case 'B':
                byte[] binary = new byte[in.readUnsignedShort()];
                in.readFully(binary);
                return AttributeValue.fromB(SdkBytes.fromByteArray(binary));
            default:
                throw new IOException("unknown type " + type);
        }
    }
}

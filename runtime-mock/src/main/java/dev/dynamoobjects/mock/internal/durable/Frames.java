package dev.dynamoobjects.mock.internal.durable;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * The framing of journal entries and snapshot parts: a 4-byte length, the CRC32 of the payload
 * (4 bytes), the payload. A frame that is short or fails its checksum is damaged.
 */
final class Frames {
    /** Larger than any entry the engine writes (a 100-action transaction of 400 KB items is 40 MB). */
    static final int MAX_PAYLOAD_BYTES = 256 * 1024 * 1024;
    static final int HEADER_BYTES = 8;

    private Frames() {
    }

    /** The payload framed, ready to write. */
    static ByteBuffer frame(byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        frame.putInt(payload.length).putInt(crc(payload)).put(payload).flip();
        return frame;
    }

    /**
     * Reads one frame's payload, or returns null at the end of the input or at a damaged frame.
     *
     * @param remaining the bytes left in the input
     */
    static byte[] next(DataInputStream in, long remaining) throws IOException {
        if (remaining < HEADER_BYTES) {
            return null;
        }
        int length = in.readInt();
        int checksum = in.readInt();
        // An empty frame is never written: zeroes are space a file system allocated before a crash.
        if (length <= 0 || length > MAX_PAYLOAD_BYTES || length > remaining - HEADER_BYTES) {
            return null;
        }
        byte[] payload = new byte[length];
        try {
            in.readFully(payload);
        } catch (EOFException e) {
            return null;
        }
        return crc(payload) == checksum ? payload : null;
    }

    private static int crc(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return (int) crc.getValue();
    }
}

package dev.dynamoobjects.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines of UTF-8 text, ended by {@code \n} or {@code \r\n}, one line's bytes at a time, so that
 * bytes that are not UTF-8 are blamed on their own line (a {@code Reader} decodes ahead of the line
 * it returns).
 */
final class Utf8Lines {
    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1 << 12];

    Utf8Lines(InputStream in) {
        this.in = in;
    }

    /**
     * Returns the next line without its end, or null at the end of the stream.
     *
     * @throws CharacterCodingException when the line is not UTF-8; the next call reads the line after it
     */
    String next() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                break;
            }
            any = true;
            byte b = buffer[position++];
            if (b == '\n') {
                break;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, length * 2);
            }
            line[length++] = b;
        }
        if (!any) {
            return null;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return utf8.decode(ByteBuffer.wrap(line, 0, length)).toString();
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        while (read == 0) {
            read = in.read(buffer);
        }
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }
}

package dev.dynamoobjects.mock.internal.durable;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items in the snapshot's binary form: an attribute count, then each name and value, a value being
 * a type byte and its data (numbers as their text, so an item reads back exactly as it was stored).
 * A name is written whole once per snapshot part, then as its index in the part: items repeat their
 * attribute names, and reading them again would make a string per attribute only to drop it. Why
 * not the journal's JSON: reading JSON is most of a journal entry's replay cost, and a snapshot holds
 * every item.
 */
final class ItemCodec {
    /** Where a name not written before in the part is, instead of its index. */
    private static final int NEW_NAME = -1;
    private static final int S = 0;
    private static final int N = 1;
    private static final int B = 2;
    private static final int SS = 3;
    private static final int NS = 4;
    private static final int BS = 5;
    private static final int M = 6;
    private static final int L = 7;
    private static final int NULL = 8;
    private static final int TRUE = 9;
    private static final int FALSE = 10;

    private ItemCodec() {
    }

    /** Writes the items of one snapshot part ({@link #reset} between parts). */
    static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> names = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(Map<String, AttributeValue> item) throws IOException {
            out.writeInt(item.size());
            for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
                Integer index = names.putIfAbsent(attribute.getKey(), names.size());
                if (index == null) {
                    out.writeInt(NEW_NAME);
                    writeString(out, attribute.getKey());
                } else {
                    out.writeInt(index);
                }
                writeValue(out, attribute.getValue());
            }
        }

        /** A new part begins: its names are written whole again. */
        void reset() {
            names.clear();
        }
    }

    /** Reads the items of one snapshot part. */
    static final class Reader {
        private final DataInputStream in;
        private final List<String> names = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Map<String, AttributeValue> read() throws IOException {
            int size = in.readInt();
            Map<String, AttributeValue> item = new LinkedHashMap<>(size * 4 / 3 + 1);
            for (int i = 0; i < size; i++) {
                int index = in.readInt();
                if (index == NEW_NAME) {
                    index = names.size();
                    names.add(readString(in));
                }
                item.put(names.get(index), readValue(in));
            }
            return item;
        }
    }

    private static void writeValue(DataOutputStream out, AttributeValue value) throws IOException {
        switch (value.type()) {
            case S -> tagged(out, S, value.s());
            case N -> tagged(out, N, value.n());
            case B -> {
                out.writeByte(B);
                writeBytes(out, value.b());
            }
            case SS -> tagged(out, SS, value.ss());
            case NS -> tagged(out, NS, value.ns());
            case BS -> {
                out.writeByte(BS);
                out.writeInt(value.bs().size());
                for (SdkBytes bytes : value.bs()) {
                    writeBytes(out, bytes);
                }
            }
            case M -> {
                out.writeByte(M);
                out.writeInt(value.m().size());
                for (Map.Entry<String, AttributeValue> attribute : value.m().entrySet()) {
                    writeString(out, attribute.getKey());
                    writeValue(out, attribute.getValue());
                }
            }
            case L -> {
                out.writeByte(L);
                out.writeInt(value.l().size());
                for (AttributeValue element : value.l()) {
                    writeValue(out, element);
                }
            }
            case NUL -> out.writeByte(NULL);
            case BOOL -> out.writeByte(value.bool() ? TRUE : FALSE);
            default -> throw new IOException("an attribute value of unknown type " + value);
        }
    }

    private static void tagged(DataOutputStream out, int type, String text) throws IOException {
        out.writeByte(type);
        writeString(out, text);
    }

    private static void tagged(DataOutputStream out, int type, List<String> texts) throws IOException {
        out.writeByte(type);
        out.writeInt(texts.size());
        for (String text : texts) {
            writeString(out, text);
        }
    }

    private static AttributeValue readValue(DataInputStream in) throws IOException {
        int type = in.readUnsignedByte();
        return switch (type) {
            case S -> AttributeValue.fromS(readString(in));
            case N -> AttributeValue.fromN(readString(in));
            case B -> AttributeValue.fromB(readBytes(in));
            case SS -> AttributeValue.fromSs(readStrings(in));
            case NS -> AttributeValue.fromNs(readStrings(in));
            case BS -> {
                int size = in.readInt();
                List<SdkBytes> set = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    set.add(readBytes(in));
                }
                yield AttributeValue.fromBs(set);
            }
            case M -> {
                int size = in.readInt();
                Map<String, AttributeValue> map = new LinkedHashMap<>(size * 4 / 3 + 1);
                for (int i = 0; i < size; i++) {
                    map.put(readString(in), readValue(in));
                }
                yield AttributeValue.fromM(map);
            }
            case L -> {
                int size = in.readInt();
                List<AttributeValue> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(readValue(in));
                }
                yield AttributeValue.fromL(list);
            }
            case NULL -> AttributeValue.fromNul(true);
            case TRUE -> AttributeValue.fromBool(true);
            case FALSE -> AttributeValue.fromBool(false);
            default -> throw new IOException("an attribute value of unknown type " + type);
        };
    }

    /** A string as its UTF-8 length and bytes (not writeUTF: an attribute name or value may pass its 64 KB). */
    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeBytes(DataOutputStream out, SdkBytes bytes) throws IOException {
        byte[] array = bytes.asByteArrayUnsafe();
        out.writeInt(array.length);
        out.write(array);
    }

    private static SdkBytes readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return SdkBytes.fromByteArrayUnsafe(bytes);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            texts.add(readString(in));
        }
        return texts;
    }
}

package dev.dynamoobjects.mock.internal.server.codec;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;

/**
 * Writes the members of an {@link AttributeValue} straight from its {@link AttributeValue#type()}:
 * the generic field walk asks all ten of its members for a value to find the one that is set, and
 * items are most of what the server writes. The same JSON as the field walk, member for member.
 */
final class AttributeValueWriter {
    private AttributeValueWriter() {
    }

    /** Writes {@code value}'s one member; false (nothing written) when it has none or several. */
    static boolean write(JsonGenerator json, AttributeValue value) throws IOException {
        AttributeValue.Type type = value.type();
        if (type == null) {
            return false;
        }
        switch (type) {
            case S:
                json.writeStringField("S", value.s());
                return true;
            case N:
                json.writeStringField("N", value.n());
                return true;
            case B:
                json.writeFieldName("B");
                json.writeBinary(value.b().asByteArrayUnsafe());
                return true;
            case BOOL:
                json.writeBooleanField("BOOL", value.bool());
                return true;
            case NUL:
                json.writeBooleanField("NULL", value.nul());
                return true;
            case SS:
                writeStrings(json, "SS", value.ss());
                return true;
            case NS:
                writeStrings(json, "NS", value.ns());
                return true;
            case BS:
                writeBinaries(json, value.bs());
                return true;
            case M:
                writeMap(json, value.m());
                return true;
            case L:
                writeList(json, value.l());
                return true;
            default:
                return false;
        }
    }

    private static void writeStrings(JsonGenerator json, String name, List<String> strings) throws IOException {
        json.writeFieldName(name);
        json.writeStartArray();
        for (String string : strings) {
            json.writeString(string);
        }
        json.writeEndArray();
    }

    private static void writeBinaries(JsonGenerator json, List<SdkBytes> binaries) throws IOException {
        json.writeFieldName("BS");
        json.writeStartArray();
        for (SdkBytes binary : binaries) {
            json.writeBinary(binary.asByteArrayUnsafe());
        }
        json.writeEndArray();
    }

    private static void writeMap(JsonGenerator json, Map<String, AttributeValue> map) throws IOException {
        json.writeFieldName("M");
        json.writeStartObject();
        for (Map.Entry<String, AttributeValue> entry : map.entrySet()) {
            json.writeFieldName(entry.getKey());
            PojoWriter.writePojo(json, entry.getValue());
        }
        json.writeEndObject();
    }

    private static void writeList(JsonGenerator json, List<AttributeValue> list) throws IOException {
        json.writeFieldName("L");
        json.writeStartArray();
        for (AttributeValue element : list) {
            PojoWriter.writePojo(json, element);
        }
        json.writeEndArray();
    }
}

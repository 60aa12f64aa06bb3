package dev.dynamoobjects.tools;

import java.io.IOException;
import java.io.Writer;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;

/**
 * Writes items as lines of DynamoDB JSON ({@link ExportFormat}): {@code {"Item":{"id":{"S":"a"}}}}
 * and a newline. Attributes are written in name order, so that two exports of the same items are
 * the same text, line by line.
 */
final class ItemJsonWriter {
    private ItemJsonWriter() {
    }

    /** Writes one item as one line. */
    static void writeLine(Map<String, AttributeValue> item, Writer out) throws IOException {
        try (JsonGenerator json = ExportFormat.JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeFieldName(ExportFormat.ITEM);
            writeMap(item, json);
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeMap(Map<String, AttributeValue> attributes, JsonGenerator json) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, AttributeValue> attribute : new TreeMap<>(attributes).entrySet()) {
            json.writeFieldName(attribute.getKey());
            writeValue(attribute.getValue(), json);
        }
        json.writeEndObject();
    }

    private static void writeValue(AttributeValue value, JsonGenerator json) throws IOException {
        json.writeStartObject();
        switch (value.type()) {
            case S -> json.writeStringField("S", value.s());
            case N -> json.writeStringField("N", value.n());
            case B -> json.writeStringField("B", base64(value.b()));
            case SS -> writeStrings("SS", value.ss(), json);
            case NS -> writeStrings("NS", value.ns(), json);
            case BS -> writeStrings("BS", value.bs().stream().map(ItemJsonWriter::base64).toList(), json);
            case M -> {
                json.writeFieldName("M");
                writeMap(value.m(), json);
            }
            case L -> writeList(value.l(), json);
            case BOOL -> json.writeBooleanField("BOOL", value.bool());
            case NUL -> json.writeBooleanField("NULL", true);
            default -> throw new IllegalArgumentException("An attribute value of no type DynamoDB JSON has: " + value);
        }
        json.writeEndObject();
    }

    private static void writeList(List<AttributeValue> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("L");
        for (AttributeValue element : values) {
            writeValue(element, json);
        }
        json.writeEndArray();
    }

    private static void writeStrings(String type, List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(type);
        for (String element : values) {
            json.writeString(element);
        }
        json.writeEndArray();
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
    }
}

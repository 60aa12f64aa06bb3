package dev.dynamoobjects.mock.internal.server.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;

/**
 * Writes an SDK model object (a response, or a modeled exception's members) as DynamoDB's JSON,
 * driven only by the model's field metadata, the mirror of {@link PojoReader}.
 *
 * <pre>{@code
 * byte[] body = PojoWriter.write(getItemResponse);
 * }</pre>
 *
 * Members never set (null, or the SDK's empty auto-constructed collections) are left out, as
 * DynamoDB leaves them out.
 */
public final class PojoWriter {
    private PojoWriter() {
    }

    /** Returns {@code pojo} as a JSON object. */
    public static byte[] write(SdkPojo pojo) {
        return write(pojo, Map.of());
    }

    /**
     * Returns {@code pojo} (or nothing, when null) as a JSON object that starts with the given
     * string members; an error body is the exception's members after {@code __type} and
     * {@code message}.
     */
    public static byte[] write(SdkPojo pojo, Map<String, String> leadingMembers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = PojoReader.JSON.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, String> member : leadingMembers.entrySet()) {
                json.writeStringField(member.getKey(), member.getValue());
            }
            if (pojo != null) {
                writeMembers(json, pojo);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeMembers(JsonGenerator json, SdkPojo pojo) throws IOException {
        if (pojo instanceof AttributeValue value && AttributeValueWriter.write(json, value)) {
            return;
        }
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (isPresent(value)) {
                json.writeFieldName(field.locationName());
                writeValue(json, field, value);
            }
        }
    }

    private static boolean isPresent(Object value) {
        return value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap);
    }

    private static void writeValue(JsonGenerator json, SdkField<?> field, Object value) throws IOException {
        switch (field.marshallingType().getKnownType()) {
            case STRING:
                json.writeString((String) value);
                break;
            case BOOLEAN:
                json.writeBoolean((Boolean) value);
                break;
            case INTEGER:
            case SHORT:
            case BYTE:
                json.writeNumber(((Number) value).intValue());
                break;
            case LONG:
                json.writeNumber((Long) value);
                break;
            case DOUBLE:
                json.writeNumber((Double) value);
                break;
            case FLOAT:
                json.writeNumber((Float) value);
                break;
            case BIG_DECIMAL:
                json.writeNumber((BigDecimal) value);
                break;
            case INSTANT:
                json.writeNumber(epochSeconds((Instant) value));
                break;
            case SDK_BYTES:
                json.writeBinary(((SdkBytes) value).asByteArrayUnsafe());
                break;
            case LIST:
                writeList(json, field, (List<?>) value);
                break;
            case MAP:
                writeMap(json, field, (Map<?, ?>) value);
                break;
            case SDK_POJO:
                writePojo(json, (SdkPojo) value);
                break;
            default:
                json.writeNull();
        }
    }

    static void writePojo(JsonGenerator json, SdkPojo pojo) throws IOException {
        json.writeStartObject();
        writeMembers(json, pojo);
        json.writeEndObject();
    }

    /** DynamoDB writes timestamps as epoch seconds with millisecond digits, e.g. 1795309341.131. */
    private static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }

    private static void writeList(JsonGenerator json, SdkField<?> field, List<?> list) throws IOException {
        SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
        json.writeStartArray();
        for (Object element : list) {
            writeValue(json, member, element);
        }
        json.writeEndArray();
    }

    private static void writeMap(JsonGenerator json, SdkField<?> field, Map<?, ?> map) throws IOException {
        SdkField<?> value = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
        json.writeStartObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            json.writeFieldName((String) entry.getKey());
            writeValue(json, value, entry.getValue());
        }
        json.writeEndObject();
    }
}

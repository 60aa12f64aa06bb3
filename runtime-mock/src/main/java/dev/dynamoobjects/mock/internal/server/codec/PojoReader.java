package dev.dynamoobjects.mock.internal.server.codec;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;
import software.amazon.awssdk.thirdparty.jackson.core.StreamReadConstraints;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Reads DynamoDB's JSON into an SDK model builder, driven only by the model's own field metadata
 * ({@link SdkField}: JSON name, marshalling type, list and map member traits), so one reader serves
 * every operation. Streams tokens straight into builders: no intermediate tree.
 *
 * <pre>{@code
 * GetItemRequest.Builder builder = GetItemRequest.builder();
 * PojoReader.read(body, (SdkPojo) builder);
 * GetItemRequest request = builder.build();
 * }</pre>
 *
 * Unknown members are ignored and {@code null} counts as absent, as DynamoDB does, but inside an
 * AttributeValue's collections ({@code "L":[null]}, {@code "SS":["a",null]}, {@code "Item":{"a":null}})
 * a null is kept, for the engine to refuse with DynamoDB's message rather than drop silently; a value
 * of the wrong JSON type throws {@link MalformedJsonException}.
 */
public final class PojoReader {
    /**
     * Jackson refuses names over 50,000 characters by default; DynamoDB takes attribute names up to
     * 65,535 bytes and answers longer ones itself. The HTTP layer's body limit bounds them all. Its
     * default depth of 1,000 stays: items may nest 32 levels (64 in JSON), and deeper JSON is
     * answered as not valid JSON rather than recursing without bound.
     */
    static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNameLength(Integer.MAX_VALUE).build())
            .build();

    private static final String BASE64_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private PojoReader() {
    }

    /** Fills {@code builder} (an SDK model builder, which is an {@link SdkPojo}) from {@code json}. */
    public static void read(byte[] json, SdkPojo builder) {
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new MalformedJsonException(CodecMessages.notJson(), false);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new MalformedJsonException(CodecMessages.cannotConvert(first, "Structure"));
            }
            readMembers(parser, builder);
            if (parser.nextToken() != null) {
                throw new MalformedJsonException(CodecMessages.trailingContent(), false);
            }
        } catch (IOException e) {
            // JsonParseException included: a body that does not parse, or a number too large for its member.
            throw new MalformedJsonException(CodecMessages.notJson(), false);
        }
    }

    private static void readMembers(JsonParser parser, SdkPojo builder) throws IOException {
        Map<String, SdkField<?>> fields = FieldIndex.of(builder);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            SdkField<?> field = fields.get(parser.getCurrentName());
            JsonToken token = parser.nextToken();
            if (field == null) {
                parser.skipChildren();
            } else if (token != JsonToken.VALUE_NULL) {
                field.set(builder, readValue(parser, token, field));
            }
        }
    }

    private static Object readValue(JsonParser parser, JsonToken token, SdkField<?> field) throws IOException {
        switch (field.marshallingType().getKnownType()) {
            case STRING:
                return expect(parser, token, JsonToken.VALUE_STRING, "String").getText();
            case BOOLEAN:
                return readBoolean(parser, token);
            case INTEGER:
                return expectNumber(parser, token, "Integer").getIntValue();
            case LONG:
                return expectNumber(parser, token, "Long").getLongValue();
            case SHORT:
                return expectNumber(parser, token, "Short").getShortValue();
            case BYTE:
                return (byte) expectNumber(parser, token, "Byte").getIntValue();
            case DOUBLE:
                return expectNumber(parser, token, "Double").getDoubleValue();
            case FLOAT:
                return expectNumber(parser, token, "Float").getFloatValue();
            case BIG_DECIMAL:
                return expectNumber(parser, token, "BigDecimal").getDecimalValue();
            case INSTANT:
                return readInstant(parser, token);
            case SDK_BYTES:
                return readBytes(parser, token);
            case LIST:
                return readList(parser, token, field);
            case MAP:
                return readMap(parser, token, field);
            case SDK_POJO:
                return readPojo(parser, token, field);
            default:
                parser.skipChildren();
                return null;
        }
    }

    private static JsonParser expect(JsonParser parser, JsonToken token, JsonToken wanted, String type) {
        if (token != wanted) {
            throw new MalformedJsonException(CodecMessages.cannotConvert(token, type));
        }
        return parser;
    }

    private static JsonParser expectNumber(JsonParser parser, JsonToken token, String type) {
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new MalformedJsonException(CodecMessages.cannotConvert(token, type));
        }
        return parser;
    }

    /** A boolean, or the string "true" or "false" in any case, which DynamoDB's JSON layer converts too. */
    private static Boolean readBoolean(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING && (parser.getText().equalsIgnoreCase("true")
                || parser.getText().equalsIgnoreCase("false"))) {
            return parser.getText().equalsIgnoreCase("true");
        }
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw new MalformedJsonException(CodecMessages.cannotConvert(token, "Boolean"));
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /** DynamoDB's timestamps are epoch seconds with a fraction. */
    private static Instant readInstant(JsonParser parser, JsonToken token) throws IOException {
        BigDecimal seconds = expectNumber(parser, token, "Date").getDecimalValue();
        long whole = seconds.longValue();
        long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole, nanos);
    }

    /**
     * DynamoDB decodes base64 strictly: whole four-character groups, the standard alphabet, padding
     * only at the end, and no stray bits in the last character (which only the canonical spelling has).
     */
    private static SdkBytes readBytes(JsonParser parser, JsonToken token) throws IOException {
        String text = expect(parser, token, JsonToken.VALUE_STRING, "ByteBuffer").getText();
        if (text.length() % 4 != 0) {
            throw new MalformedJsonException(CodecMessages.base64Length(text));
        }
        int padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
        for (int i = 0; i < text.length() - padding; i++) {
            if (BASE64_ALPHABET.indexOf(text.charAt(i)) < 0) {
                throw new MalformedJsonException(CodecMessages.base64Character(text, text.charAt(i)));
            }
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException(CodecMessages.base64LastCharacter(text));
        }
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new MalformedJsonException(CodecMessages.base64LastCharacter(text));
        }
        return SdkBytes.fromByteArrayUnsafe(bytes);
    }

    private static List<Object> readList(JsonParser parser, JsonToken token, SdkField<?> field) throws IOException {
        expect(parser, token, JsonToken.START_ARRAY, "List");
        SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
        List<Object> list = new ArrayList<>();
        boolean keepNulls = AttributeValueFields.holdValues(field, member);
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
            if (next != JsonToken.VALUE_NULL) {
                list.add(readValue(parser, next, member));
            } else if (keepNulls) {
                list.add(null);
            }
        }
        return list;
    }

    private static Map<String, Object> readMap(JsonParser parser, JsonToken token, SdkField<?> field)
            throws IOException {
        expect(parser, token, JsonToken.START_OBJECT, "Map");
        SdkField<?> value = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
        Map<String, Object> map = new LinkedHashMap<>();
        boolean keepNulls = AttributeValueFields.holdValues(field, value);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.getCurrentName();
            JsonToken next = parser.nextToken();
            if (next != JsonToken.VALUE_NULL) {
                map.put(key, readValue(parser, next, value));
            } else if (keepNulls) {
                map.put(key, null);
            }
        }
        return map;
    }

    private static Object readPojo(JsonParser parser, JsonToken token, SdkField<?> field) throws IOException {
        expect(parser, token, JsonToken.START_OBJECT, "Structure");
        SdkPojo builder = field.constructor().get();
        readMembers(parser, builder);
        return ((SdkBuilder<?, ?>) builder).build();
    }
}

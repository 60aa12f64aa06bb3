package dev.dynamoobjects.tools;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParseException;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;

/**
 * Reads one line of DynamoDB JSON ({@link ExportFormat}) into an item, checking what DynamoDB would
 * refuse later without saying which line: the shape of every value, numbers, base64, empty sets.
 */
final class ItemJsonReader {
    private static final String TYPES = "S, N, B, SS, NS, BS, M, L, BOOL and NULL";

    private ItemJsonReader() {
    }

    /** Returns the item of a line such as {@code {"Item":{"id":{"S":"a"}}}}. */
    static Map<String, AttributeValue> item(String line) throws BadLineException {
        try (JsonParser json = ExportFormat.JSON.createParser(line)) {
            if (json.nextToken() != JsonToken.START_OBJECT || json.nextToken() != JsonToken.FIELD_NAME
                    || !ExportFormat.ITEM.equals(json.getCurrentName()) || json.nextToken() != JsonToken.START_OBJECT) {
                throw notAnItemLine();
            }
            Map<String, AttributeValue> item = readMap(json, "");
            if (json.nextToken() != JsonToken.END_OBJECT) {
                throw notAnItemLine();
            }
            if (json.nextToken() != null) {
                throw new BadLineException("there is more after the item's object; put one item on a line");
            }
            return item;
        } catch (JsonParseException e) {
            throw new BadLineException("it is not valid JSON (" + e.getOriginalMessage() + ", at column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new BadLineException("it could not be read (" + e.getMessage() + ")");
        }
    }

    private static BadLineException notAnItemLine() {
        return new BadLineException("it is not an object of one member Item, like {\"Item\":{\"id\":{\"S\":\"a\"}}}");
    }

    /** Reads the members of an object whose START_OBJECT was read, up to and with its END_OBJECT. */
    private static Map<String, AttributeValue> readMap(JsonParser json, String path)
            throws IOException, BadLineException {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.getCurrentName();
            json.nextToken();
            attributes.put(name, readValue(json, path.isEmpty() ? name : path + "." + name));
        }
        return attributes;
    }

    /** Reads a value such as {@code {"N":"42"}} whose START_OBJECT is the current token. */
    private static AttributeValue readValue(JsonParser json, String path) throws IOException, BadLineException {
        if (json.currentToken() != JsonToken.START_OBJECT || json.nextToken() != JsonToken.FIELD_NAME) {
            throw bad(path, "its value is not an object of one type, like {\"S\":\"text\"}");
        }
        String type = json.getCurrentName();
        json.nextToken();
        AttributeValue value = readTyped(type, json, path);
        if (json.nextToken() != JsonToken.END_OBJECT) {
            throw bad(path, "its value has more than one type; give one, like {\"S\":\"text\"}");
        }
        return value;
    }

    private static AttributeValue readTyped(String type, JsonParser json, String path)
            throws IOException, BadLineException {
        return switch (type) {
            case "S" -> AttributeValue.fromS(string(json, path, type));
            case "N" -> AttributeValue.fromN(number(string(json, path, type), path));
            case "B" -> AttributeValue.fromB(bytes(string(json, path, type), path));
            case "SS" -> AttributeValue.fromSs(strings(json, path, type));
            case "NS" -> AttributeValue.fromNs(strings(json, path, type));
            case "BS" -> AttributeValue.fromBs(binaries(strings(json, path, type), path));
            case "M" -> AttributeValue.fromM(map(json, path));
            case "L" -> AttributeValue.fromL(list(json, path));
            case "BOOL" -> AttributeValue.fromBool(bool(json, path, type));
            case "NULL" -> nul(json, path);
            default -> throw bad(path, "its type " + type + " is none of DynamoDB's: " + TYPES);
        };
    }

    private static String string(JsonParser json, String path, String type) throws BadLineException, IOException {
        if (json.currentToken() != JsonToken.VALUE_STRING) {
            throw bad(path, type + " holds a JSON string, like {\"" + type + "\":\"" + ("N".equals(type) ? "42" : "...")
                    + "\"}");
        }
        return json.getText();
    }

    private static String number(String text, String path) throws BadLineException {
        try {
            new BigDecimal(text);
            return text;
        } catch (NumberFormatException e) {
            throw bad(path, "'" + text + "' is not a number");
        }
    }

    private static SdkBytes bytes(String base64, String path) throws BadLineException {
        try {
            return SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw bad(path, "binary values are base64 text, which '" + shorten(base64) + "' is not");
        }
    }

    private static List<SdkBytes> binaries(List<String> base64, String path) throws BadLineException {
        List<SdkBytes> values = new ArrayList<>(base64.size());
        for (String text : base64) {
            values.add(bytes(text, path));
        }
        return values;
    }

    /** Reads the strings of a set; those of a number set must be numbers. */
    private static List<String> strings(JsonParser json, String path, String type)
            throws IOException, BadLineException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            throw bad(path, type + " holds an array of strings");
        }
        List<String> values = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            String text = string(json, path, type);
            values.add("NS".equals(type) ? number(text, path) : text);
        }
        if (values.isEmpty()) {
            throw bad(path, "the " + type + " set is empty; DynamoDB keeps no empty sets");
        }
        return values;
    }

    private static Map<String, AttributeValue> map(JsonParser json, String path) throws IOException, BadLineException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            throw bad(path, "M holds an object of attributes");
        }
        return readMap(json, path);
    }

    private static List<AttributeValue> list(JsonParser json, String path) throws IOException, BadLineException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            throw bad(path, "L holds an array of values");
        }
        List<AttributeValue> values = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            values.add(readValue(json, path + "[" + values.size() + "]"));
        }
        return values;
    }

    private static boolean bool(JsonParser json, String path, String type) throws BadLineException {
        JsonToken token = json.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw bad(path, type + " holds true or false");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    private static AttributeValue nul(JsonParser json, String path) throws BadLineException {
        if (json.currentToken() != JsonToken.VALUE_TRUE) {
            throw bad(path, "NULL holds true, as in {\"NULL\":true}");
        }
        return AttributeValue.fromNul(true);
    }

    private static BadLineException bad(String path, String reason) {
        return new BadLineException("attribute " + path + ": " + reason);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}

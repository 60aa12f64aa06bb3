package dev.dynamoobjects.mock.internal.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Test items and values written in DynamoDB's JSON ({"a":{"N":"1"}}); binaries as UTF-8 text. */
final class Json {
    private Json() {
    }

    static Map<String, AttributeValue> item(String json) {
        return json == null ? null : item(JsonNodeParser.create().parse(json));
    }

    static Map<String, String> names(String json) {
        if (json == null) {
            return null;
        }
        Map<String, String> names = new LinkedHashMap<>();
        JsonNodeParser.create().parse(json).asObject().forEach((k, v) -> names.put(k, v.asString()));
        return names;
    }

    static AttributeValue value(String json) {
        return value(JsonNodeParser.create().parse(json));
    }

    private static Map<String, AttributeValue> item(JsonNode node) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        node.asObject().forEach((k, v) -> item.put(k, value(v)));
        return item;
    }

    private static AttributeValue value(JsonNode node) {
        Map.Entry<String, JsonNode> entry = node.asObject().entrySet().iterator().next();
        JsonNode v = entry.getValue();
        switch (entry.getKey()) {
            case "S": return AttributeValue.fromS(v.asString());
            case "N": return AttributeValue.fromN(v.asString());
            case "B": return AttributeValue.fromB(SdkBytes.fromUtf8String(v.asString()));
            case "BOOL": return AttributeValue.fromBool(v.asBoolean());
            case "NULL": return AttributeValue.fromNul(true);
            case "SS": return AttributeValue.fromSs(strings(v));
            case "NS": return AttributeValue.fromNs(strings(v));
            case "BS": return AttributeValue.fromBs(strings(v).stream().map(SdkBytes::fromUtf8String).toList());
            case "L": return AttributeValue.fromL(v.asArray().stream().map(Json::value).toList());
            case "M": return AttributeValue.fromM(item(v));
            default: throw new IllegalArgumentException("Unknown type " + entry.getKey());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.asArray().forEach(element -> strings.add(element.asString()));
        return strings;
    }
}

package dev.dynamoobjects.mock.differential;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;

/**
 * What a server answered on the wire, and its canonical text for comparison: status, content type,
 * whether the CRC32 header is present and right, and the body: JSON with keys sorted, values that
 * differ by nature (times, ARNs, ids) masked and lists DynamoDB returns in no defined order sorted;
 * the error's {@code __type} and the spelling of its message key ({@code message}, {@code Message})
 * stay exactly as sent.
 */
record RawAnswer(int status, Map<String, List<String>> headers, byte[] body, boolean gzipped) {
    /** Values that differ between any two DynamoDB instances: masked, the key kept. */
    private static final Set<String> INSTANCE_FIELDS = Set.of("CreationDateTime", "TableArn", "TableId",
            "LastIncreaseDateTime", "LastDecreaseDateTime", "LastUpdateToPayPerRequestDateTime", "IndexArn",
            "LatestStreamArn", "LatestStreamLabel", "StreamArn");
    /**
     * Lists DynamoDB returns in no defined order (Scan's items: DynamoDB Local orders them by a hash); a
     * BatchGetItem's items per table too (under its Responses map; BatchExecuteStatement's Responses list
     * follows the statements' order and is compared as it is).
     */
    private static final Set<String> UNORDERED_LISTS = Set.of("Items", "ConsumedCapacity", "GlobalSecondaryIndexes",
            "LocalSecondaryIndexes", "AttributeDefinitions");
    private static final String PER_TABLE_ITEMS = "Responses";

    String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The canonical text two servers must agree on. */
    String canonical() {
        return "status " + status + ", " + contentType() + ", crc32 " + crc32() + (gzipped ? ", gzip" : "")
                + ", body " + canonicalBody();
    }

    private String contentType() {
        String type = header("Content-Type");
        return type == null ? "no content type" : type.split(";", 2)[0].trim().toLowerCase();
    }

    /** DynamoDB's CRC32 is of the body as sent (compressed when gzip was asked for). */
    private String crc32() {
        String header = header("x-amz-crc32");
        if (header == null) {
            return "absent";
        }
        return header.equals(String.valueOf(crc(body))) || gzipped ? "present" : "wrong";
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private String canonicalBody() {
        String text = bodyText();
        if (!text.startsWith("{")) {
            return text.isEmpty() ? "(empty)" : text.strip();
        }
        try {
            return canonical(null, JsonNodeParser.create().parse(text));
        } catch (RuntimeException e) {
            return "not JSON: " + text;
        }
    }

    private static String canonical(String key, JsonNode node) {
        if (node.isObject()) {
            Map<String, String> sorted = new TreeMap<>();
            boolean perTable = PER_TABLE_ITEMS.equals(key);
            node.asObject().forEach((name, value) -> sorted.put(name, INSTANCE_FIELDS.contains(name) ? "*"
                    : canonical(perTable ? "Items" : name, value)));
            return sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            node.asArray().forEach(element -> elements.add(canonical(null, element)));
            if (UNORDERED_LISTS.contains(key)) {
                elements.sort(null);
            }
            return elements.toString();
        }
        if (node.isString()) {
            return '"' + node.asString() + '"';
        }
        return node.isNull() ? "null" : node.isNumber() ? node.asNumber() : String.valueOf(node.asBoolean());
    }
}

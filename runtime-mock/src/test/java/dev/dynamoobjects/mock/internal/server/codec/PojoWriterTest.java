package dev.dynamoobjects.mock.internal.server.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** Items are written from each value's type, in DynamoDB's JSON, and read back to the same values. */
class PojoWriterTest {
    private static final Map<String, AttributeValue> ITEM = item();

    private static Map<String, AttributeValue> item() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("s", AttributeValue.fromS("text \"quoted\""));
        item.put("n", AttributeValue.fromN("12.50"));
        item.put("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1})));
        item.put("bool", AttributeValue.fromBool(false));
        item.put("null", AttributeValue.fromNul(true));
        item.put("ss", AttributeValue.fromSs(List.of("a", "b")));
        item.put("ns", AttributeValue.fromNs(List.of("1", "2")));
        item.put("bs", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] {2}))));
        item.put("l", AttributeValue.fromL(List.of(AttributeValue.fromS("x"), AttributeValue.fromL(List.of()))));
        item.put("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromM(Map.of()))));
        return item;
    }

    @Test
    void writesEveryAttributeTypeAsDynamoDbDoes() {
        String json = new String(PojoWriter.write(GetItemResponse.builder().item(ITEM).build()), StandardCharsets.UTF_8);

        assertEquals("{\"Item\":{\"s\":{\"S\":\"text \\\"quoted\\\"\"},\"n\":{\"N\":\"12.50\"},\"b\":{\"B\":\"AAE=\"},"
                + "\"bool\":{\"BOOL\":false},\"null\":{\"NULL\":true},\"ss\":{\"SS\":[\"a\",\"b\"]},"
                + "\"ns\":{\"NS\":[\"1\",\"2\"]},\"bs\":{\"BS\":[\"Ag==\"]},"
                + "\"l\":{\"L\":[{\"S\":\"x\"},{\"L\":[]}]},\"m\":{\"M\":{\"k\":{\"M\":{}}}}}}", json);
    }

    @Test
    void readsBackWhatItWrote() {
        GetItemRequest.Builder builder = GetItemRequest.builder();
        PojoReader.read(PojoWriter.write(GetItemRequest.builder().tableName("t").key(ITEM).build()), (SdkPojo) builder);

        assertEquals(ITEM, builder.build().key());
    }

    @Test
    void writesAValueWithSeveralTypesMemberByMember() {
        AttributeValue twoTypes = AttributeValue.builder().s("a").n("1").build();

        String json = new String(PojoWriter.write(GetItemResponse.builder().item(Map.of("x", twoTypes)).build()),
                StandardCharsets.UTF_8);

        assertEquals("{\"Item\":{\"x\":{\"S\":\"a\",\"N\":\"1\"}}}", json);
    }
}

package dev.dynamoobjects.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Lines of DynamoDB JSON, the format of DynamoDB's export to S3, written and read. */
class ItemJsonTest {
    private static String line(Map<String, AttributeValue> item) throws IOException {
        StringWriter out = new StringWriter();
        ItemJsonWriter.writeLine(item, out);
        return out.toString();
    }

    @Test
    void writesOneItemObjectPerLineInDynamoDbsMarshalledJsonWithAttributesInNameOrder() throws IOException {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("title", AttributeValue.fromS("Book \"103\" é"));
        item.put("id", AttributeValue.fromN("103"));
        item.put("cover", AttributeValue.fromB(SdkBytes.fromUtf8String("hi")));
        item.put("authors", AttributeValue.fromSs(List.of("A1", "A2")));
        item.put("sizes", AttributeValue.fromNs(List.of("1", "2.5")));
        item.put("thumbs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("a"))));
        item.put("meta", AttributeValue.fromM(Map.of("pages", AttributeValue.fromL(List.of(
                AttributeValue.fromN("600"), AttributeValue.fromBool(false), AttributeValue.fromNul(true))))));

        assertEquals("{\"Item\":{\"authors\":{\"SS\":[\"A1\",\"A2\"]},\"cover\":{\"B\":\"aGk=\"},\"id\":{\"N\":\"103\"},"
                + "\"meta\":{\"M\":{\"pages\":{\"L\":[{\"N\":\"600\"},{\"BOOL\":false},{\"NULL\":true}]}}},"
                + "\"sizes\":{\"NS\":[\"1\",\"2.5\"]},\"thumbs\":{\"BS\":[\"YQ==\"]},"
                + "\"title\":{\"S\":\"Book \\\"103\\\" é\"}}}\n", line(item));
    }

    @Test
    void readsBackWhatItWritesForEveryTypeNestedWithAwkwardTextAndExtremeNumbers() throws Exception {
        Map<String, AttributeValue> item = EveryType.item("p1", 1);
        String line = line(item);

        assertEquals(1, line.split("\n", -1).length - 1, "one line, its newlines escaped");
        assertEquals(item, ItemJsonReader.item(line.strip()));
    }

    /** The example of https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataImport.Format.html. */
    @Test
    void readsTheLineOfDynamoDbsDocumentation() throws Exception {
        Map<String, AttributeValue> item = ItemJsonReader.item("{\"Item\":{\"Authors\":{\"SS\":[\"Author1\",\"Author2\"]},"
                + "\"Dimensions\":{\"S\":\"8.5 x 11.0 x 1.5\"},\"ISBN\":{\"S\":\"333-3333333333\"},\"Id\":{\"N\":\"103\"},"
                + "\"InPublication\":{\"BOOL\":false},\"PageCount\":{\"N\":\"600\"},\"Price\":{\"N\":\"2000\"},"
                + "\"ProductCategory\":{\"S\":\"Book\"},\"Title\":{\"S\":\"Book 103 Title\"}}}");

        assertEquals(9, item.size());
        assertEquals(List.of("Author1", "Author2"), item.get("Authors").ss());
        assertEquals("103", item.get("Id").n());
        assertEquals(false, item.get("InPublication").bool());
    }

    @Test
    void readsAttributeNamesLongerThanJacksonsDefaultLimit() throws Exception {
        String name = "n".repeat(60_000);
        assertEquals(Map.of(name, AttributeValue.fromS("v")), ItemJsonReader.item(line(Map.of(name,
                AttributeValue.fromS("v"))).strip()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"Item\":{\"a\":{\"S\":\"x\"}}|it is not valid JSON (Unexpected end-of-input: expected close marker for Object",
        "{\"Item\":{\"a\":{\"S\":\"x\"},\"a\":{\"S\":\"y\"}}}|it is not valid JSON (Duplicate field 'a', at column ",
        "[1]|it is not an object of one member Item, like {\"Item\":{\"id\":{\"S\":\"a\"}}}",
        "{\"Keys\":{\"a\":{\"S\":\"x\"}}}|it is not an object of one member Item",
        "{\"Item\":{\"a\":{\"S\":\"x\"}},\"Other\":1}|it is not an object of one member Item",
        "{\"Item\":{}} {\"Item\":{}}|there is more after the item's object; put one item on a line",
        "{\"Item\":{\"a\":\"x\"}}|attribute a: its value is not an object of one type, like {\"S\":\"text\"}",
        "{\"Item\":{\"a\":{\"S\":\"x\",\"N\":\"1\"}}}|attribute a: its value has more than one type",
        "{\"Item\":{\"a\":{\"X\":\"x\"}}}|attribute a: its type X is none of DynamoDB's: S, N, B, SS, NS, BS, M, L, BOOL and NULL",
        "{\"Item\":{\"a\":{\"N\":1}}}|attribute a: N holds a JSON string, like {\"N\":\"42\"}",
        "{\"Item\":{\"a\":{\"N\":\"one\"}}}|attribute a: 'one' is not a number",
        "{\"Item\":{\"a\":{\"NS\":[\"1\",\"x\"]}}}|attribute a: 'x' is not a number",
        "{\"Item\":{\"a\":{\"B\":\"!!\"}}}|attribute a: binary values are base64 text, which '!!' is not",
        "{\"Item\":{\"a\":{\"SS\":[]}}}|attribute a: the SS set is empty; DynamoDB keeps no empty sets",
        "{\"Item\":{\"a\":{\"SS\":\"x\"}}}|attribute a: SS holds an array of strings",
        "{\"Item\":{\"a\":{\"BOOL\":\"true\"}}}|attribute a: BOOL holds true or false",
        "{\"Item\":{\"a\":{\"NULL\":false}}}|attribute a: NULL holds true, as in {\"NULL\":true}",
        "{\"Item\":{\"a\":{\"M\":{\"b\":{\"L\":[{\"S\":\"ok\"},{\"N\":\"x\"}]}}}}}|attribute a.b[1]: 'x' is not a number",
        "{\"Item\":{\"a\":{\"M\":[]}}}|attribute a: M holds an object of attributes",
        "{\"Item\":{\"a\":{\"L\":{}}}}|attribute a: L holds an array of values",
    })
    void saysWhatIsWrongWithABadLine(String line, String reason) {
        BadLineException e = assertThrows(BadLineException.class, () -> ItemJsonReader.item(line));
        assertEquals(reason, e.getMessage().substring(0, Math.min(reason.length(), e.getMessage().length())),
                e.getMessage());
    }
}

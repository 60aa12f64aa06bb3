package dev.dynamoobjects.tools;

import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.StreamReadConstraints;
import software.amazon.awssdk.thirdparty.jackson.core.StreamReadFeature;

/**
 * Facts about DynamoDB's export format, DynamoDB JSON lines, in one place. DynamoDB's export to S3
 * writes "multiple Item objects", one {@code {"Item":{...}}} per line, each "in DynamoDB's standard
 * marshalled JSON format", and its import from S3 ({@code ImportTable}, input format
 * {@code DYNAMODB_JSON}, optionally GZIP-compressed) reads the same lines
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataExport.Output.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataImport.Format.html).
 */
final class ExportFormat {
    /** The one member of a line's object. */
    static final String ITEM = "Item";

    /** The first two bytes of every gzip stream (RFC 1952), by which an import recognizes one. */
    static final int GZIP_MAGIC = 0x8b1f;

    /**
     * The SDK's own (shaded) Jackson, so that the runtime needs nothing beyond the SDK. Jackson
     * refuses names over 50,000 characters by default; DynamoDB takes attribute names up to 64 KB.
     * An attribute named twice in one object is refused, not silently overwritten by the second.
     */
    static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNameLength(Integer.MAX_VALUE).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ExportFormat() {
    }
}

package dev.dynamoobjects.mock.internal.partiql;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.server.codec.MalformedJsonException;
import dev.dynamoobjects.mock.internal.server.codec.PojoReader;
import dev.dynamoobjects.mock.internal.server.codec.PojoWriter;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The NextToken of a paged SELECT: where the next page starts, as the engine's own
 * LastEvaluatedKey plus, for {@code pk IN [...]}, which of the partitions it is in. It is carried as
 * the JSON of a ScanRequest (segment, ExclusiveStartKey), Base64-encoded, so the token needs no
 * state in the engine.
 */
record NextTokens(int partition, Map<String, AttributeValue> startKey) {
    static final String INVALID = "Invalid NextToken";

    String encode() {
        ScanRequest.Builder carrier = ScanRequest.builder().segment(partition);
        if (startKey != null) {
            carrier.exclusiveStartKey(startKey);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(PojoWriter.write(carrier.build()));
    }

    /** The position a token names; the start when the token is null. */
    static NextTokens decode(String token) {
        if (token == null) {
            return new NextTokens(0, null);
        }
        try {
            ScanRequest.Builder carrier = ScanRequest.builder();
            PojoReader.read(Base64.getUrlDecoder().decode(token), (SdkPojo) carrier);
            ScanRequest read = carrier.build();
            if (read.segment() == null) {
                throw DynamoErrors.validation(INVALID);
            }
            return new NextTokens(read.segment(), read.hasExclusiveStartKey() ? read.exclusiveStartKey() : null);
        } catch (IllegalArgumentException | MalformedJsonException e) {
            throw DynamoErrors.validation(INVALID);
        }
    }
}

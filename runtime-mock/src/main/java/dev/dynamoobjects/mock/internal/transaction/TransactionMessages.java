package dev.dynamoobjects.mock.internal.transaction;

import dev.dynamoobjects.mock.internal.limit.Limits;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;

/** The transactions' message texts, worded (spacing and punctuation included) as DynamoDB Local 3.1.0 words them. */
final class TransactionMessages {
    static final String NO_ITEMS = "Value null at 'transactItems' failed to satisfy constraint: Member must not be null";
    static final String EMPTY_ITEMS = "Value [] at 'transactItems' failed to satisfy constraint: Member must have"
            + " length greater than or equal to 1";
    static final String TOO_MANY_ITEMS = "Member must have length less than or equal to 100";
    static final String NO_OPERATION = "Invalid Request: TransactWriteRequest should contain Delete or Put or"
            + " Update request";
    static final String SEVERAL_OPERATIONS = "TransactItems can only contain one of Check, Put, Update or Delete";
    static final String SAME_ITEM = "Transaction request cannot include multiple operations on one item";
    /** Empty, as DynamoDB (Local) sends it. */
    static final String TOKEN_REUSED = "";
    /** A ConditionCheck's reason ends with a full stop; a Put's, Update's or Delete's does not. */
    static final String CHECK_FAILED = "The conditional request failed.";

    private TransactionMessages() {
    }

    static String missingCondition(int position) {
        return "Value null at 'transactItems." + position + ".member.conditionCheck.conditionExpression' failed to"
                + " satisfy constraint: Member must not be null";
    }

    static String tokenTooLong(String token) {
        return "Value " + token + " at 'clientRequestToken' failed to satisfy constraint: Member must have length"
                + " less than or equal to " + Limits.MAX_CLIENT_REQUEST_TOKEN_LENGTH;
    }

    static String payloadTooLarge(long size) {
        return "Transaction payload size cannot exceed 4MB. Payload Size: " + size;
    }

    static String cancelled(List<CancellationReason> reasons) {
        return "Transaction cancelled, please refer cancellation reasons for specific reasons "
                + reasons.stream().map(CancellationReason::code).collect(Collectors.joining(", ", "[", "]"));
    }
}

package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.validation.Messages;
import software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput;

/**
 * The on-demand maximums of CreateTable and UpdateTable: each, when given, at least 1; UpdateTable may also
 * give -1, which removes the maximum (the ACK controller's catalogue of DynamoDB answers, DDB-TABLE-442).
 */
final class OnDemandLimits {
    private OnDemandLimits() {
    }

    /** Checks CreateTable's maximums (null: none given). */
    static void check(OnDemandThroughput limits) {
        check(limits, false);
    }

    /** Checks the maximums; {@code removable} allows -1, as UpdateTable does. */
    static void check(OnDemandThroughput limits, boolean removable) {
        if (limits == null) {
            return;
        }
        check(limits.maxReadRequestUnits(), "MaxReadRequestUnits", removable);
        check(limits.maxWriteRequestUnits(), "MaxWriteRequestUnits", removable);
    }

    private static void check(Long units, String name, boolean removable) {
        if (units != null && units < 1 && !(removable && units == -1)) {
            throw DynamoErrors.validation(Messages.onDemandOutOfRange(name));
        }
    }
}

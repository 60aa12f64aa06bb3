package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.validation.Messages;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput;

/**
 * The on-demand maximums of CreateTable and UpdateTable: only for an on-demand table; each, when given, at
 * least 1, or -1 for none (API
 * Reference, OnDemandThroughput; the ACK controller's catalogue of DynamoDB answers, DDB-TABLE-442, for the text).
 */
final class OnDemandLimits {
    private OnDemandLimits() {
    }

    /** Checks the maximums (null: none given) of a table of this billing mode. */
    static void check(OnDemandThroughput limits, BillingMode billing) {
        if (limits == null) {
            return;
        }
        if (billing == BillingMode.PROVISIONED && (limits.maxReadRequestUnits() != null
                || limits.maxWriteRequestUnits() != null)) {
            throw DynamoErrors.validation(Messages.onDemandOnProvisioned(
                    limits.maxReadRequestUnits() != null ? "MaxReadRequestUnits" : "MaxWriteRequestUnits"));
        }
        check(limits.maxReadRequestUnits(), "MaxReadRequestUnits");
        check(limits.maxWriteRequestUnits(), "MaxWriteRequestUnits");
    }

    private static void check(Long units, String name) {
        if (units != null && units < 1 && units != -1) {
            throw DynamoErrors.validation(Messages.onDemandOutOfRange(name));
        }
    }
}

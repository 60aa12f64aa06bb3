package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Refuses, by name, the request parameters an operation does not implement, so that nothing a
 * request sets is silently dropped. Parameters are named as on the wire ({@code WarmThroughput}).
 */
final class UnsupportedParameters {
    private UnsupportedParameters() {
    }

    /**
     * Throws a ValidationException naming the first parameter set in the request that is not among
     * {@code implemented}.
     */
    static void refuse(SdkPojo request, String operation, Set<String> implemented) {
        refuse(request, operation, "", implemented);
    }

    /**
     * As {@link #refuse(SdkPojo, String, Set)}, for a structure inside the request, named by its
     * {@code path} ({@code GlobalSecondaryIndexes.}) in the message.
     */
    static void refuse(SdkPojo part, String operation, String path, Set<String> implemented) {
        for (SdkField<?> field : part.sdkFields()) {
            if (!implemented.contains(field.memberName()) && isSet(field.getValueOrDefault(part))) {
                throw DynamoErrors.validation(Messages.unsupportedParameter(operation, path + field.memberName()));
            }
        }
    }

    private static boolean isSet(Object value) {
        return value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap);
    }
}

package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.stream.StreamMessages;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** The StreamSpecification of CreateTable and UpdateTable: checked first, applied last. */
final class StreamSpecs {
    /** In the order of DynamoDB's API model, as its enum message lists them. */
    private static final List<String> VIEW_TYPES = List.of("NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY");

    private StreamSpecs() {
    }

    /** Checks a specification by itself (null: none given). */
    static void check(StreamSpecification spec) {
        if (spec == null) {
            return;
        }
        if (spec.streamViewType() == StreamViewType.UNKNOWN_TO_SDK_VERSION) {
            Constraints.of().add(spec.streamViewTypeAsString(), "streamSpecification.streamViewType",
                    Messages.enumValueSet(VIEW_TYPES)).check();
        }
        if (spec.streamEnabled() == null) {
            throw DynamoErrors.validation(StreamMessages.ENABLED_NULL);
        }
        if (spec.streamEnabled() && spec.streamViewType() == null) {
            throw DynamoErrors.validation(StreamMessages.VIEW_TYPE_MISSING);
        }
        if (!spec.streamEnabled() && spec.streamViewType() != null) {
            throw DynamoErrors.validation(StreamMessages.VIEW_TYPE_WHEN_DISABLED);
        }
    }

    /** Checks that the table can take the change: enable only without an enabled stream, disable only with one. */
    static void checkChange(Table table, StreamSpecification spec) {
        boolean enabled = table.stream() != null && table.stream().enabled();
        if (spec.streamEnabled() && enabled) {
            throw DynamoErrors.validation(StreamMessages.alreadyEnabled(table.name()));
        }
        if (!spec.streamEnabled() && !enabled) {
            throw DynamoErrors.validation(StreamMessages.NO_STREAM_TO_DISABLE);
        }
    }

    /** Enables a new stream or disables the table's, as the (checked) specification says. */
    static void apply(Catalog catalog, Table table, StreamSpecification spec) {
        if (spec == null) {
            return;
        }
        if (spec.streamEnabled()) {
            table.stream(catalog.streams().enable(table.name(), table.keys().toSdk(), spec.streamViewType()));
        } else if (table.stream() != null) {
            table.stream().disable();
        }
    }
}

package dev.dynamoobjects.mock.differential;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Turns what a backend answered (a response or an error) into a canonical text, so two backends can
 * be compared by equality: maps sorted by key, fields that differ by nature (creation times, ARNs,
 * ids) left out, and lists whose order DynamoDB does not define sorted.
 */
final class Outcomes {
    /** Fields whose values differ between any two DynamoDB instances. */
    private static final Set<String> INSTANCE_FIELDS = Set.of("CreationDateTime", "TableArn", "TableId",
            "LastIncreaseDateTime", "LastDecreaseDateTime", "LastUpdateToPayPerRequestDateTime", "IndexArn",
            "LatestStreamArn", "LatestStreamLabel");
    /** Lists DynamoDB returns in no defined order. */
    private static final Set<String> UNORDERED_LISTS = Set.of("ConsumedCapacity", "GlobalSecondaryIndexes",
            "LocalSecondaryIndexes", "AttributeDefinitions");

    private Outcomes() {
    }

    /** Runs the call and returns the canonical text of its response or of the DynamoDB error it threw. */
    static String of(DynamoDbClient client, Function<DynamoDbClient, Object> call) {
        try {
            return canonical(call.apply(client), false);
        } catch (TransactionCanceledException e) {
            return error(e) + " reasons=" + canonical(e.cancellationReasons(), false);
        } catch (DynamoDbException e) {
            return error(e);
        } catch (RuntimeException e) {
            // A crash of the backend (or of the SDK reading its answer) is an outcome to compare, not the end of the run.
            return "crash " + e;
        }
    }

    private static String error(DynamoDbException e) {
        return "error " + e.awsErrorDetails().errorCode() + " (" + e.statusCode() + "): "
                + e.awsErrorDetails().errorMessage();
    }

    /** Canonical text of a value; {@code unordered} sorts the elements of a list. */
    static String canonical(Object value, boolean unordered) {
        if (value instanceof AttributeValue) {
            return attribute((AttributeValue) value);
        }
        if (value instanceof SdkPojo) {
            return pojo((SdkPojo) value);
        }
        if (value instanceof Map) {
            TreeMap<String, String> sorted = new TreeMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v, false)));
            return sorted.toString();
        }
        if (value instanceof Collection) {
            List<String> elements = new ArrayList<>();
            for (Object element : (Collection<?>) value) {
                elements.add(canonical(element, false));
            }
            if (unordered) {
                // By value, not spelling: 1E+2 and 100 must sort alike for KnownDifference.NUMBER_SPELLING to apply.
                elements.sort(Comparator.comparing(KnownDifference::canonicalNumbers).thenComparing(Comparator.naturalOrder()));
            }
            return elements.toString();
        }
        return String.valueOf(value);
    }

    private static String pojo(SdkPojo pojo) {
        StringBuilder text = new StringBuilder(pojo.getClass().getSimpleName()).append('(');
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value == null || INSTANCE_FIELDS.contains(field.memberName()) || isAbsentCollection(value)) {
                continue;
            }
            text.append(field.memberName()).append('=')
                    .append(canonical(value, UNORDERED_LISTS.contains(field.memberName()))).append(", ");
        }
        return text.append(')').toString();
    }

    /** The SDK's stand-in for a list or map the response did not carry. */
    private static boolean isAbsentCollection(Object value) {
        return value instanceof software.amazon.awssdk.core.util.SdkAutoConstructList
                || value instanceof software.amazon.awssdk.core.util.SdkAutoConstructMap;
    }

    private static String attribute(AttributeValue value) {
        switch (value.type()) {
            case S:
                return "S:" + value.s();
            case N:
                return "N:" + value.n();
            case B:
                return "B:" + bytes(value.b());
            case BOOL:
                return "BOOL:" + value.bool();
            case NUL:
                return "NULL";
            case SS:
                return "SS:" + canonical(value.ss(), true);
            case NS:
                return "NS:" + canonical(value.ns(), true);
            case BS:
                return "BS:" + canonical(value.bs().stream().map(Outcomes::bytes).toList(), true);
            case L:
                return "L:" + canonical(value.l(), false);
            case M:
                return "M:" + canonical(value.m(), false);
            default:
                return "?" + value;
        }
    }

    private static String bytes(SdkBytes bytes) {
        return java.util.HexFormat.of().formatHex(bytes.asByteArrayUnsafe());
    }
}

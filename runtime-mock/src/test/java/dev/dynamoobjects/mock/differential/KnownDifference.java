package dev.dynamoobjects.mock.differential;

import java.util.Optional;

/**
 * Differences between the embedded engine and DynamoDB Local that are understood and written down,
 * each with the reason. The differential test counts and prints them instead of failing, so that
 * any other difference stands out; remove an entry once the engine and DynamoDB Local agree.
 */
enum KnownDifference {
    /**
     * DescribeTable's IndexSizeBytes: DynamoDB Local reports the whole table's size for each index; the
     * engine reports the size of the items the index holds, as DynamoDB documents it.
     */
    INDEX_SIZE_BYTES {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return kind.equals("DescribeTable") && withoutIndexSize(expected).equals(withoutIndexSize(actual));
        }
    },
    /**
     * A DeleteItem of an item that does not exist: DynamoDB Local returns ConsumedCapacity even when the
     * request did not ask for it; DynamoDB returns it only on request, and so does the engine.
     */
    UNASKED_CAPACITY_OF_MISSING_DELETE {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return kind.equals("DeleteItem") && expected.contains("ConsumedCapacity=")
                    && !actual.contains("ConsumedCapacity=") && withoutCapacity(expected).equals(actual);
        }
    },
    /**
     * A key or index key of another type: DynamoDB names the attribute and both types ("... Type mismatch
     * for key id expected: S actual: N", recorded from AWS by paritysuite and dynalite), and so does the
     * engine; DynamoDB Local stops at "Type mismatch for key".
     */
    TYPE_MISMATCH_DETAIL {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return expected.contains("Type mismatch for") && actual.startsWith(expected + " ");
        }
    };

    abstract boolean explains(String kind, String expected, String actual);

    /** Returns the known difference that explains two outcomes, if one does. */
    static Optional<KnownDifference> explaining(Operation operation, String expected, String actual) {
        String kind = operation.label().substring(0, operation.label().indexOf(' '));
        for (KnownDifference difference : values()) {
            if (difference.explains(kind, expected, actual)) {
                return Optional.of(difference);
            }
        }
        return Optional.empty();
    }

    private static String withoutIndexSize(String outcome) {
        return outcome.replaceAll("IndexSizeBytes=\\d+, ", "");
    }

    /** The outcome with its ConsumedCapacity field left out. */
    private static String withoutCapacity(String outcome) {
        String field = "ConsumedCapacity=ConsumedCapacity(";
        int start = outcome.indexOf(field);
        if (start < 0) {
            return outcome;
        }
        int depth = 0;
        for (int i = start + field.length() - 1; i < outcome.length(); i++) {
            char c = outcome.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return outcome.substring(0, start) + outcome.substring(Math.min(outcome.length(), i + 3));
            }
        }
        return outcome;
    }
}

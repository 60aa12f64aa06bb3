package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.StringJoiner;

/**
 * DynamoDB's rule that one request uses either the legacy parameters or expressions, never both.
 * The error lists every parameter of each kind that the request set, in the order of the two enums
 * (the order DynamoDB Local lists them in).
 *
 * <pre>{@code
 * ParameterMix.of()
 *         .legacy(Legacy.Expected, request.hasExpected())
 *         .expression(Expression.ConditionExpression, request.conditionExpression())
 *         .check();
 * }</pre>
 */
final class ParameterMix {
    /** The legacy parameters. KeyConditions counts only beside KeyConditionExpression: DynamoDB lets it go with the others. */
    enum Legacy { AttributesToGet, AttributeUpdates, QueryFilter, ScanFilter, Expected, KeyConditions, ConditionalOperator }

    /** The expression parameters. */
    enum Expression { ProjectionExpression, FilterExpression, UpdateExpression, ConditionExpression, KeyConditionExpression }

    // Bit masks by ordinal: the check runs on every item request, and a small object with two ints
    // is one that the JIT removes altogether.
    private int legacy;
    private int expressions;

    private ParameterMix() {
    }

    static ParameterMix of() {
        return new ParameterMix();
    }

    ParameterMix legacy(Legacy parameter, boolean given) {
        if (given) {
            legacy |= 1 << parameter.ordinal();
        }
        return this;
    }

    /** Adds ConditionalOperator when the request sets it. */
    ParameterMix conditionalOperator(String operator) {
        return legacy(Legacy.ConditionalOperator, operator != null);
    }

    ParameterMix expression(Expression parameter, String expression) {
        if (expression != null) {
            expressions |= 1 << parameter.ordinal();
        }
        return this;
    }

    /**
     * Throws DynamoDB's ValidationException when the request sets parameters of both kinds, or a
     * ConditionalOperator with nothing for it to join.
     */
    void check() {
        if (legacy != 0 && expressions != 0) {
            throw DynamoErrors.validation(Messages.mixedParameters(join(Legacy.values(), legacy),
                    join(Expression.values(), expressions)));
        }
        if (given(Legacy.ConditionalOperator) && !given(Legacy.Expected) && !given(Legacy.QueryFilter)
                && !given(Legacy.ScanFilter)) {
            throw DynamoErrors.validation(Messages.CONDITIONAL_OPERATOR_ALONE);
        }
    }

    private boolean given(Legacy parameter) {
        return (legacy & 1 << parameter.ordinal()) != 0;
    }

    private static String join(Enum<?>[] parameters, int mask) {
        StringJoiner joined = new StringJoiner(", ");
        for (Enum<?> parameter : parameters) {
            if ((mask & 1 << parameter.ordinal()) != 0) {
                joined.add(parameter.name());
            }
        }
        return joined.toString();
    }
}

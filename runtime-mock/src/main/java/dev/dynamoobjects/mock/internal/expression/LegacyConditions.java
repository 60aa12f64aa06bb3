package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.And;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.AttributeExists;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.BeginsWith;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.Between;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.Compare;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.Contains;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.In;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.Not;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.Or;
import dev.dynamoobjects.mock.internal.expression.Operand.Constant;
import dev.dynamoobjects.mock.internal.expression.Operand.PathOperand;
import dev.dynamoobjects.mock.internal.value.Values;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.ConditionalOperator;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;

/**
 * The legacy condition parameters that older clients still send (Expected, QueryFilter,
 * ScanFilter, KeyConditions, AttributesToGet), translated into the same trees expressions parse
 * into, with DynamoDB's validation messages. Attribute names here are plain top-level names: no
 * placeholders, no reserved words, no document paths.
 *
 * <pre>{@code
 * Condition expected = LegacyConditions.expected(request.expected(), request.conditionalOperator());
 * Condition filter = LegacyConditions.filter(request.scanFilter(), request.conditionalOperator());
 * }</pre>
 */
public final class LegacyConditions {
    /** The operators a KeyConditions entry may use. */
    private static final Set<ComparisonOperator> INDEXABLE = EnumSet.of(ComparisonOperator.EQ, ComparisonOperator.LE,
            ComparisonOperator.LT, ComparisonOperator.GE, ComparisonOperator.GT, ComparisonOperator.BEGINS_WITH,
            ComparisonOperator.BETWEEN);

    private LegacyConditions() {
    }

    /** Translates a PutItem/UpdateItem/DeleteItem {@code Expected} map (null or empty: always true). */
    public static Condition expected(Map<String, ExpectedAttributeValue> expected, ConditionalOperator operator) {
        if (expected == null || expected.isEmpty()) {
            return item -> true;
        }
        checkOperatorUse(expected.size(), operator);
        Condition combined = null;
        for (Map.Entry<String, ExpectedAttributeValue> entry : expected.entrySet()) {
            combined = combine(combined, expectation(entry.getKey(), entry.getValue()), operator);
        }
        return combined;
    }

    /** Translates a Query's {@code QueryFilter} or a Scan's {@code ScanFilter} (null or empty: always true). */
    public static Condition filter(Map<String, software.amazon.awssdk.services.dynamodb.model.Condition> filter,
                                   ConditionalOperator operator) {
        if (filter == null || filter.isEmpty()) {
            return item -> true;
        }
        checkOperatorUse(filter.size(), operator);
        Condition combined = null;
        for (Map.Entry<String, software.amazon.awssdk.services.dynamodb.model.Condition> entry : filter.entrySet()) {
            software.amazon.awssdk.services.dynamodb.model.Condition condition = entry.getValue();
            combined = combine(combined,
                    compare(entry.getKey(), condition.comparisonOperator(), condition.attributeValueList()), operator);
        }
        return combined;
    }

    /**
     * Translates a Query's {@code QueryFilter} for a table or index with the given keys, with
     * DynamoDB's error when it names one of them.
     */
    public static QueryFilter queryFilter(Map<String, software.amazon.awssdk.services.dynamodb.model.Condition> filter,
                                          ConditionalOperator operator, KeySchema keys) {
        FilterKeys.checkNames(filter.keySet(), keys);
        return new QueryFilter(filter(filter, operator), filter.keySet(), List.of());
    }

    /** Translates a Query's {@code KeyConditions} for a table or index with the given keys. */
    public static KeyCondition keyConditions(Map<String, software.amazon.awssdk.services.dynamodb.model.Condition> conditions,
                                             KeySchema keys) {
        Condition combined = null;
        if (conditions != null) {
            for (Map.Entry<String, software.amazon.awssdk.services.dynamodb.model.Condition> entry : conditions.entrySet()) {
                ComparisonOperator operator = entry.getValue().comparisonOperator();
                if (!INDEXABLE.contains(operator)) {
                    throw DynamoErrors.validation(ExpressionMessages.legacyNotIndexable());
                }
                Condition term = compare(entry.getKey(), operator, entry.getValue().attributeValueList());
                combined = combined == null ? term : new And(combined, term);
            }
        }
        if (combined == null) {
            throw DynamoErrors.validation(ExpressionMessages.missedKeyElement(keys.partitionKey()));
        }
        return KeyConditions.of(combined, keys);
    }

    /** Translates {@code AttributesToGet}: the named top-level attributes. */
    public static Projection attributesToGet(List<String> names) {
        ProjectionNode projection = new ProjectionNode();
        names.forEach(name -> projection.add(topLevel(name)));
        return projection;
    }

    private static void checkOperatorUse(int entries, ConditionalOperator operator) {
        if (operator != null && entries < 2) {
            throw DynamoErrors.validation(ExpressionMessages.legacyConditionalOperatorNeedsTwo());
        }
    }

    private static Condition combine(Condition combined, Condition next, ConditionalOperator operator) {
        if (combined == null) {
            return next;
        }
        return operator == ConditionalOperator.OR ? new Or(combined, next) : new And(combined, next);
    }

    private static Condition expectation(String attribute, ExpectedAttributeValue expected) {
        Boolean exists = expected.exists();
        AttributeValue value = expected.value();
        if (expected.comparisonOperator() != null) {
            if (exists != null) {
                throw invalid(ExpressionMessages.legacyExistsAndOperator(attribute));
            }
            if (value != null) {
                throw invalid(ExpressionMessages.legacyValueAndList(attribute));
            }
            return compare(attribute, expected.comparisonOperator(), expected.attributeValueList());
        }
        if (Boolean.FALSE.equals(exists)) {
            if (value != null) {
                throw invalid(ExpressionMessages.legacyValueWithoutExists(attribute));
            }
            return new AttributeExists(topLevel(attribute), false);
        }
        if (value == null) {
            throw invalid(ExpressionMessages.legacyValueRequired(exists, attribute));
        }
        return compare(attribute, ComparisonOperator.EQ, List.of(value));
    }

    /** One {@code attribute OPERATOR values} condition, checked as DynamoDB checks it. */
    static Condition compare(String attribute, ComparisonOperator operator, List<AttributeValue> values) {
        LegacyOperands.check(operator, values);
        PathOperand path = new PathOperand(topLevel(attribute));
        switch (operator) {
            case NOT_NULL: return new AttributeExists(path.path(), true);
            case NULL: return new AttributeExists(path.path(), false);
            case CONTAINS: return new Contains(path, constant(values, 0));
            case NOT_CONTAINS:
                return new And(new AttributeExists(path.path(), true), new Not(new Contains(path, constant(values, 0))));
            case BEGINS_WITH: return new BeginsWith(path, constant(values, 0));
            case BETWEEN: return new Between(path, constant(values, 0), constant(values, 1));
            case IN: return new In(path, values.stream().map(Constant::new).toArray(Operand[]::new));
            default: return new Compare(comparator(operator), path, constant(values, 0));
        }
    }

    private static TokenType comparator(ComparisonOperator operator) {
        switch (operator) {
            case EQ: return TokenType.EQ;
            case NE: return TokenType.NE;
            case LT: return TokenType.LT;
            case LE: return TokenType.LE;
            case GT: return TokenType.GT;
            default: return TokenType.GE;
        }
    }

    private static Operand constant(List<AttributeValue> values, int index) {
        return new Constant(values.get(index));
    }

    static Path topLevel(String attribute) {
        return new Path(new String[] {attribute}, new int[1]);
    }

    static RuntimeException invalid(String message) {
        return DynamoErrors.validation(message);
    }

    /** The number and types of values each comparison operator takes. */
    private static final class LegacyOperands {
        private LegacyOperands() {
        }

        static void check(ComparisonOperator operator, List<AttributeValue> values) {
            if (!countFits(operator, values.size())) {
                throw invalid(ExpressionMessages.legacyArgumentCount(String.valueOf(operator)));
            }
            for (AttributeValue value : values) {
                String problem = AttributeMaps.problemWith(value);
                if (problem != null) {
                    throw invalid(problem);
                }
                if (!typeFits(operator, value)) {
                    throw invalid(ExpressionMessages.legacyOperandType(operator.toString(), TypeNames.of(value)));
                }
            }
            if (values.stream().map(AttributeValue::type).distinct().count() > 1) {
                throw invalid(ExpressionMessages.legacyMixedTypes());
            }
            if (operator == ComparisonOperator.BETWEEN && Values.compare(values.get(0), values.get(1)) > 0) {
                throw invalid(ExpressionMessages.legacyBetweenOrder());
            }
        }

        private static boolean countFits(ComparisonOperator operator, int count) {
            switch (operator) {
                case NULL: case NOT_NULL: return count == 0;
                case BETWEEN: return count == 2;
                case IN: return count >= 1;
                default: return count == 1;
            }
        }

        private static boolean typeFits(ComparisonOperator operator, AttributeValue value) {
            switch (operator) {
                case EQ: case NE: return true;
                case BEGINS_WITH:
                    return value.type() == AttributeValue.Type.S || value.type() == AttributeValue.Type.B;
                default: return TypeNames.isOrdered(value);
            }
        }
    }
}

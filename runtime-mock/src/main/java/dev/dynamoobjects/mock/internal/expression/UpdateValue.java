package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The right-hand side of a SET action, evaluated against the item as it was before the update. */
interface UpdateValue {
    AttributeValue evaluate(Map<String, AttributeValue> item);

    /** A document path; it must exist in the item. */
    record PathValue(Path path) implements UpdateValue {
        @Override
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            AttributeValue value = path.resolve(item);
            if (value == null) {
                throw DynamoErrors.validation(ExpressionMessages.attributeMissing());
            }
            return value;
        }
    }

    record Constant(AttributeValue value) implements UpdateValue {
        @Override
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            return value;
        }
    }

    /** {@code left + right} or {@code left - right} on numbers. */
    record Arithmetic(boolean plus, UpdateValue left, UpdateValue right) implements UpdateValue {
        @Override
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            BigDecimal a = number(left.evaluate(item));
            BigDecimal b = number(right.evaluate(item));
            try {
                return AttributeValue.fromN(Numbers.canonical(plus ? Numbers.add(a, b) : Numbers.subtract(a, b)));
            } catch (NumberFormatException e) {
                throw DynamoErrors.validation(e.getMessage());
            }
        }

        private static BigDecimal number(AttributeValue value) {
            if (value.type() != AttributeValue.Type.N) {
                throw DynamoErrors.validation(ExpressionMessages.wrongOperandType());
            }
            return new BigDecimal(value.n());
        }
    }

    /** {@code if_not_exists(path, fallback)}. */
    record IfNotExists(Path path, UpdateValue fallback) implements UpdateValue {
        @Override
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            AttributeValue value = path.resolve(item);
            return value != null ? value : fallback.evaluate(item);
        }
    }

    /** {@code list_append(first, second)}. */
    record ListAppend(UpdateValue first, UpdateValue second) implements UpdateValue {
        @Override
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            AttributeValue a = first.evaluate(item);
            AttributeValue b = second.evaluate(item);
            if (a.type() != AttributeValue.Type.L || b.type() != AttributeValue.Type.L) {
                throw DynamoErrors.validation(ExpressionMessages.wrongOperandType());
            }
            List<AttributeValue> joined = new ArrayList<>(a.l().size() + b.l().size());
            joined.addAll(a.l());
            joined.addAll(b.l());
            return AttributeValue.fromL(joined);
        }
    }
}

package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The ADD and DELETE actions: number addition, set union and set difference. */
final class SetOperations {
    private SetOperations() {
    }

    /** ADD: the sum or union of the current value (null when missing) and the operand. */
    static AttributeValue add(AttributeValue current, AttributeValue operand) {
        if (current == null) {
            return operand;
        }
        if (current.type() != operand.type()) {
            throw wrongType();
        }
        switch (operand.type()) {
            case N:
                try {
                    BigDecimal sum = Numbers.add(new BigDecimal(current.n()), new BigDecimal(operand.n()));
                    return AttributeValue.fromN(Numbers.canonical(sum));
                } catch (NumberFormatException e) {
                    throw DynamoErrors.validation(e.getMessage());
                }
            case SS: {
                LinkedHashSet<String> union = new LinkedHashSet<>(current.ss());
                union.addAll(operand.ss());
                return AttributeValue.fromSs(new ArrayList<>(union));
            }
            case NS: {
                Map<BigDecimal, String> union = numbers(current.ns());
                numbers(operand.ns()).forEach(union::putIfAbsent);
                return AttributeValue.fromNs(new ArrayList<>(union.values()));
            }
            default: {
                LinkedHashSet<SdkBytes> union = new LinkedHashSet<>(current.bs());
                union.addAll(operand.bs());
                return AttributeValue.fromBs(new ArrayList<>(union));
            }
        }
    }

    /** DELETE: the current set less the operand's elements, or null when nothing is left. */
    static AttributeValue delete(AttributeValue current, AttributeValue operand) {
        if (current.type() != operand.type()) {
            throw wrongType();
        }
        switch (operand.type()) {
            case SS: {
                List<String> rest = new ArrayList<>(current.ss());
                rest.removeAll(operand.ss());
                return rest.isEmpty() ? null : AttributeValue.fromSs(rest);
            }
            case NS: {
                Map<BigDecimal, String> rest = numbers(current.ns());
                rest.keySet().removeAll(numbers(operand.ns()).keySet());
                return rest.isEmpty() ? null : AttributeValue.fromNs(new ArrayList<>(rest.values()));
            }
            default: {
                List<SdkBytes> rest = new ArrayList<>(current.bs());
                rest.removeAll(operand.bs());
                return rest.isEmpty() ? null : AttributeValue.fromBs(rest);
            }
        }
    }

    /** The numbers of a set keyed by value, so that 1 and 1.0 are one element. */
    private static Map<BigDecimal, String> numbers(List<String> spelled) {
        Map<BigDecimal, String> byValue = new LinkedHashMap<>();
        for (String number : spelled) {
            byValue.putIfAbsent(new BigDecimal(number).stripTrailingZeros(), number);
        }
        return byValue;
    }

    private static RuntimeException wrongType() {
        return DynamoErrors.validation(ExpressionMessages.wrongOperandType());
    }
}

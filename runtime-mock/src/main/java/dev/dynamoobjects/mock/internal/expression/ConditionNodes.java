package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.value.Values;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The nodes of a parsed condition. Comparing values of different types, or a missing attribute,
 * is false rather than an error, as in DynamoDB ({@code <>} is the negation of {@code =}).
 */
final class ConditionNodes {
    private ConditionNodes() {
    }

    record And(Condition left, Condition right) implements Condition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            return left.test(item) && right.test(item);
        }
    }

    record Or(Condition left, Condition right) implements Condition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            return left.test(item) || right.test(item);
        }
    }

    record Not(Condition operand) implements Condition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            return !operand.test(item);
        }
    }

    /** {@code left op right} for one of = <> < <= > >=. */
    record Compare(TokenType operator, Operand left, Operand right) implements Condition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue l = left.value(item);
            AttributeValue r = right.value(item);
            if (operator == TokenType.EQ) {
                return equal(l, r);
            }
            if (operator == TokenType.NE) {
                return !equal(l, r);
            }
            if (!comparable(l, r)) {
                return false;
            }
            int order = Values.compare(l, r);
            switch (operator) {
                case LT: return order < 0;
                case LE: return order <= 0;
                case GT: return order > 0;
                default: return order >= 0;
            }
        }
    }

    record Between(Operand operand, Operand lower, Operand upper) implements Condition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue value = operand.value(item);
            AttributeValue low = lower.value(item);
            AttributeValue high = upper.value(item);
            return comparable(value, low) && comparable(value, high)
                    && Values.compare(low, value) <= 0 && Values.compare(value, high) <= 0;
        }
    }

    record In(Operand operand, Operand[] candidates) implements Condition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue value = operand.value(item);
            if (value == null) {
                return false;
            }
            for (Operand candidate : candidates) {
                if (equal(value, candidate.value(item))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code attribute_exists(path)} or, when {@code exists} is false, attribute_not_exists. */
    record AttributeExists(Path path, boolean exists) implements Condition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            return (path.resolve(item) != null) == exists;
        }
    }

    record AttributeType(Path path, String typeName) implements Condition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue value = path.resolve(item);
            return value != null && TypeNames.of(value).equals(typeName);
        }
    }

    record BeginsWith(Operand operand, Operand prefix) implements Condition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            return beginsWith(operand.value(item), prefix.value(item));
        }
    }

    record Contains(Operand container, Operand element) implements Condition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue whole = container.value(item);
            AttributeValue part = element.value(item);
            return whole != null && part != null && contains(whole, part);
        }
    }

    static boolean equal(AttributeValue a, AttributeValue b) {
        return a != null && b != null && Values.equal(a, b);
    }

    static boolean comparable(AttributeValue a, AttributeValue b) {
        return a != null && b != null && a.type() == b.type() && TypeNames.isOrdered(a);
    }

    static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
        if (value == null || prefix == null || value.type() != prefix.type()) {
            return false;
        }
        if (value.type() == AttributeValue.Type.S) {
            return value.s().startsWith(prefix.s());
        }
        if (value.type() == AttributeValue.Type.B) {
            byte[] bytes = value.b().asByteArrayUnsafe();
            byte[] start = prefix.b().asByteArrayUnsafe();
            return bytes.length >= start.length && Arrays.equals(bytes, 0, start.length, start, 0, start.length);
        }
        return false;
    }

    private static boolean contains(AttributeValue whole, AttributeValue part) {
        switch (whole.type()) {
            case S:
                return part.type() == AttributeValue.Type.S && whole.s().contains(part.s());
            case B:
                return part.type() == AttributeValue.Type.B && containsBytes(whole.b().asByteArrayUnsafe(), part.b().asByteArrayUnsafe());
            case SS:
                return part.type() == AttributeValue.Type.S && whole.ss().contains(part.s());
            case NS:
                return part.type() == AttributeValue.Type.N && containsNumber(whole.ns(), part);
            case BS:
                return part.type() == AttributeValue.Type.B && containsBytes(whole.bs(), part.b());
            case L:
                for (AttributeValue element : whole.l()) {
                    if (Values.equal(element, part)) {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }

    private static boolean containsBytes(byte[] whole, byte[] part) {
        for (int i = 0; i + part.length <= whole.length; i++) {
            if (Arrays.equals(whole, i, i + part.length, part, 0, part.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsNumber(List<String> numbers, AttributeValue number) {
        for (String n : numbers) {
            if (Values.equal(AttributeValue.fromN(n), number)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsBytes(List<SdkBytes> set, SdkBytes bytes) {
        for (SdkBytes element : set) {
            if (element.equals(bytes)) {
                return true;
            }
        }
        return false;
    }
}

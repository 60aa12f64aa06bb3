package dev.dynamoobjects.mock.internal.expression;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A value in a condition: a document path, a {@code :value} placeholder, or {@code size(...)}. */
interface Operand {
    /** Returns the operand's value for the item, or null when it has none (a missing attribute). */
    AttributeValue value(Map<String, AttributeValue> item);

    /** A document path; missing attributes yield null. */
    record PathOperand(Path path) implements Operand {
        @Override
        public AttributeValue value(Map<String, AttributeValue> item) {
            return path.resolve(item);
        }
    }

    /** A placeholder's value. */
    record Constant(AttributeValue constant) implements Operand {
        @Override
        public AttributeValue value(Map<String, AttributeValue> item) {
            return constant;
        }
    }

    /** {@code size(operand)}: characters, bytes or elements; null for types that have no size. */
    record Size(Operand operand) implements Operand {
        @Override
        public AttributeValue value(Map<String, AttributeValue> item) {
            AttributeValue value = operand.value(item);
            int size = value == null ? -1 : sizeOf(value);
            return size < 0 ? null : AttributeValue.fromN(Integer.toString(size));
        }

        static int sizeOf(AttributeValue value) {
            switch (value.type()) {
                case S: return value.s().length();
                case B: return value.b().asByteArrayUnsafe().length;
                case SS: return value.ss().size();
                case NS: return value.ns().size();
                case BS: return value.bs().size();
                case L: return value.l().size();
                case M: return value.m().size();
                default: return -1;
            }
        }
    }
}

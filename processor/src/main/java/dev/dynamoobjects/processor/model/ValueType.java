package dev.dynamoobjects.processor.model;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;

/** How one Java type is stored in DynamoDB; containers nest the type of their elements. */
public sealed interface ValueType {
    /** Returns the Java type, as it appears in the accessor. */
    TypeName javaType();

    /** Returns the DynamoDB type of a stored value: S, N, B, BOOL, SS, NS, BS, L or M ("?" for converters). */
    String dynamoType();

    /**
     * A scalar.
     *
     * @param epochUnit the {@code ChronoUnit} constant name when stored as an epoch number, else null
     */
    record Scalar(ScalarKind kind, TypeName javaType, String epochUnit) implements ValueType {
        @Override
        public String dynamoType() {
            return epochUnit != null ? "N" : kind.dynamoType();
        }
    }

    /** An {@code Optional<T>}: empty is a missing attribute. */
    record OptionalOf(ValueType element, TypeName javaType) implements ValueType {
        @Override
        public String dynamoType() {
            return element.dynamoType();
        }
    }

    /** A {@code List<T>}. */
    record ListOf(ValueType element, TypeName javaType) implements ValueType {
        @Override
        public String dynamoType() {
            return "L";
        }
    }

    /** A {@code Set<T>} of strings, numbers or binaries. */
    record SetOf(Scalar element, TypeName javaType) implements ValueType {
        @Override
        public String dynamoType() {
            return element.dynamoType() + "S";
        }
    }

    /** A {@code Map<String, T>}. */
    record MapOf(ValueType value, TypeName javaType) implements ValueType {
        @Override
        public String dynamoType() {
            return "M";
        }
    }

    /** A {@code @Document} interface, mapped by its generated mapper. */
    record DocumentOf(ClassName javaType, ClassName mapper) implements ValueType {
        @Override
        public String dynamoType() {
            return "M";
        }
    }

    /** A type mapped by a user's {@code AttributeConverter}. */
    record Converted(ClassName converter, TypeName javaType) implements ValueType {
        @Override
        public String dynamoType() {
            return "?";
        }
    }
}

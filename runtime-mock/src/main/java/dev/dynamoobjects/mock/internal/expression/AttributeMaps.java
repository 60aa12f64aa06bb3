package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.validation.ItemValues;
import dev.dynamoobjects.mock.internal.validation.Messages;
import dev.dynamoobjects.mock.internal.value.Numbers;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB's checks of the ExpressionAttributeNames and ExpressionAttributeValues maps. */
final class AttributeMaps {
    /** The longest placeholder DynamoDB accepts, in characters. */
    static final int MAX_KEY_LENGTH = 255;
    /** Attribute names must be shorter than this many UTF-8 bytes. */

    private AttributeMaps() {
    }

    static void checkNames(Map<String, String> names) {
        if (names == null) {
            return;
        }
        if (names.isEmpty()) {
            throw DynamoErrors.validation(ExpressionMessages.namesEmpty());
        }
        for (Map.Entry<String, String> entry : names.entrySet()) {
            String key = entry.getKey();
            if (!isPlaceholder(key, '#')) {
                throw DynamoErrors.validation(ExpressionMessages.invalidNameKey(key));
            }
            if (key.length() > MAX_KEY_LENGTH) {
                throw DynamoErrors.validation(ExpressionMessages.nameKeyTooLong(key.length()));
            }
            String name = entry.getValue();
            if (name == null || name.isEmpty()) {
                throw DynamoErrors.validation(ExpressionMessages.emptyAttributeName(key));
            }
            if (name.getBytes(StandardCharsets.UTF_8).length > Limits.MAX_ATTRIBUTE_NAME_BYTES) {
                throw DynamoErrors.validation(ExpressionMessages.attributeNameTooLarge(key));
            }
        }
    }

    static void checkValues(Map<String, AttributeValue> values) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            throw DynamoErrors.validation(ExpressionMessages.valuesEmpty());
        }
        for (Map.Entry<String, AttributeValue> entry : values.entrySet()) {
            String key = entry.getKey();
            if (!isPlaceholder(key, ':')) {
                throw DynamoErrors.validation(ExpressionMessages.invalidValueKey(key));
            }
            if (key.length() > MAX_KEY_LENGTH) {
                throw DynamoErrors.validation(ExpressionMessages.valueKeyTooLong());
            }
            String problem = entry.getValue() == null ? Messages.NULL_VALUE : problemWith(entry.getValue());
            if (problem != null) {
                throw DynamoErrors.validation(ExpressionMessages.invalidValue(problem, key));
            }
        }
    }

    private static boolean isPlaceholder(String key, char prefix) {
        if (key == null || key.length() < 2 || key.charAt(0) != prefix) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            if (!Lexer.isWordChar(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Returns DynamoDB's description of what is wrong with a value, or null when it is valid. */
    static String problemWith(AttributeValue value) {
        // A value is checked as an attribute one level down would be, so it may nest one level more.
        if (ItemValues.nestsDeeper(value, Limits.MAX_NESTING_LEVELS)) {
            return Messages.NESTING_TOO_DEEP_IN_ITEM;
        }
        return problemWithin(value);
    }

    private static String problemWithin(AttributeValue value) {
        if (value == null) {
            return Messages.NULL_VALUE;
        }
        if (value.type() == null) {
            for (AttributeValue member : ItemValues.typedMembers(value)) {
                String problem = problemWithin(member);
                if (problem != null) {
                    return problem;
                }
            }
            return Messages.SEVERAL_TYPES;
        }
        switch (value.type()) {
            case UNKNOWN_TO_SDK_VERSION:
                return Messages.EMPTY_VALUE;
            case NUL:
                return value.nul() ? null : Messages.NULL_NOT_TRUE;
            case N:
                return numberProblem(value.n());
            case SS:
                return value.ss().contains(null) ? Messages.nullSetMember("string")
                        : setProblem("SS", value.ss(), ExpressionMessages.duplicatesInSet(value.ss()));
            case NS:
                return numberSetProblem(value.ns());
            case BS:
                return value.bs().contains(null) ? Messages.nullSetMember("binary")
                        : setProblem("BS", value.bs(), ExpressionMessages.duplicatesInBinarySet());
            case L:
                for (AttributeValue element : value.l()) {
                    String problem = problemWithin(element);
                    if (problem != null) {
                        return problem;
                    }
                }
                return null;
            case M:
                for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
                    // DynamoDB Local reports what is wrong with a member's value before what is wrong with its name.
                    String problem = entry.getValue() == null ? Messages.nullValue(entry.getKey())
                            : problemWithin(entry.getValue());
                    problem = problem != null ? problem : nameProblem(entry.getKey());
                    if (problem != null) {
                        return problem;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static String nameProblem(String name) {
        if (name.isEmpty()) {
            return Messages.EMPTY_ATTRIBUTE_NAME;
        }
        return name.getBytes(StandardCharsets.UTF_8).length > Limits.MAX_ATTRIBUTE_NAME_BYTES
                ? Messages.ATTRIBUTE_NAME_TOO_LARGE : null;
    }

    private static String numberProblem(String number) {
        try {
            Numbers.parse(number);
            return null;
        } catch (NumberFormatException e) {
            return e.getMessage();
        }
    }

    private static String setProblem(String type, List<?> elements, String duplicatesProblem) {
        if (elements.isEmpty()) {
            return ExpressionMessages.emptySet(type);
        }
        return new HashSet<>(elements).size() < elements.size() ? duplicatesProblem : null;
    }

    private static String numberSetProblem(List<String> numbers) {
        if (numbers.isEmpty()) {
            return ExpressionMessages.emptySet("NS");
        }
        Set<Object> seen = new HashSet<>();
        for (String number : numbers) {
            String problem = numberProblem(number);
            if (problem != null) {
                return problem;
            }
            if (!seen.add(Numbers.parse(number))) {
                return ExpressionMessages.duplicatesInNumberSet();
            }
        }
        return null;
    }
}

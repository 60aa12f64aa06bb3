package dev.dynamoobjects.mock.internal.server.codec;

import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;

/**
 * Every message text of the codec, worded as DynamoDB's JSON layer words its serialization errors
 * (dynalite's assertType, recorded against DynamoDB: "Start of list found where not expected",
 * "Expected list or null", "Expected map or null", "Expected null"; the scalar texts as AWS's JSON
 * services word them today, "NUMBER_VALUE can not be converted to a String").
 */
final class CodecMessages {
    private CodecMessages() {
    }

    /** For the error log only: DynamoDB answers a body that does not parse with the error's type alone. */
    static String notJson() {
        return "The request body is not valid JSON.";
    }

    /** For the error log only, as above. */
    static String trailingContent() {
        return "Unexpected content after the end of the JSON object.";
    }

    /** A JSON value of the wrong kind for a member of type {@code targetType} (List, Map, Structure or a scalar). */
    static String cannotConvert(JsonToken token, String targetType) {
        switch (token) {
            case START_OBJECT:
                return "Start of structure or map found where not expected.";
            case START_ARRAY:
                return "Start of list found where not expected";
            default:
                break;
        }
        switch (targetType) {
            case "List":
                return "Expected list or null";
            case "Map":
                return "Expected map or null";
            case "Structure":
                return "Expected null";
            default:
                return tokenName(token) + " can not be converted to " + article(targetType) + targetType;
        }
    }

    /**
     * Base64 that is not a multiple of four characters long, as DynamoDB words it (dynalite's assertType
     * for a Blob, recorded against DynamoDB: "'23456' can not be converted to a Blob: Base64 encoded
     * length is expected a multiple of 4 bytes but found: 5").
     */
    static String base64Length(String text) {
        return notABlob(text) + "Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length();
    }

    /** A character outside the alphabet, or padding before the end ("'=+/=' ...: Invalid Base64 character: '='"). */
    static String base64Character(String text, char character) {
        return notABlob(text) + "Invalid Base64 character: '" + character + "'";
    }

    /** A last character with bits the decoded bytes do not use, the recorded typo included ("'+/+=' ..."). */
    static String base64LastCharacter(String text) {
        return notABlob(text) + "Invalid last non-pad Base64 character dectected";
    }

    private static String notABlob(String text) {
        return "'" + text + "' can not be converted to a Blob: ";
    }

    private static String tokenName(JsonToken token) {
        switch (token) {
            case VALUE_STRING:
                return "STRING_VALUE";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "NUMBER_VALUE";
            case VALUE_TRUE:
                return "TRUE_VALUE";
            case VALUE_FALSE:
                return "FALSE_VALUE";
            default:
                return String.valueOf(token);
        }
    }

    private static String article(String type) {
        return "AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ";
    }
}

package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * DynamoDB's checks of the tagging operations' parameters, made before the table is looked up: the
 * form of the ResourceArn, then the tags, all or nothing.
 */
final class TagRules {
    /** AWS's tag alphabet: letters and digits of any script, white space, and {@code _ . : / = + - @}. */
    private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    /** A table's ARN: partition, service, region and account, then {@code table/} and a name with no slash. */
    private static final Pattern TABLE_ARN = Pattern.compile("arn:[^:]+:dynamodb:[^:]+:[^:]+:table/[^/]+");
    private static final String RESERVED_PREFIX = "aws:";

    private TagRules() {
    }

    /** Refuses a ResourceArn that is missing, no ARN, or no table's ARN. */
    static String checkArn(String arn) {
        if (arn == null) {
            throw DynamoErrors.validation(Messages.NO_TABLE_ARN);
        }
        if (!arn.startsWith("arn:")) {
            throw DynamoErrors.validation(Messages.notAnArn(arn));
        }
        if (!TABLE_ARN.matcher(arn).matches()) {
            throw DynamoErrors.validation(Messages.notATableArn(arn));
        }
        return arn;
    }

    /** Refuses TagResource's tags: none, a bad key or value, or a key given twice. */
    static void checkTags(List<Tag> tags, boolean given) {
        if (!given) {
            throw DynamoErrors.validation(Messages.memberNull("tags"));
        }
        if (tags.isEmpty()) {
            throw DynamoErrors.validation(Messages.NO_TAGS);
        }
        Set<String> keys = new HashSet<>();
        for (Tag tag : tags) {
            checkKey(tag.key());
            if (!valid(tag.value(), 0, Limits.MAX_TAG_VALUE_LENGTH)) {
                throw DynamoErrors.validation(Messages.invalidTagValue(tag.value()));
            }
            if (!keys.add(tag.key())) {
                throw DynamoErrors.validation(Messages.duplicateTagKey(tag.key()));
            }
        }
    }

    /** Refuses UntagResource's keys: none, more than a table can carry, or a bad key. */
    static void checkKeys(List<String> keys, boolean given) {
        if (!given) {
            throw DynamoErrors.validation(Messages.memberNull("tagKeys"));
        }
        if (keys.isEmpty()) {
            throw DynamoErrors.validation(Messages.NO_TAG_KEYS);
        }
        checkCount(keys);
        keys.forEach(TagRules::checkKey);
    }

    /** Refuses a number of tags beyond what one table may carry. */
    static void checkCount(Collection<?> tags) {
        if (tags.size() > Limits.MAX_TAGS) {
            throw DynamoErrors.validation(Messages.TOO_MANY_TAGS);
        }
    }

    private static void checkKey(String key) {
        if (!valid(key, 1, Limits.MAX_TAG_KEY_LENGTH)) {
            throw DynamoErrors.validation(Messages.invalidTagKey(key));
        }
        if (key.startsWith(RESERVED_PREFIX)) {
            throw DynamoErrors.validation(Messages.reservedTagKey(key));
        }
    }

    private static boolean valid(String text, int min, int max) {
        if (text == null) {
            return false;
        }
        int length = text.codePointCount(0, text.length());
        return length >= min && length <= max && TAG_TEXT.matcher(text).matches();
    }
}

package dev.dynamoobjects.mock.internal.validation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Checks attribute values as DynamoDB does (one data type each, valid numbers, non-empty sets
 * without duplicates), returns them with numbers in canonical spelling, and measures them with
 * DynamoDB's size formula. Values that need no change are returned as they are, not copied.
 */
public final class ItemValues {
    private ItemValues() {
    }

    /** Returns the item with canonical numbers, or the same map when nothing changes. */
    public static Map<String, AttributeValue> canonicalItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> changed = null;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            checkName(e.getKey());
            AttributeValue value = e.getValue();
            if (value == null) {
                throw DynamoErrors.validation(Messages.nullValue(e.getKey()));
            }
            AttributeValue canonical = canonical(value);
            if (canonical != value) {
                if (changed == null) {
                    changed = new LinkedHashMap<>(item);
                }
                changed.put(e.getKey(), canonical);
            }
        }
        return changed == null ? item : changed;
    }

    /** Checks an attribute name or map key, at any depth: DynamoDB refuses empty and over-long ones. */
    private static void checkName(String name) {
        if (name.isEmpty()) {
            throw DynamoErrors.validation(Messages.EMPTY_ATTRIBUTE_NAME);
        }
        // A char takes at most 3 UTF-8 bytes, so only long names need counting.
        if (name.length() * 3 > Limits.MAX_ATTRIBUTE_NAME_BYTES && utf8Length(name) > Limits.MAX_ATTRIBUTE_NAME_BYTES) {
            throw DynamoErrors.validation(Messages.ATTRIBUTE_NAME_TOO_LARGE);
        }
    }

    /** Returns the value checked and with canonical numbers, or the same value when nothing changes. */
    public static AttributeValue canonical(AttributeValue value) {
        if (value == null) {
            // Only a JSON body can send one: a null element of a list ({"L":[null]}).
            throw DynamoErrors.validation(Messages.NULL_VALUE);
        }
        if (value.type() == null) {
            // Each member is checked first: DynamoDB Local reports a bad number before the several types.
            typedMembers(value).forEach(ItemValues::canonical);
            throw DynamoErrors.validation(Messages.SEVERAL_TYPES);
        }
        switch (value.type()) {
            case S:
            case B:
            case BOOL:
                return value;
            case NUL:
                if (!value.nul()) {
                    throw DynamoErrors.validation(Messages.NULL_NOT_TRUE);
                }
                return value;
            case N:
                String n = canonicalNumber(value.n());
                return n.equals(value.n()) ? value : AttributeValue.fromN(n);
            case SS:
                checkNotEmpty(value.ss(), "string");
                checkNoNull(value.ss(), "string");
                if (hasDuplicates(value.ss())) {
                    throw DynamoErrors.validation(Messages.setDuplicates(value.ss().toString()));
                }
                return value;
            case BS:
                checkNotEmpty(value.bs(), "binary");
                checkNoNull(value.bs(), "binary");
                if (hasDuplicates(value.bs())) {
                    throw DynamoErrors.validation(Messages.BINARY_SET_DUPLICATES);
                }
                return value;
            case NS:
                return canonicalNumberSet(value);
            case L:
                return canonicalList(value);
            case M:
                Map<String, AttributeValue> m = canonicalItem(value.m());
                return m == value.m() ? value : AttributeValue.fromM(m);
            default:
                throw DynamoErrors.validation(Messages.EMPTY_VALUE);
        }
    }

    /**
     * Returns each data type a value sets as a value of its own, in the model's order: the SDK's
     * {@link AttributeValue#type()} is null for a value with several (a JSON body can send one).
     */
    public static List<AttributeValue> typedMembers(AttributeValue value) {
        List<AttributeValue> members = new ArrayList<>(2);
        if (value.s() != null) {
            members.add(AttributeValue.fromS(value.s()));
        }
        if (value.n() != null) {
            members.add(AttributeValue.fromN(value.n()));
        }
        if (value.b() != null) {
            members.add(AttributeValue.fromB(value.b()));
        }
        if (value.hasSs()) {
            members.add(AttributeValue.fromSs(value.ss()));
        }
        if (value.hasNs()) {
            members.add(AttributeValue.fromNs(value.ns()));
        }
        if (value.hasBs()) {
            members.add(AttributeValue.fromBs(value.bs()));
        }
        if (value.hasM()) {
            members.add(AttributeValue.fromM(value.m()));
        }
        if (value.hasL()) {
            members.add(AttributeValue.fromL(value.l()));
        }
        if (value.bool() != null) {
            members.add(AttributeValue.fromBool(value.bool()));
        }
        if (value.nul() != null) {
            members.add(AttributeValue.fromNul(value.nul()));
        }
        return members;
    }

    /**
     * Refuses an item with an attribute nested deeper than DynamoDB allows, with {@code message}.
     * Runs before the other checks, whose walks of a value recurse without bound.
     */
    public static void checkNesting(Map<String, AttributeValue> item, String message) {
        for (AttributeValue value : item.values()) {
            if (value != null && nestsDeeper(value, Limits.MAX_NESTING_LEVELS - 1)) {
                throw DynamoErrors.validation(message);
            }
        }
    }

    /** Returns true when the value holds lists or maps more than {@code levels} deep; the walk stops there. */
    public static boolean nestsDeeper(AttributeValue value, int levels) {
        Iterable<AttributeValue> elements = value.hasL() ? value.l() : value.hasM() ? value.m().values() : null;
        if (elements == null) {
            return false;
        }
        if (levels == 0) {
            return true;
        }
        for (AttributeValue element : elements) {
            if (element != null && nestsDeeper(element, levels - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Returns a number's canonical spelling, with DynamoDB's errors for an invalid number. */
    public static String canonicalNumber(String text) {
        if (text != null && PlainNumbers.isCanonical(text)) {
            return text;
        }
        try {
            return Numbers.canonical(text);
        } catch (NumberFormatException e) {
            throw DynamoErrors.validation(e.getMessage());
        }
    }

    private static AttributeValue canonicalList(AttributeValue value) {
        List<AttributeValue> list = value.l();
        List<AttributeValue> changed = null;
        for (int i = 0; i < list.size(); i++) {
            AttributeValue element = list.get(i);
            AttributeValue canonical = canonical(element);
            if (canonical != element && changed == null) {
                changed = new ArrayList<>(list);
            }
            if (changed != null) {
                changed.set(i, canonical);
            }
        }
        return changed == null ? value : AttributeValue.fromL(changed);
    }

    private static AttributeValue canonicalNumberSet(AttributeValue value) {
        List<String> numbers = value.ns();
        if (numbers.isEmpty()) {
            throw DynamoErrors.validation(Messages.emptySet("number"));
        }
        List<String> canonical = new ArrayList<>(numbers.size());
        boolean changed = false;
        for (String n : numbers) {
            String c = canonicalNumber(n);
            changed |= !c.equals(n);
            canonical.add(c);
        }
        if (new HashSet<>(canonical).size() != canonical.size()) {
            throw DynamoErrors.validation(Messages.NUMBER_SET_DUPLICATES);
        }
        return changed ? AttributeValue.fromNs(canonical) : value;
    }

    private static void checkNotEmpty(List<?> members, String setName) {
        if (members.isEmpty()) {
            throw DynamoErrors.validation(Messages.emptySet(setName));
        }
    }

    private static void checkNoNull(List<?> members, String setName) {
        if (members.contains(null)) {
            throw DynamoErrors.validation(Messages.nullSetMember(setName));
        }
    }

    /** Compares small sets pairwise, which is cheaper than hashing them; larger ones go through a HashSet. */
    private static boolean hasDuplicates(List<?> members) {
        int size = members.size();
        if (size > 8) {
            return new HashSet<>(members).size() != size;
        }
        for (int i = 1; i < size; i++) {
            for (int j = 0; j < i; j++) {
                if (members.get(i).equals(members.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Returns an item's size as DynamoDB counts it: names plus values, in bytes. */
    public static int itemSize(Map<String, AttributeValue> item) {
        int size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8Length(e.getKey()) + size(e.getValue());
        }
        return size;
    }

    /**
     * Returns a checked value's size: strings and binaries by their bytes, numbers by their base-100
     * digit pairs, one byte for booleans and nulls, and three bytes plus one per element for lists
     * and maps (the formula DynamoDB Local's table sizes follow).
     */
    public static int size(AttributeValue value) {
        switch (value.type()) {
            case S:
                return utf8Length(value.s());
            case N:
                return numberSize(value.n());
            case B:
                return value.b().asByteArrayUnsafe().length;
            case BOOL:
            case NUL:
                return 1;
            case SS:
                return value.ss().stream().mapToInt(ItemValues::utf8Length).sum();
            case NS:
                return value.ns().stream().mapToInt(ItemValues::numberSize).sum();
            case BS:
                return value.bs().stream().mapToInt(b -> b.asByteArrayUnsafe().length).sum();
            case L:
                return 3 + value.l().stream().mapToInt(v -> 1 + size(v)).sum();
            case M:
                return 3 + value.m().entrySet().stream()
                        .mapToInt(e -> 1 + utf8Length(e.getKey()) + size(e.getValue())).sum();
            default:
                return 0;
        }
    }

    /** Returns a number's size: its base-100 digit pairs aligned on the decimal point, plus one, plus one if negative. */
    public static int numberSize(String number) {
        if (PlainNumbers.isCanonical(number)) {
            return PlainNumbers.size(number);
        }
        BigDecimal value = new BigDecimal(number);
        if (value.signum() == 0) {
            return 1;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int digits = stripped.unscaledValue().abs().toString().length();
        if ((stripped.scale() & 1) != 0) {
            digits++;
        }
        return (digits + 1) / 2 + 1 + (value.signum() < 0 ? 1 : 0);
    }

    /** Returns the length of a string's UTF-8 encoding without encoding it. */
    public static int utf8Length(String s) {
        int length = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                length += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return length;
    }
}

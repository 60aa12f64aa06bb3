package dev.dynamoobjects.mock.differential;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an answer in the shape of DynamoDB's request validation ("2 validation errors detected:
 * Value 'x' at 'limit' failed to satisfy constraint: Member must ...; Value ...") and checks, by this
 * test's own rules, that every value it names really breaks the constraint it names: an engine that
 * refused a valid value would not pass for one that follows DynamoDB.
 */
final class Constraints {
    private static final Pattern HEADER = Pattern.compile("error ValidationException \\(400\\): (\\d+) validation errors?"
            + " detected: (.*)", Pattern.DOTALL);
    private static final Pattern VIOLATION = Pattern.compile("Value (?:'(.*?)'|null) at '[^']*' failed to satisfy"
            + " constraint: Member must (.*)", Pattern.DOTALL);

    private Constraints() {
    }

    /** True when the outcome is a request-validation error whose every violation checks out. */
    static boolean allBroken(String outcome) {
        Matcher header = HEADER.matcher(outcome);
        if (!header.matches()) {
            return false;
        }
        List<String> violations = violations(outcome);
        return violations.size() == Integer.parseInt(header.group(1))
                && violations.stream().allMatch(Constraints::broken);
    }

    /** The violations a request-validation error lists, none for any other outcome. */
    static List<String> violations(String outcome) {
        Matcher header = HEADER.matcher(outcome);
        return header.matches() ? List.of(header.group(2).split("; (?=Value )")) : List.of();
    }

    private static boolean broken(String violation) {
        Matcher m = VIOLATION.matcher(violation);
        if (!m.matches()) {
            return false;
        }
        String value = m.group(1);
        String rule = m.group(2);
        if (value == null) {
            return rule.equals("not be null");
        }
        if (rule.startsWith("satisfy enum value set: [")) {
            return !List.of(rule.substring(25, rule.length() - 1).split(", ")).contains(value);
        }
        if (rule.startsWith("satisfy regular expression pattern: ")) {
            return !value.matches(rule.substring(36));
        }
        return brokenBound(value, rule);
    }

    private static boolean brokenBound(String value, String rule) {
        Matcher bound = Pattern.compile("have (length|value) (less|greater) than or equal to (-?\\d+)").matcher(rule);
        if (!bound.matches()) {
            return false;
        }
        long measured = bound.group(1).equals("length") ? value.length() : Long.parseLong(value);
        long limit = Long.parseLong(bound.group(3));
        return bound.group(2).equals("less") ? measured > limit : measured < limit;
    }
}

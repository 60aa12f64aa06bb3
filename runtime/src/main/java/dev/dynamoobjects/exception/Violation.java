package dev.dynamoobjects.exception;

/**
 * One violated constraint of a record.
 *
 * @param attribute    the accessor or path the constraint is on ({@code name}, {@code address.city}),
 *                     empty for a constraint on the whole record
 * @param constraint   the constraint's simple name ({@code NotBlank})
 * @param message      the constraint's interpolated message ({@code must not be blank})
 * @param invalidValue the value that violated it, as text
 */
public record Violation(String attribute, String constraint, String message, String invalidValue) {
    /** Returns {@code "name: must not be blank (NotBlank, was \"\")"}. */
    @Override
    public String toString() {
        return (attribute.isEmpty() ? "record" : attribute) + ": " + message + " (" + constraint + ", was "
                + invalidValue + ")";
    }
}

package dev.dynamoobjects.exception;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown before a write when a record breaks its constraints (Jakarta Bean Validation annotations
 * on the record interface's accessors, or a check of its own): nothing was written. Lists every
 * violated constraint.
 *
 * <pre>{@code
 * try {
 *     stores.save(store);
 * } catch (InvalidRecordException e) {
 *     e.violations().forEach(v -> errors.put(v.attribute(), v.message()));
 * }
 * }</pre>
 */
public class InvalidRecordException extends ValidationException {
    private static final long serialVersionUID = 1L;

    private final transient Object record;
    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param table      the physical table the record was to be written to
     * @param record     the record
     * @param violations every violated constraint, at least one
     */
    public InvalidRecordException(String table, Object record, List<Violation> violations) {
        super("The record " + record + " for table " + table + " breaks " + violations.size()
                + " constraint(s), so nothing was written: "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.record = record;
        this.violations = List.copyOf(violations);
    }

    /** Returns the record that was not written. */
    public Object record() {
        return record;
    }

    /** Returns every violated constraint, sorted by attribute. */
    public List<Violation> violations() {
        return violations;
    }
}

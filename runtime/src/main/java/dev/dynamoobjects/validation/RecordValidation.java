package dev.dynamoobjects.validation;

import dev.dynamoobjects.exception.InvalidRecordException;
import dev.dynamoobjects.exception.Violation;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Validates records before they are written, with Jakarta Bean Validation when the API and a
 * provider are on the class path (add {@code org.hibernate.validator:hibernate-validator} and
 * {@code org.glassfish.expressly:expressly}). Constraints go on the record interface's accessors;
 * {@code @Valid} on an accessor validates the nested document too. Without a provider validation
 * is off, which is logged once. Every write goes through here: save, put, create, batch writes,
 * memory-table flushes and transactions.
 *
 * <pre>{@code
 * @Record(table = "store")
 * public interface Store {
 *     @Key @NotBlank String storeId();
 *     @Size(max = 40) String name();
 *     @PositiveOrZero int visits();
 * }
 * stores.save(store);     // throws InvalidRecordException listing every violation; nothing written
 * }</pre>
 */
public final class RecordValidation {
    private static final System.Logger LOG = System.getLogger(RecordValidation.class.getName());

    private RecordValidation() {
    }

    /** Returns true when a Bean Validation provider was found and records are validated. */
    public static boolean enabled() {
        return Holder.VALIDATOR != null;
    }

    /**
     * Checks a record's constraints.
     *
     * @param table the physical table it is to be written to, for the message
     * @throws InvalidRecordException listing every violation
     */
    public static void validate(Object record, String table) {
        if (Holder.VALIDATOR == null) {
            return;
        }
        List<Violation> violations = Holder.VALIDATOR.violations(record);
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(table, record, violations);
        }
    }

    /** Finds the provider on first use, once: the class loads only when a record is written. */
    private static final class Holder {
        static final BeanValidation VALIDATOR = find();

        private static BeanValidation find() {
            try {
                Class.forName("jakarta.validation.Validation", false, RecordValidation.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                return off("the jakarta.validation API is not on the class path");
            }
            try {
                return new BeanValidation();
            } catch (RuntimeException | LinkageError e) {
                return off("no Bean Validation provider could start (" + e.getMessage() + ")");
            }
        }

        private static BeanValidation off(String why) {
            LOG.log(Level.INFO, "dynamo-objects: record validation is off: " + why + ". Add"
                    + " org.hibernate.validator:hibernate-validator and org.glassfish.expressly:expressly to"
                    + " validate records before writes");
            return null;
        }
    }
}

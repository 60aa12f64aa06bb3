package dev.dynamoobjects.mapping;

/**
 * Thrown when an item of a single table is read as an entity type it does not hold: its type
 * attribute names another entity, an unknown one, or is missing. Generated entity tables only
 * read their own items, so this means the item was written by other code or another version.
 */
public class EntityTypeException extends MappingException {
    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String found;

    /**
     * @param typeAttribute the table's type attribute
     * @param expected      the entity type wanted
     * @param found         the type the item holds, or null when it holds none
     * @param entity        the Java type of the entity, for the message
     */
    public EntityTypeException(String typeAttribute, String expected, String found, String entity) {
        super(typeAttribute, "The item has " + typeAttribute + " = " + (found == null ? "nothing" : "\"" + found + "\"")
                + ", but " + entity + " items have \"" + expected + "\"; read it with the table of its own entity type,"
                + " or fix the item's " + typeAttribute, null);
        this.expected = expected;
        this.found = found;
    }

    /** Returns the entity type wanted. */
    public String expected() {
        return expected;
    }

    /** Returns the type the item holds, or null when it holds none. */
    public String found() {
        return found;
    }
}

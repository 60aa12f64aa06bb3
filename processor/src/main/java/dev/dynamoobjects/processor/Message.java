package dev.dynamoobjects.processor;

/**
 * Every diagnostic the processor reports, each one sentence: what rule is broken, then the fix.
 * Placeholders are {@code %s} in order.
 */
public enum Message {
    NOT_AN_INTERFACE("@%s applies to interfaces and records only; declare %s as an interface."),
    GENERIC_TYPE("@%s interface %s cannot have type parameters; remove them and use concrete types."),
    PRIVATE_TYPE("@%s interface %s is private; make it at least package-private so that generated classes can implement it."),
    NO_PARTITION_KEY("Record %s has no partition key; annotate exactly one accessor with @Key."),
    TWO_PARTITION_KEYS("Record %s already has the partition key %s(); keep @Key on one accessor only."),
    TWO_SORT_KEYS("Record %s already has the sort key %s(); keep @SortKey on one accessor only."),
    TWO_MANAGED("Record %s already has @%s on %s(); keep @%s on one method only."),
    MANAGED_TWICE("Accessor %s() has both @%s and @%s, which cannot go together; keep one of them."),
    KEY_AND_SORT_KEY("Accessor %s() cannot be both the partition key and the sort key; remove @Key or @SortKey."),
    ONLY_ON_RECORDS("@%s applies to @Record types only; a @Document is stored inside a record, without key, version or table of its own: remove it."),
    KEY_TYPE("Key %s() has type %s, which DynamoDB cannot store as a key; use a type stored as a string, number or binary (String, a number type, byte[], Instant, UUID, an enum...)."),
    UNSUPPORTED_TYPE("Accessor %s() has type %s, which dynamo-objects cannot map; use String, boolean, a number type, "
            + "BigDecimal, BigInteger, byte[], SdkBytes, Instant, LocalDate, LocalDateTime, OffsetDateTime, Duration, UUID, "
            + "an enum, Optional, List, Set, Map<String, T> or a @Document interface, or name a converter with @Convert."),
    NESTED_OPTIONAL("Accessor %s() has type %s, but Optional is allowed only as the accessor's own type, not inside another type; use %s."),
    RAW_TYPE("Accessor %s() has the raw type %s, whose elements dynamo-objects cannot know; give its type arguments, e.g. %s."),
    UNSUPPORTED_SET_ELEMENT("Set %s() has elements of type %s, which a DynamoDB set cannot hold; use a Set of String, a number type, an enum, UUID, a time type, byte[] or SdkBytes, or a List."),
    MAP_KEY_NOT_STRING("Map %s() has keys of type %s, but DynamoDB map keys are strings; declare it as Map<String, T>."),
    ACCESSOR_WITH_PARAMETERS("Abstract method %s of @%s %s must be an accessor without parameters; remove its parameters or give it a default body."),
    ACCESSOR_RETURNS_VOID("Abstract method %s() of @%s %s returns void, but an accessor returns its attribute's value; declare the attribute's type."),
    INVALID_TABLE_NAME("Table name \"%s\" is invalid: DynamoDB allows 3 to 255 of a-z A-Z 0-9 _ - . ; rename the table."),
    INVALID_INDEX_NAME("Index name \"%s\" is invalid: DynamoDB allows 3 to 255 of a-z A-Z 0-9 _ - . ; rename the index."),
    DUPLICATE_INDEX_NAME("Index name \"%s\" is already used by another index of %s; give each index its own name."),
    INVALID_ATTRIBUTE_NAME("Attribute name \"%s\" is invalid: DynamoDB allows %s characters here; choose another name."),
    DUPLICATE_ATTRIBUTE_NAME("Accessors %s() and %s() both map to attribute \"%s\"; give one of them another name with @Attribute."),
    ACCESSOR_NAME_TAKEN("Accessor %s() has the name of a method of the generated %s; rename it, e.g. %s(), and keep the stored name with @Attribute(\"%s\")."),
    KEY_NAMED_LIKE_ITS_CONSTANT("Key %1$s() is named like its table constant %1$s, which the generated methods' key parameter of that name would hide; name the accessor in lower camel case, e.g. %2$s(), and keep the stored name with @Attribute(\"%3$s\")."),
    DUPLICATE_CONSTANT("Accessors %s() and %s() both give the table constant %s; rename one of them."),
    INDEX_JAVA_NAME_CLASH("Indexes %s and %s both give the Java name %s in the table class; rename one of them."),
    INDEX_UNKNOWN_ATTRIBUTE("Index %s names attribute \"%s\", which %s does not have; name one of its attributes: %s."),
    INDEX_KEY_TYPE("Index %s uses attribute \"%s\" as a key, but its type %s is not stored as a string, number or binary; choose another attribute."),
    INDEX_TOO_MANY_KEY_ATTRIBUTES("Index %s lists %s attributes in %s, but DynamoDB allows at most %s; remove some, or keep them in a single attribute."),
    INDEX_REPEATED_KEY_ATTRIBUTE("Index %s lists attribute \"%s\" twice in its key, which DynamoDB refuses; list each attribute once."),
    INDEX_NO_PARTITION_KEY("Global index %s lists no partitionKey attribute; name one to four attributes."),
    LOCAL_INDEX_MULTI_ATTRIBUTE_KEY("Local index %s lists %s sort-key attributes, but DynamoDB gives multi-attribute keys to global indexes only; keep one, or declare a @GlobalIndex instead."),
    INDEX_SAME_KEYS("Index %s uses attribute \"%s\" as both its partition key and its sort key, which DynamoDB refuses; sort by another attribute or leave sortKey empty."),
    LOCAL_INDEX_ON_TABLE_SORT_KEY("Local index %s sorts by \"%s\", the table's own sort key, so it would only repeat the table; sort it by another attribute, or query the table instead."),
    LOCAL_INDEX_LIMIT("Local index %s is one more than the %s local indexes DynamoDB allows on a table; remove one, or declare a @GlobalIndex instead."),
    INDEX_CAPACITY_ON_DEMAND("Global index %s sets a capacity, but table %s is on-demand, so the capacity would be ignored; set the table's capacity in @Record too, or remove the index's."),
    CAPACITY_ONE_SIDED("@Capacity(read = %s, write = %s) provisions only one side, but provisioned throughput needs both; set read and write to 1 or more, or leave both 0 for on-demand billing."),
    CAPACITY_NEGATIVE("@Capacity %s = %s is negative; set read and write to 1 or more, or leave both 0 for on-demand billing."),
    LOCAL_INDEX_WITHOUT_SORT_KEY("Local index %s needs a table with a sort key, and %s has none; add a @SortKey or declare a @GlobalIndex instead."),
    INCLUDE_WITHOUT_INCLUDE_PROJECTION("Index %s lists included attributes but its projection is %s; set projection = Projection.INCLUDE or remove include."),
    EPOCH_TYPE("@Epoch applies to Instant, LocalDate, LocalDateTime, OffsetDateTime and Duration, not %s; remove @Epoch."),
    EPOCH_UNIT("@Epoch unit %s is not a fixed length of time; use NANOS, MICROS, MILLIS, SECONDS, MINUTES, HOURS or DAYS."),
    CONVERTER_CONSTRUCTOR("Converter %s needs a public no-argument constructor; add one."),
    CONVERTER_TYPE("Converter %s converts %s, not %s; name a converter of the accessor's type."),
    VERSION_TYPE("Version %s() has type %s, but a version is a whole number; declare it long, int, Long or Integer."),
    AUTO_INCREMENT_NOT_KEY("@AutoIncrement applies to the partition key, and %s() is not it; move @AutoIncrement to the @Key accessor."),
    AUTO_INCREMENT_TYPE("@AutoIncrement key %s() has type %s, but a counter allocates whole numbers; declare it long, int, Long or Integer."),
    AUTO_INCREMENT_BLOCK("@AutoIncrement(block = %s) must reserve at least 1 number per request; use block = 1 or more."),
    GENERATED_UUID_TYPE("@GeneratedUuid %s() has type %s; declare it String or UUID."),
    TIMESTAMP_TYPE("@%3$s %1$s() has type %2$s, but the library sets it to the current instant; declare it Instant."),
    TTL_TYPE("@Ttl %s() has type %s, but DynamoDB reads time to live as epoch seconds; declare it Instant or long."),
    TTL_EPOCH_UNIT("@Ttl %s() is stored in epoch %s, but DynamoDB reads time to live in epoch seconds; remove @Epoch or use @Epoch(ChronoUnit.SECONDS)."),
    BEFORE_WRITE_SHAPE("@BeforeWrite method %s must take no parameters and return %s; declare it as default %s %s() returning the record to write."),
    STORED_DEFAULT_READS_RECORD("Default method %s() is a stored attribute but reads %s, so the value saved for it would go stale when the record changes; annotate it @Derived to compute it on every call without storing it, or give it a default that does not read the record."),
    DERIVED_WITHOUT_BODY("@Derived method %s() has no body, but a derived value is computed by its default body; give it one, or remove @Derived to store it as an attribute."),
    DERIVED_AND_STORED("@Derived method %s() is never stored, so @%s cannot apply to it; remove @%s, or remove @Derived to store it as an attribute."),
    DERIVED_NAME_TAKEN("@Derived method %s() has the name of a method of the generated %s; rename it, e.g. %s()."),
    DERIVED_COMPONENT("Component %s of record %s is stored, as every record component is, so it cannot be @Derived; compute it in a method of the record instead, or remove @Derived."),
    SCHEMA_VERSION_VALUE("@SchemaVersion(%s) must be at least 1: items written before it have version 0; count from 1."),
    SCHEMA_VERSION_ATTRIBUTE("@SchemaVersion attribute \"%s\" is already the attribute of %s(); name another with @SchemaVersion(attribute = ...)."),
    GENERATED_CLASS_EXISTS("Class %s already exists, but dynamo-objects generates a class of that name for %s; rename the existing %s, or rename %s."),
    SINGLE_TABLE_NOT_SEALED("@SingleTable %s must be a sealed interface whose permits clause lists its @Entity types; declare it as sealed interface %s permits ...."),
    PERMITTED_NOT_ENTITY("%s is permitted by @SingleTable %s but has no @Entity; annotate it with @Entity(type = ..., pk = ..., sk = ...), or remove it from permits."),
    ENTITY_WITHOUT_TABLE("@Entity %s extends no @SingleTable interface; make it extend (or implement) the sealed @SingleTable interface of its table and list it in that interface's permits."),
    ENTITY_TYPE_TWICE("@Entity type \"%s\" is already the type of %s, but the type attribute must tell entities apart; give each entity its own type."),
    ENTITY_KEY_ANNOTATION("Entity attribute %s() has @%s, but an entity's keys are its @Entity pk and sk templates; remove @%s and name the attribute in a template."),
    ENTITY_STREAM("@Stream on @Entity %s: the entities of a table share its stream; put @Stream on the @SingleTable interface instead."),
    ENTITY_ONLY_RECORDS("@%s is not supported on an @Entity yet; remove it."),
    ENTITY_ATTRIBUTE_RESERVED("Entity attribute %s() is stored as \"%s\", which table %s uses for its keys or entity types; rename it with @Attribute, or choose other names in @SingleTable."),
    TEMPLATE_SYNTAX("Key template \"%s\" %s; write literal text and {attribute} placeholders, separated by literal text, e.g. \"ORDER#{placedAt}#{orderId}\"."),
    TEMPLATE_UNKNOWN_ATTRIBUTE("Key template \"%s\" names {%s}, which %s does not have; name one of its attributes: %s."),
    TEMPLATE_NOT_SCALAR("Key template \"%s\" names {%s}, of type %s, but a key holds one scalar value; name an attribute of a scalar type."),
    TEMPLATE_UNORDERED_TYPE("Key template \"%s\" names {%s}, of type %s, which has no encoding whose string order is its value order; use String, an enum, UUID, byte, short, int, long (zero-padded), Instant or LocalDate."),
    TEMPLATE_EMPTY("Key template of %s is empty, but every item needs a non-empty key; give it literal text, e.g. \"PROFILE\"."),
    KEY_TEMPLATES_OVERLAP("The keys of %s (pk \"%s\", sk \"%s\") could equal those of %s (pk \"%s\", sk \"%s\"), since neither the partition nor the sort key templates start with literal texts that tell them apart; start the sort key (or the partition key) of one of them with a distinct literal prefix, e.g. \"%s#\"."),
    UNKNOWN_OVERLOADED_INDEX("@EntityIndex names index \"%s\", which @SingleTable %s does not declare; name one of its @OverloadedIndex names: %s."),
    INTERNAL_ERROR("dynamo-objects failed on %s (%s); this is a bug in the processor: please report it with this message.");

    private final String format;

    Message(String format) {
        this.format = format;
    }

    /** Returns the text with its placeholders filled in. */
    public String format(Object... arguments) {
        return String.format(format, arguments);
    }
}

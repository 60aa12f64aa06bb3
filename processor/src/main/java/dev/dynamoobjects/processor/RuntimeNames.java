package dev.dynamoobjects.processor;

import com.squareup.javapoet.ClassName;

/**
 * The one place that names the runtime's classes. The processor does not depend on the runtime at
 * compile time, so that it never loads user-facing classes into javac.
 */
public final class RuntimeNames {
    private static final String ROOT = "dev.dynamoobjects";
    private static final String ANNOTATION = ROOT + ".annotation.";
    /** Not API: the helpers only generated code calls. */
    private static final String INTERNAL_MAPPING = ROOT + ".internal.mapping";
    private static final String INTERNAL_TABLE = ROOT + ".internal.table";

    public static final String RECORD = ANNOTATION + "Record";
    public static final String DOCUMENT = ANNOTATION + "Document";
    public static final String KEY = ANNOTATION + "Key";
    public static final String SORT_KEY = ANNOTATION + "SortKey";
    public static final String ATTRIBUTE = ANNOTATION + "Attribute";
    public static final String VERSION = ANNOTATION + "Version";
    public static final String EPOCH = ANNOTATION + "Epoch";
    public static final String TTL = ANNOTATION + "Ttl";
    public static final String AUTO_INCREMENT = ANNOTATION + "AutoIncrement";
    public static final String GENERATED_UUID = ANNOTATION + "GeneratedUuid";
    public static final String CREATED_AT = ANNOTATION + "CreatedAt";
    public static final String UPDATED_AT = ANNOTATION + "UpdatedAt";
    public static final String BEFORE_WRITE = ANNOTATION + "BeforeWrite";
    public static final String DERIVED = ANNOTATION + "Derived";
    public static final String SCHEMA_VERSION = ANNOTATION + "SchemaVersion";
    public static final String CONVERT = ANNOTATION + "Convert";
    public static final String GLOBAL_INDEX = ANNOTATION + "GlobalIndex";
    public static final String GLOBAL_INDEXES = ANNOTATION + "GlobalIndexes";
    public static final String LOCAL_INDEX = ANNOTATION + "LocalIndex";
    public static final String LOCAL_INDEXES = ANNOTATION + "LocalIndexes";
    public static final String STREAM = ANNOTATION + "Stream";
    public static final String SINGLE_TABLE = ANNOTATION + "SingleTable";
    public static final String ENTITY = ANNOTATION + "Entity";

    public static final ClassName PROJECTION = ClassName.get(ROOT + ".annotation", "Projection");
    public static final ClassName STREAM_VIEW = ClassName.get(ROOT + ".annotation", "StreamView");
    public static final ClassName RECORD_MAPPER = ClassName.get(ROOT + ".mapping", "RecordMapper");
    public static final String ATTRIBUTE_CONVERTER = ROOT + ".mapping.AttributeConverter";
    public static final ClassName ITEMS = ClassName.get(INTERNAL_MAPPING, "Items");
    public static final ClassName NUMBERS = ClassName.get(INTERNAL_MAPPING, "Numbers");
    public static final ClassName TIMES = ClassName.get(INTERNAL_MAPPING, "Times");
    public static final ClassName SETS = ClassName.get(INTERNAL_MAPPING, "Sets");
    public static final ClassName ENCODERS = ClassName.get(INTERNAL_MAPPING, "Encoders");
    public static final ClassName COPIES = ClassName.get(INTERNAL_MAPPING, "Copies");
    public static final ClassName DECIMALS = ClassName.get(INTERNAL_MAPPING, "Decimals");
    public static final ClassName SCALARS = ClassName.get(INTERNAL_MAPPING, "Scalars");
    public static final ClassName MAP_READER = ClassName.get(INTERNAL_MAPPING, "MapReader");
    public static final ClassName PLAIN_SHAPE = ClassName.get(INTERNAL_MAPPING, "PlainShape");
    public static final ClassName KEY_PARTS = ClassName.get(INTERNAL_MAPPING, "KeyParts");
    public static final ClassName RAW_ACCESS = ClassName.get(INTERNAL_TABLE, "RawAccess");
    public static final ClassName RAW_TABLE = ClassName.get(INTERNAL_TABLE, "RawTable");
    public static final ClassName RAW_MEMORY_TABLE = ClassName.get(INTERNAL_TABLE, "RawMemoryTable");

    public static final ClassName TABLE_SCHEMA = ClassName.get(ROOT + ".schema", "TableSchema");
    public static final ClassName INDEX_SCHEMA = ClassName.get(ROOT + ".schema", "IndexSchema");
    public static final ClassName KEY_ATTRIBUTE = ClassName.get(ROOT + ".schema", "KeyAttribute");
    public static final ClassName SCALAR_TYPE = ClassName.get(ROOT + ".schema", "ScalarType");

    private static final String ATTRIBUTES = ROOT + ".attribute";
    public static final ClassName VALUE_ATTRIBUTE = ClassName.get(ATTRIBUTES, "ValueAttribute");
    public static final ClassName COMPARABLE_ATTRIBUTE = ClassName.get(ATTRIBUTES, "ComparableAttribute");
    public static final ClassName STRING_ATTRIBUTE = ClassName.get(ATTRIBUTES, "StringAttribute");
    public static final ClassName NUMBER_ATTRIBUTE = ClassName.get(ATTRIBUTES, "NumberAttribute");
    public static final ClassName NUMBER_INDEX_KEY_ATTRIBUTE = ClassName.get(ATTRIBUTES, "NumberIndexKeyAttribute");
    public static final ClassName INCREMENTABLE = ClassName.get(ATTRIBUTES, "Incrementable");
    public static final ClassName SORT_KEY_ATTRIBUTE = ClassName.get(ATTRIBUTES, "SortKeyAttribute");
    public static final ClassName STRING_SORT_KEY_ATTRIBUTE = ClassName.get(ATTRIBUTES, "StringSortKeyAttribute");
    public static final ClassName INDEX_KEY_ATTRIBUTE = ClassName.get(ATTRIBUTES, "IndexKeyAttribute");
    public static final ClassName STRING_INDEX_KEY_ATTRIBUTE = ClassName.get(ATTRIBUTES, "StringIndexKeyAttribute");
    public static final ClassName TABLE_KEY_ATTRIBUTE = ClassName.get(ATTRIBUTES, "TableKeyAttribute");
    public static final ClassName STRING_TABLE_KEY_ATTRIBUTE = ClassName.get(ATTRIBUTES, "StringTableKeyAttribute");
    public static final ClassName SET_ATTRIBUTE = ClassName.get(ATTRIBUTES, "SetAttribute");
    public static final ClassName LIST_ATTRIBUTE = ClassName.get(ATTRIBUTES, "ListAttribute");
    public static final ClassName MAP_ATTRIBUTE = ClassName.get(ATTRIBUTES, "MapAttribute");

    public static final ClassName TABLE = ClassName.get(ROOT + ".table", "Table");
    public static final ClassName ENTITY_TABLES = ClassName.get(ROOT + ".table", "EntityTables");
    public static final ClassName ENTITY_TYPE_EXCEPTION = ClassName.get(ROOT + ".mapping", "EntityTypeException");
    public static final ClassName ITEM_KEY = ClassName.get(ROOT + ".table", "ItemKey");
    public static final ClassName VERSION_STAMP = ClassName.get(ROOT + ".migration", "VersionStamp");
    public static final ClassName MIGRATIONS = ClassName.get(ROOT + ".migration", "Migrations");
    public static final ClassName KEY_COUNTER = ClassName.get(ROOT + ".keys", "KeyCounter");
    public static final String VERSION_CONFLICT = ROOT + ".exception.VersionConflictException";
    public static final ClassName DYNAMO_DATABASE = ClassName.get(ROOT + ".table", "DynamoDatabase");
    public static final ClassName QUERY = ClassName.get(ROOT + ".table", "Query");
    public static final ClassName GLOBAL_INDEX_QUERY = ClassName.get(ROOT + ".table", "GlobalIndexQuery");
    public static final ClassName CONDITION = ClassName.get(ROOT + ".expression", "Condition");
    public static final ClassName KEY_CONDITION = ClassName.get(ROOT + ".expression", "KeyCondition");
    public static final ClassName ANY_QUERY = ClassName.get(ROOT + ".expression", "AnyQuery");
    public static final ClassName UPDATE = ClassName.get(ROOT + ".expression", "Update");
    public static final ClassName MEMORY_TABLE = ClassName.get(ROOT + ".memory", "MemoryTable");
    public static final ClassName BATCH_RETRY = ClassName.get(ROOT + ".batch", "BatchRetry");
    public static final String RECORD_NOT_FOUND = ROOT + ".exception.RecordNotFoundException";
    public static final String CONDITION_FAILED = ROOT + ".exception.ConditionFailedException";

    public static final ClassName ATTRIBUTE_VALUE =
            ClassName.get("software.amazon.awssdk.services.dynamodb.model", "AttributeValue");
    public static final ClassName SDK_BYTES = ClassName.get("software.amazon.awssdk.core", "SdkBytes");

    private RuntimeNames() {
    }
}

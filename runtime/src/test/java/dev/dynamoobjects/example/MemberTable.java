package dev.dynamoobjects.example;

import dev.dynamoobjects.attribute.StringAttribute;
import dev.dynamoobjects.mapping.RecordMapper;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.Table;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/** The table of {@link Member} records (DynamoDB table {@code member}). */
@Generated("dev.dynamoobjects.processor.RecordProcessor")
public final class MemberTable extends Table<Member> {
    /** The table's keys and billing, as declared on {@link Member}. */
    public static final TableSchema SCHEMA = new TableSchema(
            "member", new KeyAttribute("memberId", ScalarType.S), null, List.of(), 0, 0);

    /** The record's mapper. */
    public static final RecordMapper<Member> MAPPER = MemberMapper.INSTANCE;

    /** {@code memberId}: the partition key. */
    public static final StringAttribute<Member> MEMBER_ID = new StringAttribute<>("memberId");

    /** Creates the table on a database; the table itself is created on first use if missing. */
    public MemberTable(DynamoDatabase database) {
        super(database, SCHEMA, MAPPER);
    }

    /** Runs {@link Member#normalized()}, the record's {@code @BeforeWrite} method, before every write. */
    @Override
    protected Member beforeWrite(Member record) {
        return record.normalized();
    }

    /** Returns the member with this key, or empty. */
    public Optional<Member> find(String memberId) {
        return find(key(MEMBER_ID.encode(memberId)));
    }
}

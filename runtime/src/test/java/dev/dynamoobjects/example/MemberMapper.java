package dev.dynamoobjects.example;

import dev.dynamoobjects.mapping.MapReader;
import dev.dynamoobjects.mapping.RecordMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stands in for the processor's mapper of {@link Member}. */
public final class MemberMapper implements RecordMapper<Member> {
    public static final MemberMapper INSTANCE = new MemberMapper();
    private static final Set<String> ATTRIBUTES = Set.of("memberId", "name", "email", "points");

    private MemberMapper() {
    }

    @Override
    public Map<String, AttributeValue> toItem(Member m) {
        Map<String, AttributeValue> item = new HashMap<>(8);
        putS(item, "memberId", m.memberId());
        putS(item, "name", m.name());
        putS(item, "email", m.email());
        item.put("points", AttributeValue.fromN(Integer.toString(m.points())));
        return item;
    }

    @Override
    public Member fromItem(Map<String, AttributeValue> item) {
        AttributeValue points = item.get("points");
        return new ImmutableMember(s(item, "memberId"), s(item, "name"), s(item, "email"),
                points == null ? 0 : Integer.parseInt(points.n()));
    }

    @Override
    public Member fromMap(Map<String, ?> values) {
        MapReader in = MapReader.of("Member", values, ATTRIBUTES);
        Member m = new ImmutableMember(in.string("memberId"), in.string("name"), in.string("email"),
                in.intValue("points", 0));
        in.finish();
        return m;
    }

    @Override
    public Map<String, AttributeValue> keyOf(Member m) {
        return Map.of("memberId", AttributeValue.fromS(m.memberId()));
    }

    private static void putS(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, AttributeValue.fromS(value));
        }
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }
}

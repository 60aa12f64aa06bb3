package dev.dynamoobjects.example;

import dev.dynamoobjects.internal.mapping.MapReader;
import dev.dynamoobjects.internal.mapping.Numbers;
import dev.dynamoobjects.internal.mapping.PlainShape;
import dev.dynamoobjects.mapping.RecordMapper;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stands in for the processor's mapper of {@link Member}. */
public final class MemberMapper implements RecordMapper<Member> {
    public static final MemberMapper INSTANCE = new MemberMapper();

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
                points == null ? 0 : Numbers.toInt(points.n(), "points"));
    }

    @Override
    public Member fromMap(Map<String, ?> values) {
        return MapReader.of("Member", values)
                .key("memberId", PlainShape.S)
                .attribute("name", PlainShape.S)
                .attribute("email", PlainShape.S)
                .attribute("points", PlainShape.N)
                .read(this);
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

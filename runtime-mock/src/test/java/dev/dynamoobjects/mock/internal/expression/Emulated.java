package dev.dynamoobjects.mock.internal.expression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Answers {@link ExpressionCase}s with this package, the way {@link LocalDynamo} answers them. */
final class Emulated {
    static final KeySchema RANGES = KeySchema.of("id", ScalarAttributeType.S, "sk", ScalarAttributeType.N);

    private Emulated() {
    }

    static String answer(ExpressionCase c) {
        try {
            return run(c);
        } catch (DynamoDbException e) {
            return "error: " + e.awsErrorDetails().errorMessage();
        }
    }

    private static String run(ExpressionCase c) {
        ExpressionContext context = new ExpressionContext(c.nameMap(), c.valueMap());
        Map<String, AttributeValue> stored = c.storedItem();
        Map<String, AttributeValue> item = stored != null ? stored : new HashMap<>(Map.of("id", AttributeValue.fromS("k")));
        switch (c.operation()) {
            case "cond":
            case "filter": {
                ExpressionKind kind = c.operation().equals("cond") ? ExpressionKind.CONDITION : ExpressionKind.FILTER;
                Condition condition = context.condition(c.expression(), kind);
                context.checkAllUsed();
                boolean kept = kind == ExpressionKind.CONDITION || stored != null;
                return Boolean.toString(kept && condition.test(stored != null ? stored : Map.of()));
            }
            case "upd":
            case "updold":
            case "updnew": {
                Update update = context.update(c.expression());
                context.checkAllUsed();
                Map<String, AttributeValue> updated = update.apply(item);
                return Canonical.of(c.operation().equals("upd") ? updated
                        : update.projectUpdated(c.operation().equals("updold") ? item : updated));
            }
            case "proj": {
                Projection projection = context.projection(c.expression());
                context.checkAllUsed();
                return Canonical.of(stored == null ? Map.of() : projection.apply(stored));
            }
            default:
                return query(context, c.expression());
        }
    }

    private static String query(ExpressionContext context, String expression) {
        KeyCondition key = context.keyCondition(expression, RANGES);
        context.checkAllUsed();
        List<String> found = new ArrayList<>();
        if (key.partitionValue().equals(AttributeValue.fromS("p"))) {
            for (int i = 0; i < 5; i++) {
                if (key.test(AttributeValue.fromN("" + i))) {
                    found.add("" + i);
                }
            }
        }
        return found.toString();
    }
}

package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.expression.Projection;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.PrimaryKey;
import dev.dynamoobjects.mock.internal.table.Table;
import java.util.Collections;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** GetItem: reads one item by key, whole or projected. */
public final class GetItem {
    private GetItem() {
    }

    public static GetItemResponse execute(Catalog catalog, GetItemRequest request) {
        EnumParameters.of(Constraints.of().tableName(request.tableName()).notNull("key", request.hasKey()))
                .returnConsumedCapacity(request.returnConsumedCapacityAsString())
                .check();
        ParameterMix.of()
                .legacy(ParameterMix.Legacy.AttributesToGet, request.hasAttributesToGet())
                .expression(ParameterMix.Expression.ProjectionExpression, request.projectionExpression())
                .check();
        Table table = catalog.table(request.tableName());
        RequestExpressions expressions = new RequestExpressions(request.expressionAttributeNames(), null, null);
        Projection projection = expressions.projection(request.projectionExpression(),
                request.attributesToGet(), request.hasAttributesToGet());
        expressions.checkAllUsed();
        expressions.checkKeyPaths(table);
        PrimaryKey key = Keys.of(table, request.key(), request.hasKey());
        StoredItem item = table.get(key);
        boolean consistent = Boolean.TRUE.equals(request.consistentRead());
        GetItemResponse.Builder response = GetItemResponse.builder()
                .consumedCapacity(Capacity.readItem(request.returnConsumedCapacityAsString(), table,
                        item == null ? 0 : item.size(), consistent));
        if (item != null) {
            SharedResponses.item(response, projection == null ? item.attributes()
                    : Collections.unmodifiableMap(projection.apply(item.attributes())));
        }
        return response.build();
    }
}

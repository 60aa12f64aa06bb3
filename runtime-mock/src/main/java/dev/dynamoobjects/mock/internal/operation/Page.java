package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.expression.Condition;
import dev.dynamoobjects.mock.internal.expression.Projection;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * One page of a Query or Scan, read as DynamoDB reads it: items are evaluated in key order until
 * Limit items or 1 MB (measured before the filter) are read; the filter then decides which count
 * and come back. The last item read becomes the LastEvaluatedKey when the page hit its Limit (even
 * if no item follows, as DynamoDB does) or its size.
 */
final class Page {
    final List<Map<String, AttributeValue>> items = new ArrayList<>();
    int count;
    int scanned;
    long bytes;
    Map<String, AttributeValue> lastEvaluatedKey;

    /** Reads a page from the candidates, which are already in order and past the start key. */
    static Page read(Iterator<StoredItem> candidates, ReadTarget target, Integer limit, Condition filter,
                     Projection projection, Select select) {
        return read(candidates, target, limit, filter, projection, select, item -> false);
    }

    /**
     * Reads a page; {@code endsRange} tells when an item is the last one the key condition can match
     * (its sort key is the inclusive bound), after which DynamoDB Local gives no LastEvaluatedKey.
     */
    static Page read(Iterator<StoredItem> candidates, ReadTarget target, Integer limit, Condition filter,
                     Projection projection, Select select, Predicate<StoredItem> endsRange) {
        Page page = new Page();
        StoredItem last = null;
        while (candidates.hasNext()) {
            StoredItem item = candidates.next();
            if (page.scanned > 0 && page.bytes + item.size() > Limits.MAX_PAGE_SIZE) {
                page.lastEvaluatedKey = target.lastEvaluatedKey(last.attributes());
                break;
            }
            page.scanned++;
            page.bytes += item.size();
            last = item;
            page.offer(item, target, filter, projection, select);
            if (limit != null && page.scanned == limit) {
                if (!endsRange.test(item)) {
                    page.lastEvaluatedKey = target.lastEvaluatedKey(item.attributes());
                }
                break;
            }
        }
        return page;
    }

    private void offer(StoredItem item, ReadTarget target, Condition filter, Projection projection, Select select) {
        if (filter == null || filter.test(item.attributes())) {
            count++;
            if (select != Select.COUNT) {
                Map<String, AttributeValue> visible = target.visible(item.attributes(), select, projection != null);
                items.add(projection == null ? visible : Collections.unmodifiableMap(projection.apply(visible)));
            }
        }
    }
}

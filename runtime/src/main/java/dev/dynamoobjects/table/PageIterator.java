package dev.dynamoobjects.table;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Walks the items of a query or scan, fetching the next page only when the current one is used up. */
final class PageIterator implements Iterator<Map<String, AttributeValue>> {
    /** Fetches the page after {@code startKey} (null: the first), wanting at most {@code remaining} items. */
    @FunctionalInterface
    interface Fetcher {
        Read.Chunk fetch(Map<String, AttributeValue> startKey, int remaining);
    }

    private final Fetcher fetcher;
    private int remaining;
    private Iterator<Map<String, AttributeValue>> page = Collections.emptyIterator();
    private Map<String, AttributeValue> startKey;
    private boolean lastPage;

    PageIterator(Fetcher fetcher, int limit) {
        this.fetcher = fetcher;
        this.remaining = limit;
    }

    @Override
    public boolean hasNext() {
        // A filtered page can be empty while later ones are not.
        while (remaining > 0 && !page.hasNext() && !lastPage) {
            Read.Chunk chunk = fetcher.fetch(startKey, remaining);
            page = chunk.items().iterator();
            startKey = chunk.lastKey();
            lastPage = startKey == null;
        }
        return remaining > 0 && page.hasNext();
    }

    @Override
    public Map<String, AttributeValue> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        remaining--;
        return page.next();
    }
}

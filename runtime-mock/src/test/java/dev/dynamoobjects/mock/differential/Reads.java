package dev.dynamoobjects.mock.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** Reads that follow LastEvaluatedKey to the end, for generators whose outcome is every page. */
final class Reads {
    /** Enough pages for any generated table read one item a page; a backend that pages forever still ends. */
    private static final int MAX_PAGES = 1000;

    private Reads() {
    }

    /** Every page of a query; each page, with its LastEvaluatedKey, is part of the outcome. */
    static List<QueryResponse> pages(DynamoDbClient client, QueryRequest first) {
        List<QueryResponse> pages = new ArrayList<>();
        QueryRequest request = first;
        for (int i = 0; i < MAX_PAGES; i++) {
            QueryResponse page = client.query(request);
            pages.add(page);
            if (!hasNext(page.lastEvaluatedKey())) {
                break;
            }
            request = request.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
        }
        return pages;
    }

    /**
     * The items of every page of a scan, as a set (DynamoDB orders a scan by a hash of the partition
     * key that two backends need not share), with the scanned count.
     */
    static String scanned(DynamoDbClient client, ScanRequest first) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int scanned = 0;
        ScanRequest request = first;
        for (int i = 0; i < MAX_PAGES; i++) {
            ScanResponse page = client.scan(request);
            items.addAll(page.items());
            scanned += page.scannedCount();
            if (!hasNext(page.lastEvaluatedKey())) {
                break;
            }
            request = request.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
        }
        return "scanned " + scanned + " items " + Outcomes.canonical(items, true);
    }

    static boolean hasNext(Map<String, AttributeValue> lastEvaluatedKey) {
        return lastEvaluatedKey != null && !lastEvaluatedKey.isEmpty()
                && !(lastEvaluatedKey instanceof software.amazon.awssdk.core.util.SdkAutoConstructMap);
    }
}

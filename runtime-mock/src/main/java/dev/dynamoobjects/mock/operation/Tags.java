package dev.dynamoobjects.mock.operation;

import dev.dynamoobjects.mock.table.Catalog;
import dev.dynamoobjects.mock.table.Table;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceResponse;

/**
 * TagResource, UntagResource and ListTagsOfResource on table ARNs. DynamoDB Local does not support
 * tagging at all (UnknownOperationException); the engine keeps tags as DynamoDB does.
 */
public final class Tags {
    private Tags() {
    }

    public static TagResourceResponse tag(Catalog catalog, TagResourceRequest request) {
        add(catalog.tableByArn(request.resourceArn()), request.tags());
        return TagResourceResponse.builder().build();
    }

    /** Tags the table, replacing the value of a key it already has (TagResource, and CreateTable's Tags). */
    static void add(Table table, List<Tag> tags) {
        for (Tag tag : tags) {
            table.tags().put(tag.key(), tag.value());
        }
    }

    public static UntagResourceResponse untag(Catalog catalog, UntagResourceRequest request) {
        Table table = catalog.tableByArn(request.resourceArn());
        request.tagKeys().forEach(table.tags()::remove);
        return UntagResourceResponse.builder().build();
    }

    public static ListTagsOfResourceResponse list(Catalog catalog, ListTagsOfResourceRequest request) {
        Table table = catalog.tableByArn(request.resourceArn());
        List<Tag> tags = table.tags().entrySet().stream()
                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                .toList();
        return ListTagsOfResourceResponse.builder().tags(tags).build();
    }
}

package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceResponse;

/**
 * TagResource, UntagResource and ListTagsOfResource on table ARNs. DynamoDB Local does not support
 * tagging at all (UnknownOperationException); the engine keeps tags as DynamoDB does, and checks
 * them as it does ({@link TagRules}).
 */
public final class Tags {
    private Tags() {
    }

    public static TagResourceResponse tag(Catalog catalog, TagResourceRequest request) {
        String arn = TagRules.checkArn(request.resourceArn());
        TagRules.checkTags(request.tags(), request.hasTags());
        Table table = catalog.tableByArn(arn);
        // All or nothing: the table keeps its tags when the new ones would take it past the limit.
        Map<String, String> merged = new LinkedHashMap<>(table.tags());
        request.tags().forEach(tag -> merged.put(tag.key(), tag.value()));
        TagRules.checkCount(merged.keySet());
        table.tags().putAll(merged);
        return TagResourceResponse.builder().build();
    }

    /** Tags the table, replacing the value of a key it already has (TagResource, and CreateTable's Tags). */
    static void add(Table table, List<Tag> tags) {
        for (Tag tag : tags) {
            table.tags().put(tag.key(), tag.value());
        }
    }

    public static UntagResourceResponse untag(Catalog catalog, UntagResourceRequest request) {
        String arn = TagRules.checkArn(request.resourceArn());
        TagRules.checkKeys(request.tagKeys(), request.hasTagKeys());
        Table table = catalog.tableByArn(arn);
        request.tagKeys().forEach(table.tags()::remove);
        return UntagResourceResponse.builder().build();
    }

    public static ListTagsOfResourceResponse list(Catalog catalog, ListTagsOfResourceRequest request) {
        Table table = catalog.tableByArn(TagRules.checkArn(request.resourceArn()));
        List<Tag> tags = table.tags().entrySet().stream()
                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                .toList();
        return ListTagsOfResourceResponse.builder().tags(tags).build();
    }
}

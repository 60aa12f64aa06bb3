package dev.dynamoobjects.mock.internal.table;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;

/**
 * What a validated CreateTable request asks for, before its indexes and tags.
 *
 * @param settings the control-plane settings the new table starts with
 */
public record TableSpec(String name, KeySchema keys, List<AttributeDefinition> attributeDefinitions,
                        BillingMode billingMode, Throughput throughput, TableSettings settings) {
}

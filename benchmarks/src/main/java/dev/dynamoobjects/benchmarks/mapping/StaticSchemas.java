package dev.dynamoobjects.benchmarks.mapping;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** Hand-written {@code StaticTableSchema}s of both shapes, as a careful user would write them. */
final class StaticSchemas {
    static final StaticTableSchema<FlatBean> FLAT = StaticTableSchema.builder(FlatBean.class)
            .newItemSupplier(FlatBean::new)
            .addAttribute(String.class, a -> a.name("id").getter(FlatBean::getId).setter(FlatBean::setId)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("name").getter(FlatBean::getName).setter(FlatBean::setName))
            .addAttribute(int.class, a -> a.name("quantity").getter(FlatBean::getQuantity).setter(FlatBean::setQuantity))
            .addAttribute(long.class, a -> a.name("updatedAt").getter(FlatBean::getUpdatedAt).setter(FlatBean::setUpdatedAt))
            .addAttribute(double.class, a -> a.name("price").getter(FlatBean::getPrice).setter(FlatBean::setPrice))
            .addAttribute(boolean.class, a -> a.name("active").getter(FlatBean::isActive).setter(FlatBean::setActive))
            .build();

    static final StaticTableSchema<LineItemBean> LINE_ITEM = StaticTableSchema.builder(LineItemBean.class)
            .newItemSupplier(LineItemBean::new)
            .addAttribute(String.class, a -> a.name("sku").getter(LineItemBean::getSku).setter(LineItemBean::setSku))
            .addAttribute(int.class, a -> a.name("quantity").getter(LineItemBean::getQuantity).setter(LineItemBean::setQuantity))
            .addAttribute(double.class, a -> a.name("price").getter(LineItemBean::getPrice).setter(LineItemBean::setPrice))
            .build();

    static final StaticTableSchema<AddressBean> ADDRESS = StaticTableSchema.builder(AddressBean.class)
            .newItemSupplier(AddressBean::new)
            .addAttribute(String.class, a -> a.name("street").getter(AddressBean::getStreet).setter(AddressBean::setStreet))
            .addAttribute(String.class, a -> a.name("city").getter(AddressBean::getCity).setter(AddressBean::setCity))
            .addAttribute(String.class, a -> a.name("zip").getter(AddressBean::getZip).setter(AddressBean::setZip))
            .build();

    static final StaticTableSchema<NestedBean> NESTED = StaticTableSchema.builder(NestedBean.class)
            .newItemSupplier(NestedBean::new)
            .addAttribute(String.class, a -> a.name("id").getter(NestedBean::getId).setter(NestedBean::setId)
                    .tags(primaryPartitionKey()))
            .addAttribute(EnhancedType.listOf(String.class),
                    a -> a.name("tags").getter(NestedBean::getTags).setter(NestedBean::setTags))
            .addAttribute(EnhancedType.setOf(String.class),
                    a -> a.name("labels").getter(NestedBean::getLabels).setter(NestedBean::setLabels))
            .addAttribute(EnhancedType.mapOf(String.class, Integer.class),
                    a -> a.name("counts").getter(NestedBean::getCounts).setter(NestedBean::setCounts))
            .addAttribute(EnhancedType.listOf(EnhancedType.documentOf(LineItemBean.class, LINE_ITEM)),
                    a -> a.name("lines").getter(NestedBean::getLines).setter(NestedBean::setLines))
            .addAttribute(EnhancedType.documentOf(AddressBean.class, ADDRESS),
                    a -> a.name("address").getter(NestedBean::getAddress).setter(NestedBean::setAddress))
            .build();

    private StaticSchemas() {
    }
}

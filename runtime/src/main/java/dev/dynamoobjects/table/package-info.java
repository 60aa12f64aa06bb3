/**
 * The object mapper's runtime: {@link dev.dynamoobjects.table.DynamoDatabase} (client, table
 * prefix, automatic table creation) and {@link dev.dynamoobjects.table.Table}, the base of every
 * generated table class, with its {@link dev.dynamoobjects.table.Query queries},
 * {@link dev.dynamoobjects.table.Scan scans} and {@link dev.dynamoobjects.table.Page pages}.
 *
 * <pre>{@code
 * DynamoDatabase db = DynamoDatabase.builder().client(DynamoDbClient.create()).tablePrefix("dev_").build();
 * ProductTable products = new ProductTable(db);
 * products.save(product);
 * List<Product> shoes = products.query("s1", ProductTable.SKU.beginsWith("shoe-")).list();
 * }</pre>
 */
package dev.dynamoobjects.table;

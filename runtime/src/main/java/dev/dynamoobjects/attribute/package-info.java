/**
 * The classes of the generated attribute constants ({@code ProductTable.SKU}), chosen so that what
 * DynamoDB refuses does not compile:
 *
 * <ul>
 *   <li>every key attribute (of the table or of an index) has a marker interface declared by the
 *       generated table ({@code ProductTable.SkuKey}); its conditions are
 *       {@link dev.dynamoobjects.expression.Filter}s typed by that marker, and each query's
 *       {@code filter(..)} takes only the markers of the attributes that are no key of that query
 *       (DynamoDB refuses the others);
 *   <li>a sort key's comparisons are also {@link dev.dynamoobjects.expression.KeyCondition}s typed
 *       by the same marker, and each query method takes only the key conditions of its own sort key;
 *   <li>the table's keys ({@link dev.dynamoobjects.attribute.TableKeyAttribute} and subclasses)
 *       have no update actions;
 *   <li>every other attribute ({@link dev.dynamoobjects.attribute.ValueAttribute} and subclasses)
 *       builds filters every query takes ({@code Filter<R, AnyQuery>}) and update actions.
 * </ul>
 *
 * <p>All of them extend {@link dev.dynamoobjects.attribute.AttributeRef}, the type projections
 * ({@code select(...)}) take. (The annotation that renames a stored attribute is
 * {@link dev.dynamoobjects.annotation.Attribute @Attribute}.)
 *
 * <pre>{@code
 * products.query("s1", ProductTable.SKU.beginsWith("hat-"))     // the table's sort key
 *         .filter(ProductTable.STOCK.gt(0))                     // a filter: stock is no key
 *         .list();
 * products.queryByCategory("hats", ProductTable.PRICE.lt(20L)); // the index's sort key
 * products.update("s1", "hat-1", ProductTable.PRICE.add(5L));    // an index key may change
 * }</pre>
 */
package dev.dynamoobjects.attribute;

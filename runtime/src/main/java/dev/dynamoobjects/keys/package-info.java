/**
 * Keys the library allocates: {@link dev.dynamoobjects.keys.KeyCounter} hands out increasing numbers
 * for {@code @AutoIncrement} keys from an atomic counter kept in DynamoDB.
 */
package dev.dynamoobjects.keys;

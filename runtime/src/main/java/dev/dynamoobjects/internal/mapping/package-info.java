/**
 * Not API: the mapping helpers used by generated code (and by the runtime itself); they may change
 * without notice. Write records, tables and converters against {@link dev.dynamoobjects.mapping},
 * {@link dev.dynamoobjects.table} and the generated classes instead.
 */
package dev.dynamoobjects.internal.mapping;

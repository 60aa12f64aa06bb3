/**
 * Operator tools: copy a table's items to another table ({@link dev.dynamoobjects.tools.TableCopy}),
 * export them to a file of DynamoDB JSON lines, DynamoDB's export format, and import such a file
 * ({@link dev.dynamoobjects.tools.TableExport}, {@link dev.dynamoobjects.tools.TableImport}), raise
 * capacity for a job and put it back ({@link dev.dynamoobjects.tools.ThroughputScope}), and
 * create, wait for, describe, delete and list the tables of a prefix
 * ({@link dev.dynamoobjects.tools.TableAdmin}). The command line is
 * {@link dev.dynamoobjects.tools.cli.ToolsMain}.
 *
 * <pre>{@code
 * try (ThroughputScope raised = ThroughputScope.raise(new TableAdmin(prodDb), 0, 500, List.of("product"))) {
 *     TableCopy.of(new ProductTable(stagingDb), new ProductTable(prodDb)).run();
 * }
 * }</pre>
 */
package dev.dynamoobjects.tools;

/**
 * Operator tools: copy a table's items to another table ({@link dev.dynamoobjects.tools.TableCopy}),
 * raise capacity for a job and put it back ({@link dev.dynamoobjects.tools.ThroughputScope}), and
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

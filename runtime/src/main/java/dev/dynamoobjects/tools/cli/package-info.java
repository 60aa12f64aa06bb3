/**
 * The command line of the operator tools: {@link dev.dynamoobjects.tools.cli.ToolsMain}.
 */
package dev.dynamoobjects.tools.cli;

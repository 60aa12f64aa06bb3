/**
 * Not API: how the runtime turns the SDK's exceptions into its own and renders keys in messages;
 * it may change without notice. Catch the exceptions of {@link dev.dynamoobjects.exception}.
 */
package dev.dynamoobjects.internal.errors;

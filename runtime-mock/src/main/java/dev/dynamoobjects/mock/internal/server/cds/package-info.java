/**
 * Not API: the training run from which the build makes the server jar's class-data archive; may
 * change without notice.
 */
package dev.dynamoobjects.mock.internal.server.cds;

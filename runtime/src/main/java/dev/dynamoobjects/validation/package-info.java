/**
 * Validation of records before every write, with Jakarta Bean Validation when a provider (such as
 * Hibernate Validator) is on the class path; see {@link dev.dynamoobjects.validation.RecordValidation}.
 */
package dev.dynamoobjects.validation;

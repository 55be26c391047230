package dev.wuye.complaint.examples.boot.web;

/**
 * One invalid field of a request, as listed in a problem detail's {@code violations}.
 *
 * @param field   the field's path, e.g. {@code customer.phone}
 * @param message what is wrong, in the request's language
 * @param value   the rejected value as text; {@code null} when it was missing
 */
public record FieldViolation(String field, String message, String value) {
}

/**
 * The REST API over {@code ComplaintDesk}: commands as JSON, cases and audit trails as JSON, every
 * error as an RFC 9457 problem detail in the request's language.
 */
package dev.wuye.complaint.examples.boot.web;

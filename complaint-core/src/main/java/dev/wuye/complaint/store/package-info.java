/**
 * The embedded default storage: a thread-safe, in-memory implementation of the persistence SPI,
 * for tests, demos and hosts that keep nothing. It passes the persistence TCK.
 */
package dev.wuye.complaint.store;

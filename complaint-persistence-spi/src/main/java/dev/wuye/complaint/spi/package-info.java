/**
 * The persistence SPI: the plain records and small interfaces a storage vendor implements so the
 * library can keep its data in the host's own database.
 *
 * <p>This package depends on the JDK only and never on core types: the core maps its aggregate to
 * and from {@link dev.wuye.complaint.spi.CaseSnapshot}. It is a stable contract; changing a
 * record or a method here is a breaking change. An implementation proves itself by extending the
 * abstract classes of {@code complaint-persistence-tck}.
 *
 * <p>Codes (states, types, channels …) travel as {@code String}s so that the SPI does not change
 * when the core adds a constant; the core validates them when it restores a snapshot.
 */
package dev.wuye.complaint.spi;

/**
 * The persistence compatibility kit: contract tests a storage implementation proves itself with.
 *
 * <p>An open module: JUnit Jupiter and jqwik instantiate the kit's {@code @Nested} groups and call its
 * package-private lifecycle methods reflectively, from a store's test class that extends the kit.
 */
open module dev.wuye.complaint.tck {
    // The SPI, JUnit's and jqwik's annotations and types appear in the kit's public API.
    requires transitive dev.wuye.complaint.spi;
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;
    requires transitive net.jqwik.api;
    requires org.assertj.core;

    exports dev.wuye.complaint.tck;
}

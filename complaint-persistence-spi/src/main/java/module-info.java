/**
 * The persistence SPI: the records and interfaces a storage vendor implements. Depends on the JDK's
 * {@code java.base} only.
 */
module dev.wuye.complaint.spi {
    exports dev.wuye.complaint.spi;
}

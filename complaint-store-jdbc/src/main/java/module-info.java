/**
 * The JDBC store of the persistence SPI: {@code JdbcStorage} on a host's {@code DataSource}, its Flyway
 * migrations per dialect, and an optional HikariCP convenience ({@code JdbcPools}).
 */
module dev.wuye.complaint.store.jdbc {
    // DataSource and the SPI types appear in the exported API.
    requires transitive java.sql;
    requires transitive dev.wuye.complaint.spi;
    // flyway-core 11 ships neither a module descriptor nor an Automatic-Module-Name: this is the name
    // the JDK derives from its jar file name.
    requires flyway.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    // Optional: only JdbcPools uses HikariCP (and returns its pool type); a host on its own pool never loads it.
    requires static transitive com.zaxxer.hikari;
    // Optional: the PostgreSQL dialect asks the driver whether a column came in binary form.
    requires static org.postgresql.jdbc;

    exports dev.wuye.complaint.store.jdbc;

    // Resource-only packages: Flyway finds the migrations through ClassLoader.getResources, which sees
    // resources of a named module only in packages opened to everyone.
    opens dev.wuye.complaint.store.jdbc.migration.h2;
    opens dev.wuye.complaint.store.jdbc.migration.postgresql;
    opens dev.wuye.complaint.store.jdbc.migration.mariadb;
}

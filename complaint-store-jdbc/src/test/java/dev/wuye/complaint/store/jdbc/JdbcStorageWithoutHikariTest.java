package dev.wuye.complaint.store.jdbc;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HikariCP is an optional dependency: on a class path without it, {@link JdbcStorages} migrates and
 * {@link JdbcStorage} serves a host's own {@link DataSource}; only {@link JdbcPools} needs it.
 */
class JdbcStorageWithoutHikariTest {

    /** The test class path (Surefire's, not its booter jar), without HikariCP. */
    private static URL[] classPathWithoutHikari() throws MalformedURLException {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank() && !entry.contains("HikariCP")) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        assertThat(urls).as("test class path %s", path)
                .anySatisfy(u -> assertThat(u.toString()).contains("flyway-core"))
                .anySatisfy(u -> assertThat(u.toString()).contains("h2"));
        return urls.toArray(URL[]::new);
    }

    @Test
    @DisplayName("without HikariCP on the class path, JdbcStorages migrates H2 and JdbcStorage opens on it; JdbcPools cannot load")
    void worksWithoutHikari() throws Exception {
        ClassLoader saved = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(classPathWithoutHikari(), ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            assertThatThrownBy(() -> Class.forName("com.zaxxer.hikari.HikariDataSource", false, loader))
                    .isInstanceOf(ClassNotFoundException.class);

            Class<?> storages = Class.forName(JdbcStorages.class.getName(), true, loader);
            Class<?> storageClass = Class.forName(JdbcStorage.class.getName(), true, loader);
            assertThat(storages.getClassLoader()).isSameAs(loader);
            assertThat(storages.getMethods()).as("every signature of JdbcStorages resolves").isNotEmpty();
            assertThat(storageClass.getMethods()).as("every signature of JdbcStorage resolves").isNotEmpty();

            Object h2 = Class.forName("org.h2.jdbcx.JdbcDataSource", true, loader).getConstructor().newInstance();
            h2.getClass().getMethod("setURL", String.class).invoke(h2, "jdbc:h2:mem:without-hikari;DB_CLOSE_DELAY=-1");
            h2.getClass().getMethod("setUser", String.class).invoke(h2, "sa");
            assertThat(storages.getMethod("migrate", DataSource.class).invoke(null, h2))
                    .as("migrations applied: V1 storage, V2 activity log, V4 next due instant, V5 covering due index,"
                            + " V6 cycle digest")
                    .isEqualTo(5);
            Object storage = storages.getMethod("migrateAndOpen", DataSource.class, ZoneId.class)
                    .invoke(null, h2, ZoneId.of("Asia/Shanghai"));
            assertThat(storage.getClass()).isSameAs(storageClass);
            Object cases = storageClass.getMethod("cases").invoke(storage);
            Object found = Class.forName("dev.wuye.complaint.spi.CaseStore", true, loader)
                    .getMethod("findById", String.class).invoke(cases, "none");
            assertThat(found).isEqualTo(Optional.empty());

            Class<?> pools = Class.forName(JdbcPools.class.getName(), false, loader);
            assertThatThrownBy(pools::getMethods).as("JdbcPools does need HikariCP")
                    .isInstanceOf(NoClassDefFoundError.class);
        } finally {
            Thread.currentThread().setContextClassLoader(saved);
        }
    }
}

package dev.wuye.complaint.benchmarks.db.command;

import com.zaxxer.hikari.HikariDataSource;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.store.jdbc.JdbcPools;
import dev.wuye.complaint.store.jdbc.JdbcStorage;
import dev.wuye.complaint.store.jdbc.JdbcStorages;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What reading one case row costs the client: the CPU time of the calling thread per read, the store's
 * {@code findById} (every column of the row decoded into a snapshot, outside a unit of work: its own
 * transaction) against what {@link RawCommands} does for its read ({@code SELECT *} by id, four columns read,
 * and a commit where the pool is out of auto-commit, as the store's own read does), both on the store's pool,
 * on a case {@link DeskCase} took to the archive (a handling cycle, notes, a follow-up). The two reads
 * alternate in blocks of 5,000, nine blocks each after a warm-up; the medians are printed. Thread CPU time,
 * not throughput: on a shared machine it moves less with what else runs.
 *
 * <p>Usage: {@code java -cp complaint-benchmarks/target/benchmarks.jar
 * dev.wuye.complaint.benchmarks.db.command.RowReadCpu [postgresql|mariadb|both]}; the database of
 * {@link CommandLoad}.
 */
public final class RowReadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int BLOCK = 5_000;
    private static final int BLOCKS = 9;

    private RowReadCpu() {
    }

    /**
     * Runs the comparison.
     *
     * @param args {@code postgresql}, {@code mariadb} or {@code both} (default)
     * @throws Exception when a database is not reachable
     */
    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "both";
        if (!which.equals("mariadb")) {
            measure("postgresql", CommandLoad.postgresUrl(), CommandLoad.postgresUser());
        }
        if (!which.equals("postgresql")) {
            measure("mariadb", CommandLoad.mariadbUrl(), "root");
        }
    }

    private static void measure(String name, String url, String user) throws Exception {
        try (HikariDataSource pool = JdbcPools.pool(url, user, "")) {
            JdbcStorage storage = JdbcStorages.migrateAndOpen(pool, DeskCase.SHANGHAI);
            DeskCase.ThreadClock clock = new DeskCase.ThreadClock();
            ComplaintDesk desk = ComplaintDesk.builder().storage(storage).clock(clock)
                    .calendar(WorkingDayCalendar.chinaMainland()).build();
            String id = DeskCase.run(desk, clock, "row-read-" + System.nanoTime());
            LongSupplier store = () -> storage.cases().findById(id).orElseThrow().version();
            LongSupplier raw = () -> rawRead(pool, id);
            long[][] t = new long[2][BLOCKS];
            for (int w = 0; w < 4; w++) {
                time(store);
                time(raw);
            }
            for (int b = 0; b < BLOCKS; b++) {
                t[0][b] = time(store);
                t[1][b] = time(raw);
            }
            Arrays.sort(t[0]);
            Arrays.sort(t[1]);
            System.out.printf(Locale.ROOT, "%s: client thread CPU per read, findById %.1f µs, raw SELECT * %.1f µs"
                    + " (medians of %d blocks of %,d)%n", name, t[0][BLOCKS / 2] / 1e3, t[1][BLOCKS / 2] / 1e3, BLOCKS, BLOCK);
        }
    }

    /** The calling thread's CPU nanoseconds per read over one block. */
    private static long time(LongSupplier read) {
        long start = THREADS.getCurrentThreadCpuTime();
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += read.getAsLong();
        }
        if (sum < 0) {
            throw new IllegalStateException("negative versions");
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / BLOCK;
    }

    /** The raw program's read: the whole row selected, four columns read, commit on a pool out of auto-commit. */
    private static long rawRead(HikariDataSource pool, String id) {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM wuye_complaint WHERE id = ?")) {
            ps.setString(1, id);
            long version;
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                version = rs.getLong("version");
                rs.getString("state");
                rs.getString("cycles");
                rs.getString("notes");
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return version;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

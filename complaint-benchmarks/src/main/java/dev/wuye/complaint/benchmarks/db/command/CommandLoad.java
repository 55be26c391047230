package dev.wuye.complaint.benchmarks.db.command;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.store.jdbc.JdbcPools;
import dev.wuye.complaint.store.jdbc.JdbcStorage;
import dev.wuye.complaint.store.jdbc.JdbcStorages;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The command path at the database's pace: the desk with {@link JdbcStorage} on a HikariCP pool of ten
 * ({@link JdbcPools#pool}) against {@link RawCommands} on a pool of the same size, in one run, on the
 * local PostgreSQL and MariaDB, at 1, 4 and 16 client threads. Each thread runs whole valid-complaint
 * cases ({@link DeskCase}, eleven commands) back to back; the figure is commands per second, and the
 * ratio desk / raw. Per database and thread count: the tables are emptied, both sides warm up (long before
 * the first thread count, a few seconds before the others; the sides take turns in slices of five seconds),
 * then {@code rounds} alternating measurements of each side (desk, raw, desk, raw, …) are summed into the
 * ratio, so that what else the machine does falls on both sides alike. Each round also prints the client CPU
 * per command, of the whole JVM and of the client threads alone.
 *
 * <p>Usage (see {@code docs/performance.md}):
 * {@code java -cp complaint-benchmarks/target/benchmarks.jar dev.wuye.complaint.benchmarks.db.command.CommandLoad
 * [postgresql|mariadb|both] [threads=1,4,16] [seconds=8] [warmup=30] [rounds=3]}
 * ({@code -Dbench.mariadb.params=?…} appends driver settings to both sides' MariaDB URL). Uses a database of its
 * own, {@code wuye_cmdload}, created when missing (PostgreSQL 127.0.0.1:5432 as postgres or root, MariaDB
 * 127.0.0.1:3306 as root, no passwords).
 */
public final class CommandLoad {

    private static final String DATABASE = "wuye_cmdload";
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    /** Numbers the cases of the whole run: each case's idempotency key (and the raw side's id) is unique. */
    private static final AtomicLong CASES = new AtomicLong();
    /** The longest stretch of warm-up one side runs before the other side's turn, in seconds. */
    private static final int WARM_SLICE = 5;
    private static final String[] TABLES = {"wuye_complaint", "wuye_complaint_audit", "wuye_duty_log",
        "wuye_activity", "wuye_archive_batch"};

    /** This JVM's CPU time: what one command costs the client, whatever the machine's load. */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    /** The CPU time of each client thread. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CommandLoad() {
    }

    /** What a side does once per case. */
    @FunctionalInterface
    private interface CaseRun {
        void run(int thread, long n) throws Exception;
    }

    /**
     * One measurement of one side.
     *
     * @param commandsPerSecond commands per second
     * @param cpuMicros         this JVM's CPU time per command, in microseconds
     * @param workerCpuMicros   the client threads' CPU time alone per command (without the JVM's compiler and
     *                          garbage collector threads): the steadier measure of what one side's code costs
     */
    private record Round(double commandsPerSecond, double cpuMicros, double workerCpuMicros) {
    }

    /**
     * Runs the comparison.
     *
     * @param args database(s), then {@code threads=}, {@code seconds=}, {@code warmup=}, {@code rounds=}
     * @throws Exception when a database cannot be prepared or a command fails
     */
    public static void main(String[] args) throws Exception {
        String which = "both";
        int[] threads = {1, 4, 16};
        int seconds = 8;
        int warmup = 30;
        int rounds = 3;
        for (String a : args) {
            if (a.startsWith("threads=")) {
                threads = java.util.Arrays.stream(a.substring(8).split(",")).mapToInt(Integer::parseInt).toArray();
            } else if (a.startsWith("seconds=")) {
                seconds = Integer.parseInt(a.substring(8));
            } else if (a.startsWith("warmup=")) {
                warmup = Integer.parseInt(a.substring(7));
            } else if (a.startsWith("rounds=")) {
                rounds = Integer.parseInt(a.substring(7));
            } else {
                which = a;
            }
        }
        System.out.printf(Locale.ROOT, "command-path load: %s, threads %s, %d s x %d rounds per side, warm-up %d s, "
                        + "%d CPUs, Java %s%n", which, java.util.Arrays.toString(threads), seconds, rounds, warmup,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        List<String> lines = new ArrayList<>();
        if (!which.equals("mariadb")) {
            lines.addAll(compare("postgresql", postgresUrl(), postgresUser(), true, threads, seconds, warmup, rounds));
        }
        if (!which.equals("postgresql")) {
            lines.addAll(compare("mariadb", mariadbUrl(), "root", false, threads, seconds, warmup, rounds));
        }
        System.out.println();
        System.out.println("| database | threads | desk (commands/s) | raw JDBC (commands/s) | desk / raw |");
        System.out.println("|---|---:|---:|---:|---:|");
        lines.forEach(System.out::println);
    }

    private static List<String> compare(String name, String url, String user, boolean zoned, int[] threads,
                                        int seconds, int warmup, int rounds) throws Exception {
        try (HikariDataSource deskPool = JdbcPools.pool(url, user, "");
             HikariDataSource rawPool = rawPool(url, user)) {
            JdbcStorages.migrate(deskPool);
            return compare(name, deskPool, deskSide(deskPool), rawSide(rawPool, zoned), threads, seconds, warmup, rounds);
        }
    }

    private static List<String> compare(String name, HikariDataSource pool, CaseRun desk, CaseRun raw, int[] threads,
                                        int seconds, int warmup, int rounds) throws Exception {
        List<String> lines = new ArrayList<>();
        boolean first = true;
        for (int t : threads) {
            empty(pool);
            // The first warm-up is long: on a busy machine the JIT needs a while for the desk's code, far more
            // than for the raw program's; later thread counts only refill the pools. The two sides share the
            // pool's and the driver's classes, so the warm-up alternates between them in slices of at most
            // WARM_SLICE seconds: code compiled while one side ran alone is recompiled once the other side
            // reaches it, which must happen here, not in the first measured round.
            int warm = first ? warmup : Math.min(warmup, 3);
            first = false;
            for (int done = 0; done < warm; done += WARM_SLICE) {
                int slice = Math.min(WARM_SLICE, warm - done);
                measure(desk, t, slice);
                measure(raw, t, slice);
            }
            double deskSum = 0;
            double rawSum = 0;
            for (int r = 0; r < rounds; r++) {
                Round d = measure(desk, t, seconds);
                Round w = measure(raw, t, seconds);
                System.out.printf(Locale.ROOT, "%s threads=%d round %d: desk %.0f, raw %.0f commands/s (%.2f); "
                                + "client CPU per command: desk %.0f µs, raw %.0f µs (the client threads alone: "
                                + "desk %.0f µs, raw %.0f µs)%n",
                        name, t, r + 1, d.commandsPerSecond(), w.commandsPerSecond(),
                        d.commandsPerSecond() / w.commandsPerSecond(), d.cpuMicros(), w.cpuMicros(),
                        d.workerCpuMicros(), w.workerCpuMicros());
                deskSum += d.commandsPerSecond();
                rawSum += w.commandsPerSecond();
            }
            lines.add(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.2f |", name, t, deskSum / rounds,
                    rawSum / rounds, deskSum / rawSum));
        }
        return lines;
    }

    /** The desk's side: the valid-complaint case through a desk on the JDBC store over {@code pool}. */
    private static CaseRun deskSide(HikariDataSource pool) {
        JdbcStorage storage = new JdbcStorage(pool);
        DeskCase.ThreadClock clock = new DeskCase.ThreadClock();
        ComplaintDesk desk = ComplaintDesk.builder().storage(storage).clock(clock)
                .calendar(WorkingDayCalendar.chinaMainland()).build();
        long run = System.currentTimeMillis();
        return (t, n) -> DeskCase.run(desk, clock, "load-" + run + "-" + t + "-" + n);
    }

    /** The raw program's side on {@code pool} ({@link #rawPool}). */
    private static CaseRun rawSide(HikariDataSource pool, boolean zoned) {
        RawCommands raw = new RawCommands(pool, zoned);
        long run = System.currentTimeMillis();
        // The raw program's case ids have the shape of the desk's default ones (16 random hex digits): where a row
        // lands in the primary key, and in the audit table's key that starts with it, is part of what the
        // database does for a write — ids counting up would give the raw side pages the desk never has.
        return (t, n) -> raw.run(HEX.toHexDigits(ThreadLocalRandom.current().nextLong()), "raw-" + run + "-" + t + "-" + n);
    }

    /** One side at {@code threads} threads for {@code seconds}. */
    private static Round measure(CaseRun side, int threads, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong cases = new AtomicLong();
        AtomicLong workerCpu = new AtomicLong();
        long cpuStart = CPU.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int thread = i;
                running.add(pool.submit(() -> {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    while (System.nanoTime() < end) {
                        side.run(thread, CASES.incrementAndGet());
                        cases.incrementAndGet();
                    }
                    workerCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long commands = Math.max(1, cases.get() * DeskCase.COMMANDS);
        return new Round(cases.get() * DeskCase.COMMANDS / elapsed, (CPU.getProcessCpuTime() - cpuStart) / 1e3 / commands,
                workerCpu.get() / 1e3 / commands);
    }

    private static HikariDataSource rawPool(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword("");
        config.setPoolName("raw-jdbc");
        config.setMaximumPoolSize(10);
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // The driver settings JdbcPools gives the desk's pool, so that the two sides differ only in their code.
        if (url.startsWith("jdbc:mariadb:")) {
            config.addDataSourceProperty("useServerPrepStmts", "true");
        }
        return new HikariDataSource(config);
    }

    private static void empty(HikariDataSource pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                st.execute("TRUNCATE TABLE " + table);
            }
        }
    }

    static String postgresUser() throws SQLException {
        SQLException last = null;
        for (String user : List.of("postgres", "root")) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", user, "");
                 Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                    if (!rs.next()) {
                        st.execute("CREATE DATABASE " + DATABASE);
                    }
                }
                return user;
            } catch (SQLException e) {
                last = e;
            }
        }
        throw last;
    }

    static String postgresUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
    }

    static String mariadbUrl() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test", "root", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4");
        }
        // -Dbench.mariadb.params=?useServerPrepStmts=true and the like: driver settings for both sides.
        return "jdbc:mariadb://127.0.0.1:3306/" + DATABASE + System.getProperty("bench.mariadb.params", "");
    }
}

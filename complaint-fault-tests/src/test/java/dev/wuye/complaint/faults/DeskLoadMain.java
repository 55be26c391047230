package dev.wuye.complaint.faults;

import com.zaxxer.hikari.HikariDataSource;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.store.jdbc.JdbcStorage;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The desk process of {@link ProcessCrashTest}: desk load on the test's database, each acknowledged write
 * appended to a file as a line once the desk has answered, until killed (or for the given seconds).
 * Arguments: kind, url, user, database name, key prefix, acknowledgement file, seconds, and how many
 * acknowledged writes end the load early (0: none).
 */
public final class DeskLoadMain {

    private DeskLoadMain() {
    }

    /**
     * Runs the load.
     *
     * @param args kind url user name prefix ackFile seconds enough
     * @throws Exception when the load cannot start
     */
    public static void main(String[] args) throws Exception {
        FaultDatabases.Db db = new FaultDatabases.Db(FaultDatabases.valueOf(args[0]), args[1], args[2], args[3]);
        String prefix = args[4];
        long end = System.currentTimeMillis() + Long.parseLong(args[6]) * 1000;
        long enough = Long.parseLong(args[7]);
        AtomicLong acked = new AtomicLong();
        try (HikariDataSource pool = FaultDatabases.pool(db, 10);
             OutputStream out = new FileOutputStream(args[5], true)) {
            ComplaintDesk desk = DeskLoad.desk(new JdbcStorage(pool));
            System.out.println("READY");
            System.out.flush();
            DeskLoad.Stats stats = DeskLoad.run(desk, prefix, 4, () -> System.currentTimeMillis() > end
                    || enough > 0 && acked.get() >= enough, ack -> {
                acked.incrementAndGet();
                synchronized (out) {
                    try {
                        out.write((ack.line() + "\n").getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            System.out.println("DONE " + stats);
        }
    }
}

package dev.wuye.complaint.faults;

import com.zaxxer.hikari.HikariDataSource;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.ReceiveOpinion;
import dev.wuye.complaint.desk.ReplyAgreement;
import dev.wuye.complaint.desk.Routing;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.store.jdbc.JdbcStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk process killed with SIGKILL mid-load and restarted: a child JVM ({@link DeskLoadMain}) runs desk
 * load on the test's database and writes down every write the desk acknowledged; once it has acknowledged
 * forty, it is killed ({@link Process#destroyForcibly()}: SIGKILL on Linux). A second process then runs
 * on the same database until it has acknowledged twelve writes of its own, and every intake of the killed process — the acknowledged ones and
 * the one each thread had in flight — is submitted again with its key, as clients retry after a crash.
 * Then the consistency check.
 */
class ProcessCrashTest {

    private static final int ACKS_BEFORE_KILL = 40;
    private static final int ACKS_AFTER_RESTART = 12;

    @ParameterizedTest(name = "{0}")
    @EnumSource(FaultDatabases.class)
    @DisplayName("R-4.3.1g R-4.2.1 a desk process killed with SIGKILL mid-load and restarted: nothing acknowledged is lost")
    void R_4_3_1g_sigkill_mid_load_then_restart_loses_no_acknowledged_write(FaultDatabases kind, @TempDir Path dir)
            throws Exception {
        FaultDatabases.requireEnabled();
        FaultDatabases.Db db = kind.create();
        try {
            Path acks1 = dir.resolve("acks-killed.txt");
            Path acks2 = dir.resolve("acks-restarted.txt");
            Process first = child(db, "crash1", acks1, 120, 0, dir.resolve("killed.log"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            while (lines(acks1).size() < ACKS_BEFORE_KILL && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(first.isAlive()).as("the first desk process is running when killed").isTrue();
            first.destroyForcibly();
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
            int killedExit = first.exitValue();
            Process second = child(db, "crash2", acks2, 40, ACKS_AFTER_RESTART,
                    dir.resolve("restarted.log"));
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("the restarted process ends").isTrue();
            assertThat(second.exitValue()).as("the restarted process's exit, log: "
                    + Files.readString(dir.resolve("restarted.log"))).isZero();

            List<DeskLoad.Ack> acks = new ArrayList<>();
            lines(acks1).stream().map(DeskLoad.Ack::parse).forEach(acks::add);
            int fromKilled = acks.size();
            lines(acks2).stream().map(DeskLoad.Ack::parse).forEach(acks::add);
            Consistency.Report report;
            int replayed;
            try (HikariDataSource pool = FaultDatabases.pool(db, 2)) {
                JdbcStorage storage = new JdbcStorage(pool);
                replayed = replayKilledIntakes(DeskLoad.desk(storage), List.copyOf(acks.subList(0, fromKilled)), acks);
                report = Consistency.check(storage, acks);
            }
            System.out.printf("%s SIGKILL: killed process exit %d after %d acknowledged writes; restarted process "
                            + "acknowledged %d; %d intakes of the killed process submitted again; check: %s%n", kind,
                    killedExit, fromKilled, acks.size() - fromKilled - replayed, replayed, report);
            assertThat(killedExit).as("exit of a process ended by SIGKILL (128 + 9)").isEqualTo(137);
            assertThat(fromKilled).isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
            assertThat(acks.size() - fromKilled - replayed).as("writes the restarted process acknowledged")
                    .isGreaterThanOrEqualTo(ACKS_AFTER_RESTART);
            assertThat(report.lost()).as("acknowledged writes lost: " + report).isZero();
            assertThat(report.broken()).as("inconsistent cases: " + report).isZero();
        } finally {
            FaultDatabases.drop(db);
        }
    }

    /**
     * Submits again, with its key, every intake the killed process started: each acknowledged one must come
     * back as the same case; the one in flight per thread may be new or a replay. The answers are added to
     * {@code acks}.
     */
    private static int replayKilledIntakes(ComplaintDesk desk, List<DeskLoad.Ack> killed, List<DeskLoad.Ack> acks) {
        Map<String, Long> lastPerThread = new HashMap<>();
        Map<String, String> idByKey = new HashMap<>();
        for (DeskLoad.Ack a : killed) {
            if (a.kind().equals("intake")) {
                String[] k = a.key().split("-");
                lastPerThread.merge(k[1], Long.parseLong(k[2]), Math::max);
                idByKey.put(a.key(), a.caseId());
            }
        }
        int replayed = 0;
        for (Map.Entry<String, Long> e : lastPerThread.entrySet()) {
            for (long n = 0; n <= e.getValue() + 1; n++) {
                String key = "crash1-" + e.getKey() + "-" + n;
                boolean offHours = n % 2 == 0;
                java.time.Instant received = offHours ? DeskLoad.FRIDAY_NIGHT : DeskLoad.FRIDAY_MORNING;
                CommandResult r = desk.submit(ReceiveOpinion.builder()
                        .recordedBy(offHours ? DeskLoad.DUTY_OFFICER : DeskLoad.RECEIVER).idempotencyKey(key)
                        .channel(Channel.PHONE).customer(DeskLoad.CUSTOMER).contentSummary("楼道灯不亮，夜间不安全")
                        .routing(Routing.serviceCentre(DeskLoad.C01)).receivedAt(received)
                        .replyAgreement(ReplyAgreement.agreed(received.plus(Duration.ofDays(3)), FollowUpMethod.PHONE))
                        .followUpChannel(FollowUpMethod.PHONE).build());
                assertThat(r).as("intake " + key + " submitted again").isInstanceOf(CommandResult.Accepted.class);
                CommandResult.Accepted a = (CommandResult.Accepted) r;
                if (idByKey.containsKey(key)) {
                    assertThat(a.replayed()).as(key + " replayed").isTrue();
                    assertThat(a.caseId()).isEqualTo(idByKey.get(key));
                }
                acks.add(new DeskLoad.Ack("intake", key, a.caseId(), 1));
                replayed++;
            }
        }
        return replayed;
    }

    private static Process child(FaultDatabases.Db db, String prefix, Path acks, int seconds, int enough, Path log)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                DeskLoadMain.class.getName(), db.kind().name(), db.url(), db.user(), db.name(), prefix,
                acks.toString(), String.valueOf(seconds), String.valueOf(enough))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static List<String> lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file);
        // a last line without its newline was cut by the kill: not acknowledged
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }
}

package dev.wuye.complaint.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.StoreException;
import dev.wuye.complaint.tck.Snapshots;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statistics read's rows are fetched and decoded on a reader thread ({@link ReadAhead}); the caller must not
 * be able to tell, except by the time it takes: the same rows in the same order, the reader's failures thrown to
 * it, and a closed stream that has let go of its source (and connection) when {@code close()} returns — also when
 * the caller stops early or fails itself.
 */
class ReadAheadTest {

    private static final String READER = "wuye-test-read-ahead";

    @ParameterizedTest(name = "{0} rows")
    @ValueSource(ints = {0, 1, 255, 256, 257, 1_024, 5_000})
    @DisplayName("every row, in the source's order, then the source is closed")
    void sameRowsSameOrder(int rows) {
        AtomicBoolean sourceClosed = new AtomicBoolean();
        List<Integer> read;
        try (Stream<Integer> s = ReadAhead.of(IntStream.range(0, rows).boxed().onClose(() -> sourceClosed.set(true)),
                READER)) {
            read = s.toList();
        }
        assertThat(read).containsExactlyElementsOf(IntStream.range(0, rows).boxed().toList());
        assertThat(sourceClosed).isTrue();
        assertNoReaderLeft();
    }

    @Test
    @DisplayName("a caller that stops after ten rows of an endless source: close() returns with the source closed, the reader gone, and at most a few batches read ahead")
    void earlyClose() {
        AtomicBoolean sourceClosed = new AtomicBoolean();
        AtomicInteger produced = new AtomicInteger();
        Stream<Integer> endless = Stream.generate(produced::incrementAndGet).onClose(() -> sourceClosed.set(true));
        List<Integer> first = new ArrayList<>();
        try (Stream<Integer> s = ReadAhead.of(endless, READER)) {
            Iterator<Integer> it = s.iterator();
            for (int i = 0; i < 10; i++) {
                first.add(it.next());
            }
        }
        assertThat(first).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(sourceClosed).as("source closed when close() returned").isTrue();
        assertNoReaderLeft();
        // The queue's batches, the one being filled, the one handed over and the one being put: six at most.
        assertThat(produced.get()).isLessThanOrEqualTo(6 * ReadAhead.BATCH + 1);
    }

    @Test
    @DisplayName("the reader's failure reaches the caller as the same exception, after the rows read before it")
    void readerFailure() {
        StoreException broken = new StoreException("cannot read a list column: not a JSON array");
        AtomicBoolean sourceClosed = new AtomicBoolean();
        Stream<Integer> failing = IntStream.range(0, 1_000).boxed().map(i -> {
            if (i == 600) {
                throw broken;
            }
            return i;
        }).onClose(() -> sourceClosed.set(true));
        List<Integer> seen = new ArrayList<>();
        try (Stream<Integer> s = ReadAhead.of(failing, READER)) {
            assertThatThrownBy(() -> s.forEach(seen::add)).isSameAs(broken);
        }
        // Row 0, read on the caller's thread, then whole batches only: rows 1–512, the two batches of 256 the
        // reader completed before row 600 failed.
        assertThat(seen).containsExactlyElementsOf(IntStream.rangeClosed(0, 2 * ReadAhead.BATCH).boxed().toList());
        assertThat(sourceClosed).isTrue();
        assertNoReaderLeft();
    }

    @Test
    @DisplayName("the caller's own failure: closing the stream stops the reader and closes the source")
    void callerFailure() {
        AtomicBoolean sourceClosed = new AtomicBoolean();
        Stream<Integer> endless = Stream.iterate(0, i -> i + 1).onClose(() -> sourceClosed.set(true));
        assertThatThrownBy(() -> {
            try (Stream<Integer> s = ReadAhead.of(endless, READER)) {
                s.forEach(i -> {
                    if (i == 1_000) {
                        throw new IllegalStateException("the caller's own failure");
                    }
                });
            }
        }).hasMessage("the caller's own failure");
        assertThat(sourceClosed).isTrue();
        assertNoReaderLeft();
    }

    @Test
    @DisplayName("the first row is read on the caller's thread, so the source opens its cursor (and takes its connection) there")
    void firstRowOnTheCallersThread() {
        List<Thread> readers = new ArrayList<>();
        Stream<Integer> source = IntStream.range(0, 1_000).boxed().peek(i -> {
            if (i == 0 || i == 999) {
                readers.add(Thread.currentThread());
            }
        });
        try (Stream<Integer> s = ReadAhead.of(source, READER)) {
            assertThat(s.count()).isEqualTo(1_000);
        }
        assertThat(readers).hasSize(2);
        assertThat(readers.get(0)).isSameAs(Thread.currentThread());
        assertThat(readers.get(1).getName()).isEqualTo(READER);
    }

    @Test
    @DisplayName("an empty source starts no reader; a source failing at its first row fails on the caller's thread")
    void emptyAndFirstRowFailing() {
        AtomicBoolean closed = new AtomicBoolean();
        try (Stream<Integer> s = ReadAhead.of(Stream.<Integer>empty().onClose(() -> closed.set(true)), READER)) {
            assertThat(s.toList()).isEmpty();
        }
        assertThat(closed).isTrue();
        StoreException broken = new StoreException("query failed: SELECT …");
        AtomicBoolean failingClosed = new AtomicBoolean();
        Stream<Integer> failing = Stream.of(1).<Integer>map(i -> {
            throw broken;
        }).onClose(() -> failingClosed.set(true));
        try (Stream<Integer> s = ReadAhead.of(failing, READER)) {
            assertThatThrownBy(s::toList).isSameAs(broken);
        }
        assertThat(failingClosed).isTrue();
        assertNoReaderLeft();
    }

    @Test
    @DisplayName("a stream closed before its first row starts no reader and closes its source")
    void neverConsumed() {
        AtomicBoolean sourceClosed = new AtomicBoolean();
        Stream<Integer> s = ReadAhead.of(Stream.of(1, 2, 3).onClose(() -> sourceClosed.set(true)), READER);
        s.close();
        assertThat(sourceClosed).isTrue();
        assertNoReaderLeft();
    }

    @Test
    @DisplayName("the statistics read on a pool: after ten rows of 600 and close(), no connection is still borrowed")
    void statisticsReadGivesItsConnectionBack() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:read-ahead-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
        config.setMaximumPoolSize(2);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcStorages.migrate(pool);
            JdbcStorage storage = new JdbcStorage(pool);
            for (int i = 0; i < 600; i++) {
                CaseSnapshot s = Snapshots.sample(String.format("RA-%04d", i));
                storage.cases().save(s, 0, List.of());
            }
            List<String> ids = new ArrayList<>();
            try (Stream<CaseSnapshot> s = storage.cases().streamForStatistics(CaseQuery.all(), 50)) {
                s.limit(10).forEach(c -> ids.add(c.id()));
            }
            assertThat(ids).hasSize(10).allMatch(id -> id.startsWith("RA-"));
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
            try (Stream<CaseSnapshot> s = storage.cases().streamForStatistics(CaseQuery.all(), 50)) {
                assertThat(s.count()).isEqualTo(600);
            }
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
        }
        assertNoReaderLeft();
    }

    private static void assertNoReaderLeft() {
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.isAlive() && (t.getName().equals(READER) || t.getName().equals("wuye-statistics-read")));
    }
}

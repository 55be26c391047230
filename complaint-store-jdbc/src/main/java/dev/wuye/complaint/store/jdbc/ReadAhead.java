package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.StoreException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream whose rows are fetched and decoded on a thread of its own while the caller consumes the rows before
 * them: the monthly tables' read ({@link dev.wuye.complaint.spi.CaseStore#streamForStatistics}) spends about as
 * long turning rows into snapshots as the calculator spends counting them, so on two cores the two overlap
 * instead of adding up. The caller sees the same rows in the same order, the same exceptions (thrown from its
 * own {@code tryAdvance}), and the same end: closing the stream stops the reader and returns only once the
 * reader has closed the source (its connection back in the pool).
 *
 * <p>Memory stays bounded: the reader runs at most {@link #QUEUED} batches of {@link #BATCH} rows ahead, waiting
 * while they are full. The first row is read on the caller's thread, so the source opens its cursor (and takes
 * its connection) there; the reader is a daemon thread started after it and ended with the source; a stream
 * never consumed, or an empty one, never starts one.
 *
 * @param <T> the row's type
 */
final class ReadAhead<T> extends Spliterators.AbstractSpliterator<T> {

    /** Rows per hand-over: enough that the queue's locking is a small part of a row's cost. */
    static final int BATCH = 256;
    /** Batches the reader may hold ready. */
    static final int QUEUED = 4;

    /** The end of the source, put after the last batch. */
    private static final Object END = new Object();

    /** What the reader threw: rethrown to the caller. */
    private record Failure(Throwable thrown) {
    }

    /** Thrown inside the reader's loop to leave it once the caller closed the stream. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private final Stream<T> source;
    /** The source's rows, taken on the caller's thread at the first row asked for. */
    private Spliterator<T> rows;
    private final String name;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    private volatile boolean cancelled;
    private boolean started;
    private Thread reader;
    private Iterator<T> batch;
    private boolean finished;

    private ReadAhead(Stream<T> source, String name) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.source = source;
        this.name = name;
    }

    /**
     * The source's rows, read ahead on a thread of its own.
     *
     * @param source the rows: the first read on the caller's thread, the rest on the reader thread; closed by
     *               whichever thread ends it
     * @param name   the reader thread's name
     * @param <T>    the row's type
     * @return a stream to close like the source
     */
    static <T> Stream<T> of(Stream<T> source, String name) {
        ReadAhead<T> ahead = new ReadAhead<>(source, name);
        return StreamSupport.stream(ahead, false).onClose(ahead::close);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        while (batch == null || !batch.hasNext()) {
            if (finished) {
                return false;
            }
            if (!started) {
                start();
                continue;
            }
            Object next = take();
            if (next == END) {
                finished = true;
                return false;
            }
            if (next instanceof Failure f) {
                finished = true;
                throw rethrown(f.thrown());
            }
            @SuppressWarnings("unchecked")
            List<T> ready = (List<T>) next;
            batch = ready.iterator();
        }
        action.accept(batch.next());
        return true;
    }

    /**
     * Reads the first row on the caller's thread — so the source opens its cursor there, on the connection the
     * caller's data source gives that thread (a data source routing by a thread-bound tenant, say) — then hands
     * the rest to the reader thread.
     */
    private void start() {
        started = true;
        rows = source.spliterator();
        List<T> first = new ArrayList<>(1);
        if (!rows.tryAdvance(first::add)) {
            finished = true;
            source.close(); // nothing to read ahead: no thread started
            return;
        }
        batch = first.iterator();
        reader = new Thread(this::read, name);
        reader.setDaemon(true);
        reader.start();
    }

    /** The reader thread: the rest of the source, batch by batch, into the queue; then its end or its failure. */
    private void read() {
        Object last;
        try (Stream<T> closing = source) {
            List<T>[] filling = filling();
            rows.forEachRemaining(row -> {
                if (cancelled) {
                    throw new Cancelled();
                }
                filling[0].add(row);
                if (filling[0].size() == BATCH) {
                    put(filling[0]);
                    filling[0] = new ArrayList<>(BATCH);
                }
            });
            if (!filling[0].isEmpty()) {
                put(filling[0]);
            }
            last = END;
        } catch (Cancelled c) {
            return; // the caller closed the stream: nobody waits for the rest
        } catch (Throwable t) { // handed to the caller, whatever it is
            last = new Failure(t);
        }
        try {
            put(last);
        } catch (Cancelled c) {
            return; // closed meanwhile: nobody waits for the end
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T>[] filling() {
        return new List[] {new ArrayList<T>(BATCH)};
    }

    /** Puts into the queue, waiting while it is full; leaves the reader's loop when the caller closed the stream. */
    private void put(Object item) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new Cancelled();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new StoreException("interrupted while waiting for rows of " + name, e);
        }
    }

    private static RuntimeException rethrown(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new StoreException("reading rows failed", t);
    }

    /** Stops the reader and waits until it has closed the source; a stream never started closes its source here. */
    void close() {
        cancelled = true;
        finished = true;
        batch = null;
        Thread r = reader;
        if (r == null) {
            source.close(); // no reader: never started, the source empty or failing at its first row (handlers run once)
            return;
        }
        boolean interrupted = false;
        while (r.isAlive()) {
            queue.clear(); // a reader waiting to put sees the room, then the cancellation
            try {
                r.join(50);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        queue.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

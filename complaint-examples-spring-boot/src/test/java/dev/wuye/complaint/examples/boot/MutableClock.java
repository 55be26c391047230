package dev.wuye.complaint.examples.boot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves by hand; shared by every application instance of a test. */
public final class MutableClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final AtomicReference<Instant> now;

    /** @param shanghaiTime the time it shows first, in Shanghai */
    public MutableClock(LocalDateTime shanghaiTime) {
        this.now = new AtomicReference<>(shanghaiTime.atZone(SHANGHAI).toInstant());
    }

    /** @param start the instant it shows first */
    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** @param instant the instant it shows from now on */
    public void set(Instant instant) {
        now.set(instant);
    }

    /** @param shanghaiTime the time it shows from now on, in Shanghai */
    public void set(LocalDateTime shanghaiTime) {
        now.set(shanghaiTime.atZone(SHANGHAI).toInstant());
    }

    /** @param d how far it moves on */
    public void advance(Duration d) {
        now.updateAndGet(i -> i.plus(d));
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}

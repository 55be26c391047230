package dev.wuye.complaint.examples.boot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves by hand; shared by every application instance of a test. */
final class MutableClock extends Clock {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final AtomicReference<Instant> now;

    MutableClock(LocalDateTime shanghaiTime) {
        this.now = new AtomicReference<>(shanghaiTime.atZone(SHANGHAI).toInstant());
    }

    void set(LocalDateTime shanghaiTime) {
        now.set(shanghaiTime.atZone(SHANGHAI).toInstant());
    }

    void advance(Duration d) {
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

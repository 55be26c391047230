package dev.wuye.complaint.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A fixed clock the test moves by hand; never reads the system time. */
final class TestClock extends Clock {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    TestClock(LocalDateTime shanghaiTime) {
        this.now = shanghaiTime.atZone(SHANGHAI).toInstant();
    }

    void set(LocalDateTime shanghaiTime) {
        now = shanghaiTime.atZone(SHANGHAI).toInstant();
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}

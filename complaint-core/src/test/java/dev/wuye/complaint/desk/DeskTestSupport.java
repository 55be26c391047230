package dev.wuye.complaint.desk;

import dev.wuye.complaint.lifecycle.LifecycleEngine;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** The engine and intake hours the desk tests run on. */
final class DeskTestSupport {

    private static final LifecycleEngine ENGINE = new TableLifecycleEngine();

    private DeskTestSupport() {
    }

    static LifecycleEngine engine() {
        return ENGINE;
    }

    /** Mon–Fri 08:30–17:30 Shanghai. */
    static IntakeHours hours() {
        return new IntakeHours() {
            @Override
            public boolean isOpen(Instant at) {
                ZonedDateTime t = at.atZone(TestClock.SHANGHAI);
                LocalTime time = t.toLocalTime();
                return working(t.toLocalDate()) && !time.isBefore(LocalTime.of(8, 30)) && time.isBefore(LocalTime.of(17, 30));
            }

            @Override
            public Instant nextOpening(Instant at) {
                ZonedDateTime t = at.atZone(TestClock.SHANGHAI);
                LocalDate d = t.toLocalTime().isBefore(LocalTime.of(8, 30)) ? t.toLocalDate() : t.toLocalDate().plusDays(1);
                while (!working(d)) {
                    d = d.plusDays(1);
                }
                return d.atTime(8, 30).atZone(TestClock.SHANGHAI).toInstant();
            }
        };
    }

    private static boolean working(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}

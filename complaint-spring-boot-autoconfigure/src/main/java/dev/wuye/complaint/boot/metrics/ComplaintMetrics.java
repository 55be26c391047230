package dev.wuye.complaint.boot.metrics;

import dev.wuye.complaint.boot.sla.SlaScanObserver;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.desk.Command;
import dev.wuye.complaint.desk.CommandObserver;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.sla.SlaAlert;
import dev.wuye.complaint.sla.SlaScan;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The procedure's meters, bound by Spring Boot to the application's registries (none without Actuator or
 * another registry: then every count is dropped):
 *
 * <ul>
 *   <li>{@value #ACCEPTED} (tag {@code command}): commands accepted, periodic actions recorded included;</li>
 *   <li>{@value #REJECTED} (tags {@code command}, {@code rule}): commands a rule refused, by the rule's id;</li>
 *   <li>{@value #INVALID} (tag {@code command}): commands whose fields failed validation;</li>
 *   <li>{@value #ALERTS} (tags {@code clock}, {@code level}): SLA alerts fired;</li>
 *   <li>{@value #SCAN} (timer): SLA scans and how long they ran; {@value #SCANNED} (summary): cases each looked at;</li>
 *   <li>{@value #LAST_OFFICIAL_YEAR} (gauge): the last year with official holiday data in the calendar in use.</li>
 * </ul>
 *
 * <p>{@code command} is the command record's simple name, e.g. {@code Assign}.
 */
public final class ComplaintMetrics implements MeterBinder, CommandObserver, SlaScanObserver {

    /** Counter of accepted commands. */
    public static final String ACCEPTED = "wuye.complaint.commands.accepted";
    /** Counter of refused commands. */
    public static final String REJECTED = "wuye.complaint.commands.rejected";
    /** Counter of invalid commands. */
    public static final String INVALID = "wuye.complaint.commands.invalid";
    /** Counter of fired SLA alerts. */
    public static final String ALERTS = "wuye.complaint.sla.alerts";
    /** Timer of SLA scans. */
    public static final String SCAN = "wuye.complaint.sla.scan";
    /** Summary of the cases each SLA scan looked at. */
    public static final String SCANNED = "wuye.complaint.sla.scan.cases";
    /** Gauge of the last year with official calendar data. */
    public static final String LAST_OFFICIAL_YEAR = "wuye.complaint.calendar.last.official.year";

    private final Supplier<WorkingDayCalendar> calendars;
    private volatile MeterRegistry registry;

    /**
     * @param calendars the calendar in use (read by the gauge)
     */
    public ComplaintMetrics(Supplier<WorkingDayCalendar> calendars) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(LAST_OFFICIAL_YEAR, this, ComplaintMetrics::lastOfficialYear)
                .description("The last year with official holiday data in the working-day calendar in use")
                .register(registry);
    }

    private double lastOfficialYear() {
        WorkingDayCalendar calendar = calendars.get();
        return calendar.officialData().isEmpty() ? Double.NaN : calendar.officialData().lastKey();
    }

    @Override
    public void observed(Command command, CommandResult result) {
        MeterRegistry r = registry;
        if (r == null) {
            return;
        }
        String type = command.getClass().getSimpleName();
        if (result instanceof CommandResult.Rejected rejected) {
            r.counter(REJECTED, "command", type, "rule", rejected.ruleId()).increment();
        } else if (result instanceof CommandResult.Invalid) {
            r.counter(INVALID, "command", type).increment();
        } else {
            r.counter(ACCEPTED, "command", type).increment();
        }
    }

    @Override
    public void scanned(SlaScan scan, Duration took) {
        MeterRegistry r = registry;
        if (r != null) {
            r.timer(SCAN).record(took);
            r.summary(SCANNED).record(scan.casesScanned());
        }
    }

    @Override
    public void alertFired(SlaAlert alert) {
        MeterRegistry r = registry;
        if (r != null) {
            r.counter(ALERTS, "clock", alert.clock().name(), "level", alert.level().name()).increment();
        }
    }
}

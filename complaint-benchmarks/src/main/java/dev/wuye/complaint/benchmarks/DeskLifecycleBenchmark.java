package dev.wuye.complaint.benchmarks;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.desk.ApproveSolution;
import dev.wuye.complaint.desk.Archive;
import dev.wuye.complaint.desk.Assign;
import dev.wuye.complaint.desk.Classify;
import dev.wuye.complaint.desk.Command;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.Complete;
import dev.wuye.complaint.desk.HandOver;
import dev.wuye.complaint.desk.ProposeSolution;
import dev.wuye.complaint.desk.ReceiveOpinion;
import dev.wuye.complaint.desk.RecordFollowUp;
import dev.wuye.complaint.desk.RecordInvestigation;
import dev.wuye.complaint.desk.ReportProgress;
import dev.wuye.complaint.lifecycle.LifecycleEngine;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import dev.wuye.complaint.lifecycle.internal.LifecycleChart;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.store.InMemoryStorage;
import dev.wuye.complaint.desk.ReplyAgreement;
import dev.wuye.complaint.desk.Routing;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.statemachine.config.StateMachineFactory;

import static dev.wuye.complaint.desk.Satisfaction.SATISFIED;

/**
 * A whole valid-complaint case through {@link ComplaintDesk} on {@link InMemoryStorage}, against the same
 * lifecycle on a bare Spring Statemachine with a machine built per case. One operation is one case.
 *
 * <p>The case is the one {@link LifecycleEngineBenchmark} walks, so both sides make the same ten
 * transitions from DUTY_REGISTERED to FILED: a staff-attitude complaint phoned in on a Friday night and
 * registered by the duty officer (intake), handed over to the receiver on Monday, classified, assigned,
 * investigated, a solution proposed and approved, progress reported, completed, followed up by phone
 * (satisfied) and archived — eleven commands. The desk does everything a host gets: Hibernate Validator
 * on every command, the authority check of the actor's roles, loading and restoring the snapshot, the
 * aggregate's rules and the lifecycle engine, the office-hours/working-day calendar at intake and the
 * SLA due dates the aggregate computes, the snapshot save with its audit entry, the duty log at intake
 * and handover, the event listener. Each operation uses a fresh idempotency key and the desk's default
 * random case ids. The clock is moved to each step's time (Friday 22:15 to the archive on 1 April), so
 * every case is dated the same; every result is checked to be accepted.
 *
 * <ul>
 *   <li>{@code desk} — the desk with the default (compiled) lifecycle engine;</li>
 *   <li>{@code deskOnSpringReferenceEngine} — the same desk with the Spring Statemachine reference engine
 *       ({@link LifecycleEngines#springStatemachine()}): what the desk would cost without the compiled engine;</li>
 *   <li>{@code deskWithoutBeanValidation} — breakdown only: the desk with a validator that accepts
 *       everything, to show what Hibernate Validator costs per case (not a supported configuration);</li>
 *   <li>{@code springMachinePerCase} — the baseline: a bare Spring Statemachine built
 *       ({@code StateMachineBuilder}) and started per case, then the ten events (no validation, no
 *       authority, no store);</li>
 *   <li>{@code springFactoryMachinePerCase} — the same with the configuration built once and a machine
 *       from the factory per case (a cheaper baseline).</li>
 * </ul>
 *
 * <p>Storage: each case adds a snapshot, eleven audit entries and two duty-log entries to the store,
 * about 4.6 KB kept on the heap per case. A fresh {@link InMemoryStorage} (and desk on it) is made for
 * every iteration ({@link Level#Iteration}), never inside a timed case, and in addition — since one
 * iteration runs tens of thousands of cases — after every {@link #casesPerStore} cases (default 1,000,
 * about 4.6 MB; {@code -p casesPerStore=0} keeps one store for the whole iteration). Without that
 * bound the store grows to a few hundred MB within an iteration and the figure measures the garbage
 * collector copying the retained cases (on the shared 2-core machine the desk then slowed from ~70 µs
 * to 150–600 µs per case as the store grew), not the desk; per trial it would grow across all
 * iterations. Building the new store and desk costs a few microseconds (the validator factory is
 * shared), amortised over 1,000 cases; {@link Level#Invocation} set-up would add timestamping to
 * every case and JMH advises against it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class DeskLifecycleBenchmark {

    static final String C01 = "C01";
    static final Actor DUTY_OFFICER = Actor.of("d-sun", C01, Role.DUTY_OFFICER);
    static final Actor RECEIVER = Actor.of("r-wang", C01, Role.RECEIVER);
    static final Actor HEAD = Actor.of("h-li", C01, Role.DEPARTMENT_HEAD, Role.CENTRE_DIRECTOR);
    static final Actor HANDLER = Actor.of("hd-zhao", C01, Role.HANDLER);
    static final Customer CUSTOMER = new Customer("张三丰", "13812345678", "3栋2单元501");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** When each of the eleven commands is issued (Shanghai time), in order. */
    static final Instant[] TIMES = {
        at(2025, 3, 14, 22, 15), // Friday night: intake off hours, registered by the duty officer
        at(2025, 3, 17, 8, 40), // Monday: hand over
        at(2025, 3, 17, 9, 30), // classify
        at(2025, 3, 17, 10, 0), // assign
        at(2025, 3, 18, 10, 0), // record investigation
        at(2025, 3, 18, 14, 0), // propose
        at(2025, 3, 18, 16, 0), // approve
        at(2025, 3, 19, 10, 0), // report progress
        at(2025, 3, 20, 10, 0), // complete
        at(2025, 3, 21, 10, 0), // follow up
        at(2025, 4, 1, 9, 0), // archive
    };

    private final StepClock clock = new StepClock();
    private final WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
    private final LifecycleEngine compiledEngine = LifecycleEngines.compiled();
    private final LifecycleEngine springEngine = LifecycleEngines.springStatemachine();
    private StateMachineFactory<Enum<?>, LifecycleTrigger> springFactory;
    private ComplaintDesk desk;
    private ComplaintDesk deskOnSpring;
    private ComplaintDesk deskUnvalidated;
    private long keys;
    private int casesOnStore;

    /** Cases run on one store before the desk gets a fresh one; 0: one store per iteration. */
    @Param("1000")
    public int casesPerStore;

    /** Builds the Spring factory once and checks that every alternative walks the case to FILED. */
    @Setup(Level.Trial)
    public void setUpTrial() {
        springFactory = LifecycleChart.factory();
        freshStorage();
        String id = runCase(desk, null);
        CaseSnapshot filed = desk.find(id).orElseThrow();
        check("desk", LifecycleState.valueOf(filed.state()));
        if (desk.auditTrail(id).size() != TIMES.length) {
            throw new IllegalStateException("the desk case has " + desk.auditTrail(id).size() + " audit entries, not "
                    + TIMES.length);
        }
        check("deskOnSpringReferenceEngine",
                LifecycleState.valueOf(deskOnSpring.find(runCase(deskOnSpring, null)).orElseThrow().state()));
        check("deskWithoutBeanValidation",
                LifecycleState.valueOf(deskUnvalidated.find(runCase(deskUnvalidated, null)).orElseThrow().state()));
        check("springMachinePerCase", LifecycleEngineBenchmark.springCase(LifecycleChart.build(), null));
        check("springFactoryMachinePerCase", LifecycleEngineBenchmark.springCase(springFactory.getStateMachine(), null));
    }

    /** A new, empty store (and desks on it) for every iteration, so the store stays bounded. */
    @Setup(Level.Iteration)
    public void freshStorage() {
        desk = newDesk(compiledEngine);
        deskOnSpring = newDesk(springEngine);
        deskUnvalidated = ComplaintDesk.builder().storage(new InMemoryStorage(SHANGHAI)).clock(clock)
                .lifecycleEngine(compiledEngine).calendar(calendar).validator(new AcceptAll()).build();
        casesOnStore = 0;
    }

    /** Bounds the store between iterations too: see the class comment. */
    private void boundStore() {
        if (casesPerStore > 0 && ++casesOnStore > casesPerStore) {
            freshStorage();
            casesOnStore = 1;
        }
    }

    private ComplaintDesk newDesk(LifecycleEngine engine) {
        return ComplaintDesk.builder()
                .storage(new InMemoryStorage(SHANGHAI))
                .clock(clock)
                .lifecycleEngine(engine)
                .calendar(calendar)
                .build();
    }

    private static void check(String name, LifecycleState end) {
        if (end != LifecycleState.FILED) {
            throw new IllegalStateException(name + " ended the benchmark case in " + end + ", not FILED");
        }
    }

    /** One case through the desk with the default (compiled) engine; returns the case id. */
    @Benchmark
    public String desk(Blackhole bh) {
        boundStore();
        return runCase(desk, bh);
    }

    /** One case through the desk on the Spring Statemachine reference engine; returns the case id. */
    @Benchmark
    public String deskOnSpringReferenceEngine(Blackhole bh) {
        boundStore();
        return runCase(deskOnSpring, bh);
    }

    /** One case through the desk with validation switched off (breakdown only); returns the case id. */
    @Benchmark
    public String deskWithoutBeanValidation(Blackhole bh) {
        boundStore();
        return runCase(deskUnvalidated, bh);
    }

    /** The same ten transitions on a bare Spring Statemachine built and started for the case. */
    @Benchmark
    public LifecycleState springMachinePerCase(Blackhole bh) {
        return LifecycleEngineBenchmark.springCase(LifecycleChart.build(), bh);
    }

    /** The same ten transitions on a bare Spring Statemachine from a factory built once. */
    @Benchmark
    public LifecycleState springFactoryMachinePerCase(Blackhole bh) {
        return LifecycleEngineBenchmark.springCase(springFactory.getStateMachine(), bh);
    }

    /** The eleven commands of the case; returns the case id. */
    private String runCase(ComplaintDesk d, Blackhole bh) {
        clock.step(0);
        Instant received = TIMES[0];
        String id = submit(d, ReceiveOpinion.builder().recordedBy(DUTY_OFFICER).idempotencyKey("bench-" + (++keys))
                .channel(Channel.PHONE).customer(CUSTOMER).contentSummary("保洁员态度生硬，业主要求道歉")
                .routing(Routing.serviceCentre(C01)).receivedAt(received)
                .replyAgreement(ReplyAgreement.agreed(received.plus(Duration.ofDays(3)), FollowUpMethod.PHONE))
                .followUpChannel(FollowUpMethod.PHONE).build(), bh).caseId();
        clock.step(1);
        submit(d, new HandOver(DUTY_OFFICER, id, RECEIVER.staffId()), bh);
        clock.step(2);
        submit(d, Classify.complaint(RECEIVER, id, ValidityGround.STAFF_ATTITUDE, "STAFF_ATTITUDE"), bh);
        clock.step(3);
        submit(d, Assign.byHead(HEAD, id, HANDLER.staffId()), bh);
        clock.step(4);
        submit(d, RecordInvestigation.verifiedOnSite(HANDLER, id, "保洁员态度生硬，业主录音属实", "培训不足", "其他楼栋保洁岗同样存在"), bh);
        clock.step(5);
        submit(d, new ProposeSolution(HANDLER, id, "当面致歉并组织培训"), bh);
        clock.step(6);
        submit(d, new ApproveSolution(HEAD, id), bh);
        clock.step(7);
        submit(d, new ReportProgress(HANDLER, id, "已约业主周四上门致歉"), bh);
        clock.step(8);
        submit(d, new Complete(HEAD, id, "已致歉，已培训"), bh);
        clock.step(9);
        submit(d, RecordFollowUp.by(RECEIVER, id, FollowUpMethod.PHONE).timely(SATISFIED).result(SATISFIED)
                .attitude(SATISFIED).remarks("业主表示满意"), bh);
        clock.step(10);
        submit(d, Archive.inDefaultBatch(RECEIVER, id), bh);
        return id;
    }

    private static CommandResult.Accepted submit(ComplaintDesk d, Command command, Blackhole bh) {
        CommandResult r = d.submit(command);
        if (!(r instanceof CommandResult.Accepted accepted)) {
            throw new IllegalStateException(command.getClass().getSimpleName() + " was not accepted: " + r);
        }
        LifecycleEngineBenchmark.consume(bh, accepted);
        return accepted;
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    /** A clock the benchmark sets to the time of each step; one per benchmark thread, never the system time. */
    static final class StepClock extends Clock {
        private Instant now = TIMES[0];

        void step(int i) {
            now = TIMES[i];
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

    /** A validator that finds nothing: only for the breakdown benchmark. */
    static final class AcceptAll implements Validator {
        @Override
        public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
                                                             Class<?>... groups) {
            return Set.of();
        }

        @Override
        public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
            throw new UnsupportedOperationException("benchmark stub");
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException("benchmark stub");
        }

        @Override
        public ExecutableValidator forExecutables() {
            throw new UnsupportedOperationException("benchmark stub");
        }
    }
}

package dev.wuye.complaint.lifecycle.internal;

import static dev.wuye.complaint.lifecycle.LifecycleState.AWAITING_APPROVAL;
import static dev.wuye.complaint.lifecycle.LifecycleState.AWAITING_ASSIGNMENT;
import static dev.wuye.complaint.lifecycle.LifecycleState.AWAITING_CLASSIFICATION;
import static dev.wuye.complaint.lifecycle.LifecycleState.AWAITING_FOLLOW_UP;
import static dev.wuye.complaint.lifecycle.LifecycleState.CLOSED;
import static dev.wuye.complaint.lifecycle.LifecycleState.DUTY_REGISTERED;
import static dev.wuye.complaint.lifecycle.LifecycleState.EXECUTING;
import static dev.wuye.complaint.lifecycle.LifecycleState.FILED;
import static dev.wuye.complaint.lifecycle.LifecycleState.INVALID_AWAITING_CONFIRMATION;
import static dev.wuye.complaint.lifecycle.LifecycleState.INVESTIGATING;
import static dev.wuye.complaint.lifecycle.LifecycleState.REPLY_AWAITING_APPROVAL;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.ADD_CO_HANDLING;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.ANSWER_INQUIRY;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.APPROVE_ONLINE_REPLY;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.APPROVE_SOLUTION;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.ARCHIVE;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.ASSIGN;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.CLASSIFY;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.COMPLETE;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.CONFIRM_INVALID;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.DECIDE_ESCALATION;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.DRAFT_ONLINE_REPLY;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.ESCALATE;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.HAND_OVER;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.OPEN_CORRECTIVE_ACTION;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.PASS_ON_PRAISE;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.PROPOSE_SOLUTION;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.RECORD_DUTY_HANDLING;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.REPORT_TO_HEAD;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.RECORD_FOLLOW_UP;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.RECORD_INVESTIGATION;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.REFER_TO_GENERAL_MANAGER;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.REJECT_ONLINE_REPLY;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.REJECT_SOLUTION;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.REPLY_TO_SUGGESTION;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.REPORT_PROGRESS;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.RETURN_FOR_CLASSIFICATION;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.TRANSFER_RECEPTION;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.UPDATE_CUSTOMER;

import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import dev.wuye.complaint.lifecycle.Phase;
import dev.wuye.complaint.lifecycle.TransitionFacts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.action.Action;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.builders.StateMachineStateConfigurer;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.guard.Guard;

/**
 * The state chart of docs/lifecycle-transitions.md, defined once with Spring Statemachine's {@link StateMachineBuilder}
 * (no Spring context). Each {@link Phase} is a parent state whose substates are the
 * {@link LifecycleState}s of that phase; self-transitions are internal; guards are {@link ChartGuard}s
 * adapted to Spring and named on their transition so the chart can be read back ({@link ChartModel}).
 *
 * <p>State ids are the {@code Phase} and {@code LifecycleState} enum constants, hence {@code Enum<?>}.
 * Guards read the {@link TransitionFacts} from the event message header {@link #FACTS_HEADER} and report
 * a failed check, and every transition reports that it fired, to the {@link EventOutcome} in
 * {@link #OUTCOME_HEADER} (if present).
 */
public final class LifecycleChart {

    /** Message header holding the {@link TransitionFacts}. */
    public static final String FACTS_HEADER = "wuye.lifecycle.facts";
    /** Message header holding the {@link EventOutcome} that records what happened to one event. */
    public static final String OUTCOME_HEADER = "wuye.lifecycle.outcome";

    private static final Set<LifecycleState> OPEN_STATES = Arrays.stream(LifecycleState.values())
            .filter(s -> !s.isClosed()).collect(Collectors.toCollection(() -> EnumSet.noneOf(LifecycleState.class)));
    private static final Set<LifecycleState> ALL_BUT_FILED = EnumSet.complementOf(EnumSet.of(FILED));
    private static final Set<LifecycleState> IN_HANDLING =
            EnumSet.of(AWAITING_ASSIGNMENT, INVESTIGATING, AWAITING_APPROVAL, EXECUTING);
    /** Every state in which the case has a receiver and is not yet filed: all but DUTY_REGISTERED and FILED. */
    private static final Set<LifecycleState> RECEIVED_BY_A_RECEIVER =
            EnumSet.complementOf(EnumSet.of(DUTY_REGISTERED, FILED));

    private LifecycleChart() {
    }

    /**
     * A factory of machines of this chart. Building the configuration is the costly part; each
     * {@code getStateMachine()} still builds a fresh (costly) machine.
     *
     * @return a new factory
     */
    public static StateMachineFactory<Enum<?>, LifecycleTrigger> factory() {
        return configure(StateMachineBuilder.builder()).createFactory();
    }

    /**
     * A new machine of this chart, not started. Costly: use once per engine, or in benchmarks.
     *
     * @return the machine
     */
    public static StateMachine<Enum<?>, LifecycleTrigger> build() {
        return configure(StateMachineBuilder.builder()).build();
    }

    private static StateMachineBuilder.Builder<Enum<?>, LifecycleTrigger> configure(
            StateMachineBuilder.Builder<Enum<?>, LifecycleTrigger> builder) {
        try {
            builder.configureConfiguration().withConfiguration().autoStartup(false);
            configureStates(builder.configureStates());
            configureTransitions(new Rows(builder.configureTransitions()));
            return builder;
        } catch (Exception e) {
            throw new IllegalStateException("the lifecycle state chart cannot be configured", e);
        }
    }

    private static void configureStates(StateMachineStateConfigurer<Enum<?>, LifecycleTrigger> states)
            throws Exception {
        states.withStates().initial(Phase.RECEIVED).states(new LinkedHashSet<>(Arrays.asList(Phase.values())));
        for (Phase phase : Phase.values()) {
            List<LifecycleState> leaves = Arrays.stream(LifecycleState.values())
                    .filter(s -> s.phase() == phase).toList();
            states.withStates().parent(phase).initial(leaves.get(0)).states(new LinkedHashSet<>(leaves));
        }
    }

    private static void configureTransitions(Rows t) throws Exception {
        // Intake (受理)
        t.row(DUTY_REGISTERED, HAND_OVER, null, AWAITING_CLASSIFICATION);
        t.same(EnumSet.of(DUTY_REGISTERED, AWAITING_CLASSIFICATION, AWAITING_ASSIGNMENT, INVESTIGATING,
                AWAITING_APPROVAL, EXECUTING), RECORD_DUTY_HANDLING);
        t.same(EnumSet.of(DUTY_REGISTERED, AWAITING_CLASSIFICATION, AWAITING_ASSIGNMENT, INVESTIGATING,
                AWAITING_APPROVAL, EXECUTING), REPORT_TO_HEAD);
        t.row(AWAITING_CLASSIFICATION, CLASSIFY, ChartGuard.CLASSIFIED_INVALID, INVALID_AWAITING_CONFIRMATION);
        t.row(AWAITING_CLASSIFICATION, CLASSIFY, ChartGuard.CLASSIFIED_FOR_HANDLING, AWAITING_ASSIGNMENT);
        t.row(INVALID_AWAITING_CONFIRMATION, CONFIRM_INVALID, null, CLOSED);
        t.row(INVALID_AWAITING_CONFIRMATION, RETURN_FOR_CLASSIFICATION, null, AWAITING_CLASSIFICATION);
        // Short paths
        Set<LifecycleState> shortPathSources = EnumSet.of(AWAITING_ASSIGNMENT, INVESTIGATING);
        t.rows(shortPathSources, ANSWER_INQUIRY, ChartGuard.IS_INQUIRY, CLOSED);
        t.rows(shortPathSources, REPLY_TO_SUGGESTION, ChartGuard.IS_SUGGESTION, CLOSED);
        t.rows(shortPathSources, PASS_ON_PRAISE, ChartGuard.IS_PRAISE, CLOSED);
        // Handling (处理)
        t.row(AWAITING_ASSIGNMENT, ASSIGN, null, INVESTIGATING);
        t.same(EnumSet.of(INVESTIGATING), RECORD_INVESTIGATION);
        t.row(INVESTIGATING, PROPOSE_SOLUTION, ChartGuard.INVESTIGATION_RECORDED, AWAITING_APPROVAL);
        t.row(AWAITING_APPROVAL, APPROVE_SOLUTION, null, EXECUTING);
        t.row(AWAITING_APPROVAL, REJECT_SOLUTION, null, INVESTIGATING);
        t.rows(IN_HANDLING, ESCALATE, ChartGuard.ESCALATION_POSSIBLE, AWAITING_ASSIGNMENT);
        t.same(IN_HANDLING, DECIDE_ESCALATION);
        t.rows(IN_HANDLING, REFER_TO_GENERAL_MANAGER, ChartGuard.ESCALATION_POSSIBLE, AWAITING_ASSIGNMENT);
        t.same(IN_HANDLING, ADD_CO_HANDLING);
        t.same(ALL_BUT_FILED, OPEN_CORRECTIVE_ACTION);
        // Tracking (跟踪)
        t.same(EnumSet.of(INVESTIGATING, AWAITING_APPROVAL, EXECUTING), REPORT_PROGRESS);
        t.same(OPEN_STATES, UPDATE_CUSTOMER);
        t.same(RECEIVED_BY_A_RECEIVER, TRANSFER_RECEPTION);
        t.row(EXECUTING, COMPLETE, ChartGuard.VALID_COMPLAINT, AWAITING_FOLLOW_UP);
        t.row(EXECUTING, COMPLETE, ChartGuard.NOT_VALID_COMPLAINT, CLOSED);
        // Follow-up (回访), with the re-handling loop
        t.row(AWAITING_FOLLOW_UP, RECORD_FOLLOW_UP, ChartGuard.FOLLOW_UP_SATISFIED, CLOSED);
        t.row(AWAITING_FOLLOW_UP, RECORD_FOLLOW_UP, ChartGuard.FOLLOW_UP_UNSATISFIED, INVESTIGATING);
        t.row(AWAITING_FOLLOW_UP, DRAFT_ONLINE_REPLY, ChartGuard.ONLINE_FOLLOW_UP, REPLY_AWAITING_APPROVAL);
        t.row(REPLY_AWAITING_APPROVAL, APPROVE_ONLINE_REPLY, null, CLOSED);
        t.row(REPLY_AWAITING_APPROVAL, REJECT_ONLINE_REPLY, null, AWAITING_FOLLOW_UP);
        // Archive (归档)
        t.row(CLOSED, ARCHIVE, ChartGuard.ARCHIVABLE, FILED);
    }

    /** Writes table rows into Spring's transition configurer: internal when source equals target. */
    private record Rows(StateMachineTransitionConfigurer<Enum<?>, LifecycleTrigger> transitions) {

        void rows(Set<LifecycleState> sources, LifecycleTrigger trigger, ChartGuard guard, LifecycleState target)
                throws Exception {
            for (LifecycleState source : sources) {
                row(source, trigger, guard, target);
            }
        }

        void same(Set<LifecycleState> sources, LifecycleTrigger trigger) throws Exception {
            for (LifecycleState source : sources) {
                row(source, trigger, null, source);
            }
        }

        void row(LifecycleState source, LifecycleTrigger trigger, ChartGuard guard, LifecycleState target)
                throws Exception {
            if (source == target) {
                var internal = transitions.withInternal().source(source).event(trigger).action(RECORD_FIRED);
                if (guard != null) {
                    internal.guard(new SpringGuard(guard)).name(guard.name());
                }
            } else {
                var external = transitions.withExternal().source(source).target(target).event(trigger)
                        .action(RECORD_FIRED);
                if (guard != null) {
                    external.guard(new SpringGuard(guard)).name(guard.name());
                }
            }
        }
    }

    /**
     * Marks the event's {@link EventOutcome} as fired. Spring reports an event as accepted as soon as a
     * transition matches its trigger, even when the guard then says no; this action tells the two apart.
     */
    private static final Action<Enum<?>, LifecycleTrigger> RECORD_FIRED = context -> {
        EventOutcome outcome = context.getMessageHeaders().get(OUTCOME_HEADER, EventOutcome.class);
        if (outcome != null) {
            outcome.fired = true;
        }
    };

    /** Adapts a {@link FactsGuard} to Spring: reads the facts from the message, reports a failed check. */
    record SpringGuard(FactsGuard guard) implements Guard<Enum<?>, LifecycleTrigger> {

        @Override
        public boolean evaluate(StateContext<Enum<?>, LifecycleTrigger> context) {
            TransitionFacts facts = context.getMessageHeaders().get(FACTS_HEADER, TransitionFacts.class);
            if (facts == null) {
                throw new IllegalStateException("event " + context.getEvent() + " was sent without "
                        + FACTS_HEADER + "; the lifecycle guards need TransitionFacts");
            }
            boolean allowed = guard.test(facts);
            if (!allowed) {
                EventOutcome outcome = context.getMessageHeaders().get(OUTCOME_HEADER, EventOutcome.class);
                if (outcome != null) {
                    outcome.failed(guard);
                }
            }
            return allowed;
        }
    }

    /**
     * What happened to one event: whether a transition fired, and the guards that said no, in the order
     * Spring evaluated them. Used by one thread for one event.
     */
    public static final class EventOutcome {
        private final List<FactsGuard> failed = new ArrayList<>(2);
        private boolean fired;

        void failed(FactsGuard guard) {
            failed.add(guard);
        }

        /** Whether a transition (external or internal) fired for the event. */
        public boolean fired() {
            return fired;
        }

        /** The first guard that said no, or {@code null} if none was evaluated or none failed. */
        public FactsGuard first() {
            return failed.isEmpty() ? null : failed.get(0);
        }
    }
}

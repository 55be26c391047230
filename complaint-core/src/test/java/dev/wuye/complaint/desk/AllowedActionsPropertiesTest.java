package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.calendar.WorkingDayCalendar;

import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.store.InMemoryStorage;
import jakarta.validation.Validator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ComplaintDesk#allowedActions}: over random reachable cases (random walks of allowed
 * actions by random actors, with time passing) and random actors, every listed action is accepted
 * when submitted with its canonical parameters, and every other case command is refused
 * ({@code Rejected}, never {@code Invalid}) with each of its canonical parameter sets.
 */
class AllowedActionsPropertiesTest {

    private static final Validator VALIDATOR = DeskValidation
            .validatorFactory(Locale.ENGLISH, Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC))
            .getValidator();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.chinaMainland();
    private static final List<Actor> EVERYONE = List.of(RECEIVER, RECEIVER_LIU, HEAD, DEPUTY_HEAD, HANDLER_ZHAO, HANDLER_QIAN,
            DUTY_OFFICER_SUN, EMPLOYEE_ZHOU, SUPERVISOR, RECEIVER_C02, HEAD_C02, HANDLER_C02, GMD_HEAD, GMD_RECEIVER,
            QUALITY, MANAGEMENT_REP, GENERAL_MGR);

    /**
     * Commands that leave the case in its state, or (the referral to the general manager) would end every
     * walk's escalation at once: the walk prefers the others. Escalation climbs step by step, through the
     * head's decision (R-4.3.1f), so it is not one of them.
     */
    private static final Set<Class<? extends CaseCommand>> SIDE_STEPS = Set.of(RecordDutyHandling.class,
            ReportProgress.class, UpdateCustomer.class, AddCoHandling.class, OpenCorrectiveAction.class,
            ReferToGeneralManager.class, RejectSolution.class, RejectOnlineReply.class, TransferReception.class);

    @Property(tries = 200)
    @Label("R-3.3 allowed actions: each listed case command is accepted, every other one is rejected (R-4.3.1f decision and escalation, R-3.1 referral, R-3.3 reception hand-over included)")
    void allowedActionsAreExactlyTheAcceptedOnes(@ForAll("recorders") Actor recorder,
                                                 @ForAll("followUpChannels") FollowUpMethod followUp,
                                                 @ForAll boolean offHours,
                                                 @ForAll @Size(min = 5, max = 40) List<@IntRange(min = 0, max = 999) Integer> steps) {
        TestClock clock = new TestClock(offHours ? DeskScenario.MONDAY_10_AM.plusHours(11) : DeskScenario.MONDAY_10_AM);
        int[] ids = {0};
        ComplaintDesk desk = ComplaintDesk.builder().storage(new InMemoryStorage()).clock(clock)
                .lifecycleEngine(LifecycleEngines.defaultEngine()).calendar(CALENDAR).validator(VALIDATOR)
                .idGenerator(() -> "A" + (++ids[0])).delegateAssignment(C01, RECEIVER.staffId()).build();
        boolean gmd = recorder.equals(GMD_RECEIVER);
        Routing routing = gmd ? Routing.company(GMD) : Routing.serviceCentre(C01);
        if (recorder.equals(DUTY_OFFICER_SUN) && !offHours) {
            routing = routing.passedTo(RECEIVER.staffId());
        }
        CommandResult intake = desk.submit(ReceiveOpinion.builder().recordedBy(recorder).idempotencyKey("k1")
                .channel(Channel.PHONE).customer(new Customer("张三丰", "13812345678", "3栋2单元501"))
                .contentSummary("电梯故障").routing(routing).receivedAt(clock.instant())
                .replyAgreement(ReplyAgreement.customerWish(null, FollowUpMethod.PHONE)).followUpChannel(followUp).build());
        assertThat(intake).isInstanceOf(CommandResult.Accepted.class);
        String id = ((CommandResult.Accepted) intake).caseId();
        int accepted = 0;
        for (int step : steps) {
            clock.advance(Duration.ofHours(step % 7 == 0 ? 24L * (step % 40) : step % 5));
            Actor actor = EVERYONE.get(step % EVERYONE.size());
            Set<Class<? extends CaseCommand>> allowed = desk.allowedActions(actor, id);
            for (Class<? extends CaseCommand> type : CaseCommandTable.rows().keySet()) {
                if (!allowed.contains(type)) {
                    for (CaseCommand c : desk.canonicalCommands(actor, id, type)) {
                        assertThat(desk.submit(c)).as("%s by %s, not listed", type.getSimpleName(), actor.staffId())
                                .isInstanceOf(CommandResult.Rejected.class);
                    }
                }
            }
            // The walk goes on with the first actor from here on who may move the case on (so that
            // cases get far), else with the first who may act at all.
            Actor driver = null;
            for (int i = 0; i < EVERYONE.size(); i++) {
                Actor next = EVERYONE.get((step + i) % EVERYONE.size());
                Set<Class<? extends CaseCommand>> theirs = next.equals(actor) ? allowed : desk.allowedActions(next, id);
                if (!theirs.isEmpty() && (driver == null || !SIDE_STEPS.containsAll(theirs))) {
                    driver = next;
                    allowed = theirs;
                    if (!SIDE_STEPS.containsAll(theirs)) {
                        break;
                    }
                }
            }
            actor = driver == null ? actor : driver;
            if (allowed.isEmpty()) {
                break;
            }
            Class<? extends CaseCommand> chosen = choose(allowed, step);
            assertThat(submitFirstAccepted(desk, desk.canonicalCommands(actor, id, chosen)))
                    .as("%s by %s, listed in %s", chosen.getSimpleName(), actor.staffId(), allowed)
                    .isInstanceOf(CommandResult.Accepted.class);
            accepted++;
            Statistics.label("accepted command").collect(chosen.getSimpleName());
        }
        Statistics.label("state reached").collect(desk.find(id).orElseThrow().state());
        Statistics.label("listed actions accepted").collect(accepted > 3 ? "more than 3" : accepted);
        // the head's decision (R-4.3.1f), the referral of major impact and the hand-over of the
        // reception are listed and accepted on some walks, not only refused
        Statistics.label("accepted command").coverage(c -> {
            c.check(DecideEscalation.class.getSimpleName()).count(n -> n > 0);
            c.check(ReferToGeneralManager.class.getSimpleName()).count(n -> n > 0);
            c.check(TransferReception.class.getSimpleName()).count(n -> n > 0);
        });
    }

    /** Mostly a command that moves the case on (so that walks get far), sometimes any listed one. */
    private static Class<? extends CaseCommand> choose(Set<Class<? extends CaseCommand>> allowed, int step) {
        List<Class<? extends CaseCommand>> onwards = new ArrayList<>(allowed);
        onwards.removeAll(SIDE_STEPS);
        List<Class<? extends CaseCommand>> from = onwards.isEmpty() || step % 4 == 0 ? new ArrayList<>(allowed) : onwards;
        return from.get((step / 7) % from.size());
    }

    /** Submits the candidates in order until one is accepted; the ones before must be rejected, not invalid. */
    private static CommandResult submitFirstAccepted(ComplaintDesk desk, List<? extends CaseCommand> candidates) {
        CommandResult last = null;
        for (CaseCommand c : candidates) {
            last = desk.submit(c);
            if (last.isAccepted()) {
                return last;
            }
            assertThat(last).isInstanceOf(CommandResult.Rejected.class);
        }
        return last;
    }

    @Provide
    Arbitrary<FollowUpMethod> followUpChannels() {
        return Arbitraries.of(FollowUpMethod.PHONE, FollowUpMethod.HOME_VISIT, FollowUpMethod.LETTER,
                FollowUpMethod.ONLINE, FollowUpMethod.NONE);
    }

    @Provide
    Arbitrary<Actor> recorders() {
        return Arbitraries.of(RECEIVER, RECEIVER, DUTY_OFFICER_SUN, GMD_RECEIVER);
    }
}

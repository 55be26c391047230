package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.DutyAction;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.store.InMemoryStorage;
import jakarta.validation.Validator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.wuye.complaint.desk.Satisfaction.*;
import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random command sequences by random actors against the desk (jqwik {@code ActionChain}), with the
 * invariants of the procedure: a terminal state is never left; the audit trail has exactly one
 * entry per accepted command; no valid complaint is archived without a follow-up; a rejected (or
 * invalid) command changes nothing.
 */
class ComplaintLifecyclePropertiesTest {

    /** One validator for all tries: building a factory per try would dominate the run time. */
    private static final Validator VALIDATOR = DeskValidation
            .validatorFactory(Locale.ENGLISH, Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC))
            .getValidator();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.chinaMainland();

    private static final List<Actor> EVERYONE = List.of(RECEIVER, RECEIVER_LIU, HEAD, DEPUTY_HEAD, HANDLER_ZHAO, HANDLER_QIAN,
            DUTY_OFFICER_SUN, EMPLOYEE_ZHOU, SUPERVISOR, RECEIVER_C02, HEAD_C02, HANDLER_C02, GMD_HEAD, GMD_RECEIVER,
            QUALITY, MANAGEMENT_REP, GENERAL_MGR);

    /** The system under test and what the test knows about it. */
    static final class World {
        final TestClock clock = new TestClock(DeskScenario.MONDAY_10_AM);
        final InMemoryStorage storage = new InMemoryStorage();
        final List<String> ids = new ArrayList<>();
        final Map<String, Integer> accepted = new HashMap<>();
        final Set<String> everFiled = new HashSet<>();
        final List<String> changedByRejection = new ArrayList<>();
        final List<String> acceptedWhenFiled = new ArrayList<>();
        int nextId;
        int nextKey;
        final ComplaintDesk desk = ComplaintDesk.builder()
                .storage(storage)
                .clock(clock)
                .lifecycleEngine(LifecycleEngines.defaultEngine())
                .calendar(CALENDAR)
                .validator(VALIDATOR)
                .idGenerator(() -> "P" + (++nextId))
                .build();

        void submit(Command command) {
            String id = command instanceof CaseCommand c ? c.caseId() : null;
            Optional<CaseSnapshot> before = id == null ? Optional.empty() : desk.find(id);
            List<AuditEntry> auditBefore = id == null ? List.of() : desk.auditTrail(id);
            long casesBefore = storedCases();
            CommandResult result = desk.submit(command);
            if (result instanceof CommandResult.Accepted a) {
                if (!a.replayed()) {
                    accepted.merge(a.caseId(), 1, Integer::sum);
                    if (id == null) {
                        ids.add(a.caseId());
                    }
                }
                if (before.map(s -> s.state().equals(LifecycleState.FILED.name())).orElse(false)) {
                    acceptedWhenFiled.add(command.getClass().getSimpleName() + " on " + id);
                }
                if (a.complaint().state().equals(LifecycleState.FILED.name())) {
                    everFiled.add(a.caseId());
                }
            } else if (id != null) {
                if (!desk.find(id).equals(before) || !desk.auditTrail(id).equals(auditBefore)) {
                    changedByRejection.add(result + " changed " + id);
                }
            } else if (storedCases() != casesBefore) {
                changedByRejection.add(result + " stored an intake");
            }
        }

        private long storedCases() {
            return storage.cases().stream(CaseQuery.all(), 100).count();
        }

        @Override
        public String toString() {
            return "World[cases=" + ids.size() + ", accepted=" + accepted + ", filed=" + everFiled + "]";
        }
    }

    @Property(tries = 1000)
    void randomCommandsByRandomActorsKeepTheProcedureInvariants(@ForAll("chains") ActionChain<World> chain) {
        chain.withInvariant("a terminal state is never left", w -> {
            assertThat(w.acceptedWhenFiled).isEmpty();
            for (String id : w.everFiled) {
                assertThat(w.desk.find(id).orElseThrow().state()).isEqualTo(LifecycleState.FILED.name());
            }
        }).withInvariant("the audit trail has exactly one entry per accepted command", w -> {
            for (String id : w.ids) {
                List<AuditEntry> trail = w.desk.auditTrail(id);
                assertThat(trail).hasSize(w.accepted.getOrDefault(id, 0));
                assertThat(trail).extracting(AuditEntry::version).doesNotHaveDuplicates().isSorted();
                assertThat(w.desk.find(id).orElseThrow().version()).isEqualTo(trail.size());
            }
        }).withInvariant("no valid complaint is archived without a follow-up", w -> {
            for (String id : w.everFiled) {
                CaseSnapshot s = w.desk.find(id).orElseThrow();
                if ("VALID".equals(s.validity())) {
                    int lastCycle = s.cycles().get(s.cycles().size() - 1).number();
                    assertThat(s.followUps()).anySatisfy(f -> assertThat(f.cycle()).isEqualTo(lastCycle));
                }
            }
        }).withInvariant("a rejected command changes nothing", w -> assertThat(w.changedByRejection).isEmpty())
                .run();
        World end = chain.finalState().orElseThrow();
        Statistics.label("a valid complaint was filed").collect(end.everFiled.stream()
                .anyMatch(id -> "VALID".equals(end.desk.find(id).orElseThrow().validity())));
        Statistics.label("re-handling happened").collect(end.ids.stream()
                .anyMatch(id -> end.desk.find(id).orElseThrow().cycles().size() > 1));
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        return ActionChain.startWith(World::new)
                .withAction(2, new ReceiveAction())
                .withAction(1, new TimePasses())
                .withAction(6, new CaseAction())
                .withAction(14, new NextStepAction())
                .withMaxTransformations(50);
    }

    // ------------------------------------------------------------------ actions

    /** An opinion is received (sometimes again with an earlier key, sometimes invalidly). */
    static final class ReceiveAction implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            Arbitrary<Actor> recorders = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(RECEIVER)),
                    Tuple.of(2, Arbitraries.just(DUTY_OFFICER_SUN)), Tuple.of(1, Arbitraries.just(GMD_RECEIVER)),
                    Tuple.of(1, Arbitraries.of(EVERYONE)));
            Arbitrary<FollowUpMethod> followUps = Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.just(FollowUpMethod.PHONE)), Tuple.of(2, Arbitraries.just(FollowUpMethod.ONLINE)),
                    Tuple.of(2, Arbitraries.just(FollowUpMethod.NONE)), Tuple.of(1, Arbitraries.of(FollowUpMethod.values())));
            Arbitrary<Boolean> replay = Arbitraries.of(false, false, false, false, false, false, false, false, false, true);
            Arbitrary<String> summaries = Arbitraries.of("电梯故障", "噪音扰民", "", "楼道灯不亮");
            return Combinators.combine(recorders, Arbitraries.of(Channel.values()), followUps, replay, summaries,
                            Arbitraries.of(true, false))
                    .as((recorder, channel, followUp, again, summary, secondary) -> Transformer.mutate(
                            "receive by " + recorder.staffId() + " via " + channel + " follow-up " + followUp,
                            w -> {
                                boolean gmd = recorder.equals(GMD_RECEIVER);
                                String key = again && w.nextKey > 0 ? "k1" : "k" + (++w.nextKey);
                                w.submit(ReceiveOpinion.builder().recordedBy(recorder).idempotencyKey(key)
                                        .channel(channel).customer(new Customer("张三丰", "13812345678", "3栋2单元501"))
                                        .contentSummary(summary)
                                        .routing(gmd ? Routing.company(GMD) : Routing.serviceCentre(C01))
                                        .receivedAt(w.clock.instant())
                                        .replyAgreement(ReplyAgreement.customerWish(null, FollowUpMethod.PHONE))
                                        .followUpChannel(followUp).secondaryComplaint(secondary).build());
                            }));
        }
    }

    /** Hours or days pass (into off hours, past a month after completion …). */
    static final class TimePasses implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.integers().between(1, 24 * 35).map(hours -> Transformer.mutate(
                    hours + " hours pass", w -> w.clock.advance(Duration.ofHours(hours))));
        }
    }

    /**
     * The natural next step of a random case, by the actor the procedure names (with random
     * choices: type, validity, satisfied or not …), so that chains reach the deep states.
     */
    static final class NextStepAction implements Action.Dependent<World> {
        private static final Map<String, Actor> BY_ID = new HashMap<>();

        static {
            EVERYONE.forEach(a -> BY_ID.put(a.staffId(), a));
        }

        @Override
        public boolean precondition(World w) {
            return !w.ids.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World w) {
            List<CaseSnapshot> cases = w.ids.stream().map(id -> w.desk.find(id).orElseThrow()).toList();
            return Arbitraries.of(cases).flatMap(NextStepAction::next)
                    .map(c -> Transformer.mutate("next: " + CaseAction.describe(c), world -> world.submit(c)));
        }

        private static Actor decider(CaseSnapshot s) {
            boolean gmd = s.department().equals(GMD);
            return switch (s.escalationLevel()) {
                case "HANDLER", "DEPARTMENT_HEAD" -> gmd ? GMD_HEAD : HEAD;
                case "GMD" -> GMD_HEAD;
                case "MANAGEMENT_REPRESENTATIVE" -> MANAGEMENT_REP;
                default -> GENERAL_MGR;
            };
        }

        /** The case's own receiver: who accepted it, or who its reception was handed over to. */
        private static Actor receiver(CaseSnapshot s) {
            Actor own = s.receiverId() == null ? null : BY_ID.get(s.receiverId());
            return own != null ? own : s.department().equals(GMD) ? GMD_RECEIVER : RECEIVER;
        }

        private static Arbitrary<Command> next(CaseSnapshot s) {
            String id = s.id();
            Actor receiver = receiver(s);
            Actor decider = decider(s);
            List<String> handlerIds = s.cycles().isEmpty() ? List.of() : s.cycles().get(s.cycles().size() - 1).handlerIds();
            Actor handler = handlerIds.isEmpty() ? HANDLER_ZHAO : BY_ID.getOrDefault(handlerIds.get(0), HANDLER_ZHAO);
            switch (LifecycleState.valueOf(s.state())) {
                case DUTY_REGISTERED:
                    return Arbitraries.just(new HandOver(DUTY_OFFICER_SUN, id, RECEIVER.staffId()));
                case AWAITING_CLASSIFICATION:
                    return Combinators.combine(Arbitraries.of(OpinionType.values()), Arbitraries.of(ValidityGround.values()),
                                    Arbitraries.of(false, false, true))
                            .as((type, ground, major) -> new Classify(receiver, id, type,
                                    type == OpinionType.COMPLAINT ? ground : null, "OTHER", major && type == OpinionType.COMPLAINT));
                case INVALID_AWAITING_CONFIRMATION:
                    return Arbitraries.of(new ConfirmInvalid(decider, id), new ConfirmInvalid(decider, id),
                            new ReturnForClassification(decider, id, "再议"));
                case AWAITING_ASSIGNMENT:
                    switch (String.valueOf(s.type())) {
                        case "INQUIRY":
                            return Arbitraries.of(new AnswerInquiry(receiver, id, "已答复"),
                                    new Assign(decider, id, List.of(decider.staffId()), false));
                        case "SUGGESTION":
                            return Arbitraries.of(new ReplyToSuggestion(receiver, id, "已回复"),
                                    new Assign(decider, id, List.of(decider.staffId()), false));
                        case "PRAISE":
                            return Arbitraries.just(new PassOnPraise(receiver, id, "已转达"));
                        default:
                            if (s.escalationLevel().equals("DEPARTMENT_HEAD")) {
                                // R-4.3.1f: the head decides, the receiver carries it beyond the department
                                return Arbitraries.of(new Assign(decider, id, List.of(decider.staffId(), HANDLER_ZHAO.staffId()), false),
                                        new DecideEscalation(decider, id, "部门处理不了"), new Escalate(receiver, id, "报综合管理部"));
                            }
                            return Arbitraries.of(new Assign(decider, id, List.of(decider.staffId(), HANDLER_ZHAO.staffId()), false),
                                    new Escalate(decider, id, "超出权限"));
                    }
                case INVESTIGATING:
                    return Arbitraries.of(new RecordInvestigation(handler, id, "事实", true, "分析", "无"),
                            new ProposeSolution(handler, id, "方案"), new ProposeSolution(handler, id, "方案"));
                case AWAITING_APPROVAL:
                    return Arbitraries.of(new ApproveSolution(decider, id), new ApproveSolution(decider, id),
                            new RejectSolution(decider, id, "不具体"));
                case EXECUTING:
                    return Arbitraries.of(new Complete(decider, id, "已办结"), new ReportProgress(handler, id, "进度"));
                case AWAITING_FOLLOW_UP:
                    if (s.followUpChannel().equals("ONLINE")) {
                        return Arbitraries.just(new DraftOnlineReply(receiver, id, "回复"));
                    }
                    FollowUpMethod method = FollowUpMethod.valueOf(s.followUpChannel()).recordMethod();
                    return Arbitraries.of(true, true, false)
                            .map(satisfied -> RecordFollowUp.by(receiver, id, method).timely(SATISFIED)
                                    .result(Satisfaction.of(satisfied)).attitude(SATISFIED).build());
                case REPLY_AWAITING_APPROVAL:
                    return Arbitraries.of(new ApproveOnlineReply(HEAD, id), new ApproveOnlineReply(HEAD, id),
                            new RejectOnlineReply(HEAD, id, "重写"));
                case CLOSED:
                    boolean company = s.acceptingLevel().equals("COMPANY") || List.of("GMD", "MANAGEMENT_REPRESENTATIVE",
                            "GENERAL_MANAGER").contains(s.escalationLevel());
                    return Arbitraries.just(new Archive(company ? GMD_RECEIVER : receiver, id, null));
                default:
                    return Arbitraries.just(new UpdateCustomer(receiver, id, "告知"));
            }
        }
    }

    /** A random command on a random existing case by a (usually, but not always, plausible) actor. */
    static final class CaseAction implements Action.Dependent<World> {
        @Override
        public boolean precondition(World w) {
            return !w.ids.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World w) {
            return Arbitraries.of(List.copyOf(w.ids)).flatMap(CaseAction::commands)
                    .map(c -> Transformer.mutate(describe(c), world -> world.submit(c)));
        }

        static String describe(Command c) {
            return c.getClass().getSimpleName() + " by " + c.actor().staffId() + " on "
                    + ((CaseCommand) c).caseId();
        }

        private static Arbitrary<Actor> usually(Actor... plausible) {
            return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(plausible)), Tuple.of(1, Arbitraries.of(EVERYONE)));
        }

        private static Arbitrary<String> text() {
            return Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just("已处理")), Tuple.of(1, Arbitraries.just(" ")));
        }

        private static Tuple.Tuple2<Integer, Arbitrary<Command>> w(int weight, Arbitrary<? extends Command> commands) {
            return Tuple.of(weight, commands.map(c -> (Command) c));
        }

        static Arbitrary<Command> commands(String id) {
            Arbitrary<Actor> receiver = usually(RECEIVER, GMD_RECEIVER);
            Arbitrary<Actor> head = usually(HEAD, GMD_HEAD, GENERAL_MGR, MANAGEMENT_REP);
            Arbitrary<Actor> handler = usually(HANDLER_ZHAO, HEAD, GMD_HEAD, GENERAL_MGR);
            Arbitrary<ValidityGround> grounds = Arbitraries.of(ValidityGround.values()).injectNull(0.1);
            Arbitrary<List<String>> handlers = Arbitraries.of(HANDLER_ZHAO.staffId(), HANDLER_QIAN.staffId(),
                    HEAD.staffId(), GMD_HEAD.staffId(), GENERAL_MGR.staffId()).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
            return Arbitraries.frequencyOf(List.of(
                    w(1, usually(DUTY_OFFICER_SUN).map(a -> new HandOver(a, id, RECEIVER.staffId()))),
                    w(4, Combinators.combine(receiver, Arbitraries.of(OpinionType.values()), grounds,
                                    Arbitraries.of(false, false, true))
                            .as((a, type, ground, major) -> new Classify(a, id, type,
                                    type == OpinionType.COMPLAINT ? ground : null, "OTHER", major && type == OpinionType.COMPLAINT))),
                    w(1, head.map(a -> new ConfirmInvalid(a, id))),
                    w(1, Combinators.combine(head, text()).as((a, t) -> new ReturnForClassification(a, id, t))),
                    w(1, Combinators.combine(receiver, text()).as((a, t) -> new AnswerInquiry(a, id, t))),
                    w(1, Combinators.combine(receiver, text()).as((a, t) -> new ReplyToSuggestion(a, id, t))),
                    w(1, Combinators.combine(receiver, text()).as((a, t) -> new PassOnPraise(a, id, t))),
                    w(4, Combinators.combine(head, handlers, Arbitraries.of(false, false, true))
                            .as((a, h, delegated) -> new Assign(a, id, h, delegated))),
                    w(4, Combinators.combine(handler, text(), Arbitraries.of(true, false))
                            .as((a, t, onSite) -> new RecordInvestigation(a, id, t, onSite, "分析", "无"))),
                    w(4, Combinators.combine(handler, text()).as((a, t) -> new ProposeSolution(a, id, t))),
                    w(4, head.map(a -> new ApproveSolution(a, id))),
                    w(1, Combinators.combine(head, text()).as((a, t) -> new RejectSolution(a, id, t))),
                    w(1, Combinators.combine(Arbitraries.of(EVERYONE), text()).as((a, t) -> new Escalate(a, id, t))),
                    w(1, Combinators.combine(receiver, Arbitraries.of(C01, C02, GMD))
                            .as((a, d) -> new AddCoHandling(a, id, d, "协办"))),
                    w(1, Combinators.combine(head, text()).as((a, t) -> new OpenCorrectiveAction(a, id, t))),
                    w(1, Combinators.combine(usually(DUTY_OFFICER_SUN), Arbitraries.of(DutyAction.values()), text())
                            .as((a, action, t) -> new RecordDutyHandling(a, id, action, t))),
                    w(1, Combinators.combine(handler, text()).as((a, t) -> new ReportProgress(a, id, t))),
                    w(1, Combinators.combine(receiver, text()).as((a, t) -> new UpdateCustomer(a, id, t))),
                    w(4, Combinators.combine(head, text()).as((a, t) -> new Complete(a, id, t))),
                    w(4, Combinators.combine(receiver, Arbitraries.of(FollowUpMethod.values()),
                                    Arbitraries.of(true, true, false))
                            .as((a, method, satisfied) -> RecordFollowUp.by(a, id, method).timely(SATISFIED)
                                    .result(Satisfaction.of(satisfied)).build())),
                    w(2, Combinators.combine(receiver, text()).as((a, t) -> new DraftOnlineReply(a, id, t))),
                    w(2, usually(HEAD).map(a -> new ApproveOnlineReply(a, id))),
                    w(1, Combinators.combine(usually(HEAD), text()).as((a, t) -> new RejectOnlineReply(a, id, t))),
                    w(3, usually(RECEIVER, GMD_RECEIVER).map(a -> new Archive(a, id, null))),
                    w(1, Combinators.combine(usually(HEAD, DEPUTY_HEAD), text()).as((a, t) -> new DecideEscalation(a, id, t))),
                    w(1, Combinators.combine(head, text()).as((a, t) -> new ReferToGeneralManager(a, id, t))),
                    w(1, Combinators.combine(usually(RECEIVER, RECEIVER_LIU, HEAD), Arbitraries.of(RECEIVER, RECEIVER_LIU))
                            .as((a, to) -> new TransferReception(a, id, to.staffId(), "交班")))));
        }
    }
}

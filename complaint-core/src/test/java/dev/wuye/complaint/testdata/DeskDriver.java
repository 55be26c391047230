package dev.wuye.complaint.testdata;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.EscalationLevel;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.desk.AnswerInquiry;
import dev.wuye.complaint.desk.ApproveOnlineReply;
import dev.wuye.complaint.desk.ApproveSolution;
import dev.wuye.complaint.desk.Assign;
import dev.wuye.complaint.desk.CheckVisits;
import dev.wuye.complaint.desk.Classify;
import dev.wuye.complaint.desk.Command;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.Complete;
import dev.wuye.complaint.desk.ConfirmInvalid;
import dev.wuye.complaint.desk.DraftOnlineReply;
import dev.wuye.complaint.desk.DecideEscalation;
import dev.wuye.complaint.desk.Escalate;
import dev.wuye.complaint.desk.LogVisit;
import dev.wuye.complaint.desk.OpenCorrectiveAction;
import dev.wuye.complaint.desk.PassOnPraise;
import dev.wuye.complaint.desk.ProposeSolution;
import dev.wuye.complaint.desk.ReceiveOpinion;
import dev.wuye.complaint.desk.RecordFollowUp;
import dev.wuye.complaint.desk.RecordInvestigation;
import dev.wuye.complaint.desk.ReplyAgreement;
import dev.wuye.complaint.desk.ReplyToSuggestion;
import dev.wuye.complaint.desk.ReviewWeeklyForms;
import dev.wuye.complaint.desk.Routing;
import dev.wuye.complaint.desk.Satisfaction;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.sla.OfficeHours;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.visit.RecordVisit;
import dev.wuye.complaint.store.InMemoryStorage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes test cases the only way production does: every step is a command submitted to a real
 * {@link ComplaintDesk} on an {@link InMemoryStorage}, with a clock moved to the step's time. Each
 * command must be accepted; a refusal fails the fixture with the rule it names. Times are Shanghai
 * wall-clock times: opinions arrive at 09:00, classification follows at 09:05, assignment at 11:00,
 * handling is completed at 16:00 (investigated, proposed and approved from 15:00), follow-ups are
 * made at 10:00 and short-path closures and invalidity confirmations at 18:00.
 */
public final class DeskDriver {

    private static final Customer CUSTOMER = new Customer("张三丰", "13812345678", "3栋2单元1101");
    private static final Actor GMD_HEAD = Actor.of("HEAD-GMD", "GMD", Role.DEPARTMENT_HEAD, Role.GMD_STAFF);
    private static final Actor MANAGEMENT_REP = Actor.of("MR1", "HQ", Role.MANAGEMENT_REPRESENTATIVE);
    private static final Actor GENERAL_MANAGER = Actor.of("GM1", "HQ", Role.GENERAL_MANAGER);

    private final MovableClock clock = new MovableClock(Cases.ZONE);
    private final InMemoryStorage storage;
    private final ComplaintDesk desk;
    private final List<String> ids = new ArrayList<>();
    private String nextId;

    /** A driver writing into a fresh in-memory store. */
    public DeskDriver() {
        this(new InMemoryStorage(Cases.ZONE));
    }

    DeskDriver(InMemoryStorage storage) {
        this.storage = storage;
        this.desk = ComplaintDesk.builder().storage(storage).clock(clock).zone(Cases.ZONE).gmdDepartment("GMD")
                .lifecycleEngine(LifecycleEngines.defaultEngine()).calendar(WorkingDayCalendar.chinaMainland())
                .officeHours(OfficeHours.defaults()).idGenerator(() -> nextId).build();
    }

    /** The storage the desk writes to. */
    InMemoryStorage storage() {
        return storage;
    }

    /** Every case written, as stored now, in the order they were received. */
    public List<CaseSnapshot> cases() {
        return ids.stream().map(id -> desk.find(id).orElseThrow()).toList();
    }

    /**
     * The staff member logs their customer visit of the day, at {@code loggedAt}; the opinions
     * raised on it must have been received already.
     */
    DeskDriver visit(String id, String staff, String department, String day, String loggedAt, String... opinions) {
        at(loggedAt);
        submit(id + " visit", new LogVisit(Actor.of(staff, department, Role.EMPLOYEE), new RecordVisit(id, staff,
                department, LocalDate.parse(day), new CustomerData("李四", "13900001111", "5栋1单元0302"),
                "visit notes", List.of(opinions))));
        return this;
    }

    /** The head reviews the week's forms (R-4.4.2d7) on its Monday at 17:00. */
    DeskDriver weeklyReview(String department, String monday, int forms) {
        at(monday + "T17:00");
        submit("weekly review " + monday, new ReviewWeeklyForms(head(department), department, LocalDate.parse(monday),
                forms, null));
        return this;
    }

    /** The customer-service supervisor checks the month's visits at the given time. */
    DeskDriver visitCheck(String department, String month, String local) {
        at(local);
        submit("visit check " + month, new CheckVisits(Actor.of("SUP-" + department, department,
                Role.CUSTOMER_SERVICE_SUPERVISOR), department, YearMonth.parse(month), null));
        return this;
    }

    /** Starts an opinion with the given id, to a department by a channel; followed up by phone unless told. */
    public Intake opinion(String id, String department, Channel channel) {
        return new Intake(id, department, channel);
    }

    private void at(String local) {
        clock.now = Cases.t(local);
    }

    private void submit(String what, Command command) {
        CommandResult r = desk.submit(command);
        if (!r.isAccepted()) {
            throw new IllegalStateException(what + " refused: " + r);
        }
    }

    static Actor receiver(String department) {
        return "GMD".equals(department) ? Actor.of("R-GMD", "GMD", Role.RECEIVER, Role.GMD_STAFF)
                : Actor.of("R-" + department, department, Role.RECEIVER);
    }

    static Actor head(String department) {
        return "GMD".equals(department) ? GMD_HEAD
                : Actor.of("HEAD-" + department, department, Role.DEPARTMENT_HEAD, Role.CENTRE_DIRECTOR);
    }

    static Actor handler(String department) {
        return Actor.of("H-" + department, department, Role.HANDLER);
    }

    /** What is recorded at intake, before the opinion is received. */
    public final class Intake {
        private final String id;
        private final String department;
        private final Channel channel;
        private FollowUpMethod followUp = FollowUpMethod.PHONE;
        private AcceptingLevel level = AcceptingLevel.SERVICE_CENTRE;
        private boolean secondary;
        private String visitId;

        private Intake(String id, String department, Channel channel) {
            this.id = id;
            this.department = department;
            this.channel = channel;
        }

        /** The follow-up channel the customer chose. */
        public Intake followUp(FollowUpMethod m) {
            followUp = m;
            return this;
        }

        /** Accepted by the company (GMD) rather than a service centre. */
        public Intake company() {
            level = AcceptingLevel.COMPANY;
            return this;
        }

        /** A secondary complaint arising from a conflict at intake. */
        public Intake secondary() {
            secondary = true;
            return this;
        }

        /** Raised on a customer visit. */
        public Intake onVisit(String visit) {
            visitId = visit;
            return this;
        }

        /** Received in office hours on the day, 09:00, by the department's receiver. */
        public Story receivedOn(String day) {
            return receivedAt(day + "T09:00", receiver(department));
        }

        /** Registered off hours at the given time by the department's duty officer. */
        public Story dutyRegisteredAt(String local) {
            return receivedAt(local, Actor.of("D-" + department, department, Role.DUTY_OFFICER));
        }

        private Story receivedAt(String local, Actor recorder) {
            at(local);
            Instant now = clock.now;
            nextId = id;
            submit(id + " intake", ReceiveOpinion.builder().recordedBy(recorder).idempotencyKey("key-" + id)
                    .channel(channel).customer(CUSTOMER).contentSummary("summary of " + id)
                    .routing(new Routing(department, level, null)).receivedAt(now)
                    .replyAgreement(ReplyAgreement.agreed(now.plus(Duration.ofDays(1)), followUp))
                    .followUpChannel(followUp).secondaryComplaint(secondary).raisedOnVisit(visitId).build());
            ids.add(id);
            return new Story(id, department, followUp, local.substring(0, 10));
        }
    }

    /** The steps of one received case, each submitted as a command on its day. */
    public final class Story {
        private final String id;
        private final String department;
        private final FollowUpMethod followUp;
        private final String receivedDay;
        private Actor decider;
        private int cycle = 1;
        private boolean major;

        private Story(String id, String department, FollowUpMethod followUp, String receivedDay) {
            this.id = id;
            this.department = department;
            this.followUp = followUp;
            this.receivedDay = receivedDay;
            this.decider = head(department);
        }

        private Story classify(OpinionType type, ValidityGround ground, String category, boolean major) {
            at(receivedDay + "T09:05");
            submit(id + " classification", new Classify(receiver(department), id, type, ground, category, major));
            this.major = major;
            return this;
        }

        /** Classified a valid complaint of the category (company below standard, R-4.2.2a). */
        public Story validComplaint(String category) {
            return classify(OpinionType.COMPLAINT, ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD, category, false);
        }

        /** Classified a major valid complaint of the category (R-4.2.1c). */
        public Story majorComplaint(String category) {
            return classify(OpinionType.COMPLAINT, ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD, category, true);
        }

        /** Classified an invalid complaint (R-4.2.2b). */
        public Story invalidComplaint(String category) {
            return classify(OpinionType.COMPLAINT, ValidityGround.OTHER, category, false);
        }

        /** Classified as an inquiry, suggestion or praise. */
        public Story classifiedAs(OpinionType type, String category) {
            return classify(type, null, category, false);
        }

        /** Escalated step by step up the chain to the level (R-4.3.1f), on the day at 10:30. */
        public Story escalatedTo(EscalationLevel level, String day) {
            at(day + "T10:30");
            submit(id + " escalation to the department head", new Escalate(head(department), id, "超出处理人权限"));
            decider = head(department);
            if (level.compareTo(EscalationLevel.GMD) >= 0) {
                submit(id + " head's decision to escalate", new DecideEscalation(head(department), id, "部门处理不了"));
                submit(id + " escalation to the GMD", new Escalate(receiver(department), id, "超出部门权限"));
                decider = GMD_HEAD;
            }
            if (level.compareTo(EscalationLevel.MANAGEMENT_REPRESENTATIVE) >= 0) {
                submit(id + " escalation to the management representative", new Escalate(GMD_HEAD, id, "超出综合管理部权限"));
                decider = MANAGEMENT_REP;
            }
            if (level.compareTo(EscalationLevel.GENERAL_MANAGER) >= 0) {
                submit(id + " escalation to the general manager", new Escalate(MANAGEMENT_REP, id, "需总经理决定"));
                decider = GENERAL_MANAGER;
            }
            return this;
        }

        /** The head opens corrective and preventive action (R-4.3.1b), on the day at 10:45. */
        public Story correctiveAction(String day) {
            at(day + "T10:45");
            submit(id + " corrective action", new OpenCorrectiveAction(decider, id, "影响较大"));
            return this;
        }

        /**
         * Assigned to the department's handler by whoever decides the case, on the day at 11:00; a major
         * complaint also to whoever decides it, who handles it personally (R-4.3.1c).
         */
        public Story assignedOn(String day) {
            at(day + "T11:00");
            List<String> handlers = major ? List.of(decider.staffId(), handler(department).staffId())
                    : List.of(handler(department).staffId());
            submit(id + " assignment", new Assign(decider, id, handlers, false));
            return this;
        }

        /** Investigated, solution proposed and approved, and completed "result n" on the day at 16:00. */
        public Story completedOn(String day) {
            return completedAt(day, "15");
        }

        /** As {@link #completedOn}, investigated from {@code hour}:00 and completed an hour later. */
        public Story completedAt(String day, String hour) {
            String done = String.format("%02d", Integer.parseInt(hour) + 1);
            at(day + "T" + hour + ":00");
            submit(id + " investigation", new RecordInvestigation(handler(department), id, "facts", true, "cause", "none elsewhere"));
            at(day + "T" + hour + ":10");
            submit(id + " solution", new ProposeSolution(handler(department), id, "fix"));
            at(day + "T" + hour + ":20");
            submit(id + " approval", new ApproveSolution(decider, id));
            at(day + "T" + done + ":00");
            submit(id + " completion", new Complete(decider, id, "result " + cycle));
            return this;
        }

        /** Followed up on the day at 10:00 by the chosen channel; unsatisfied starts re-handling (R-4.4.2d). */
        public Story followedUpOn(String day, boolean timely, boolean result, boolean attitude) {
            return followedUpAt(day + "T10:00", timely, result, attitude);
        }

        /** As {@link #followedUpOn}, at the given time. */
        public Story followedUpAt(String local, boolean timely, boolean result, boolean attitude) {
            at(local);
            submit(id + " follow-up", RecordFollowUp.by(receiver(department), id, followUp)
                    .timely(Satisfaction.of(timely)).result(Satisfaction.of(result))
                    .attitude(Satisfaction.of(attitude)).build());
            if (!result) {
                cycle++;
            }
            return this;
        }

        /** The online reply drafted by the receiver and approved by the centre director on the day at 10:00. */
        public Story onlineReplyApprovedOn(String day) {
            at(day + "T09:50");
            submit(id + " online reply", new DraftOnlineReply(receiver(department), id, "您反映的绿化问题已处理完毕"));
            at(day + "T10:00");
            submit(id + " online reply approval", new ApproveOnlineReply(head(department), id));
            return this;
        }

        /** The head confirms the invalid complaint and it is closed (R-4.2.4b), on the day at 18:00. */
        public Story invalidConfirmedOn(String day) {
            at(day + "T18:00");
            submit(id + " invalidity", new ConfirmInvalid(head(department), id));
            return this;
        }

        /** An inquiry answered, a suggestion replied to or praise passed on, closing it on the day at 18:00. */
        public Story shortPathClosedOn(OpinionType type, String day) {
            at(day + "T18:00");
            Actor r = receiver(department);
            submit(id + " short path", switch (type) {
                case INQUIRY -> new AnswerInquiry(r, id, "已答复");
                case SUGGESTION -> new ReplyToSuggestion(r, id, "已回复");
                case PRAISE -> new PassOnPraise(r, id, "已转达");
                default -> throw new IllegalArgumentException(type.name());
            });
            return this;
        }
    }

    /** A clock the driver moves to each step's time; never reads the system time. */
    private static final class MovableClock extends Clock {
        private final ZoneId zone;
        private Instant now = Instant.EPOCH;

        MovableClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return Clock.fixed(now, z);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

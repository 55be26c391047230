// Over 400 lines on purpose: this is the quickstart's script of one month at a service centre, read top to
// bottom as a story (each day's intake, handling, follow-ups, visits, reviews, archiving). Splitting it
// would scatter the walk-through a reader follows; it is example code, not library code.
package dev.wuye.complaint.examples.quickstart;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.classification.PropertyManagementCategory;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.DutyAction;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.desk.AddCoHandling;
import dev.wuye.complaint.desk.AnswerInquiry;
import dev.wuye.complaint.desk.ApproveOnlineReply;
import dev.wuye.complaint.desk.ApproveSolution;
import dev.wuye.complaint.desk.ArchiveRun;
import dev.wuye.complaint.desk.Assign;
import dev.wuye.complaint.desk.Classify;
import dev.wuye.complaint.desk.Command;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.Complete;
import dev.wuye.complaint.desk.ConfirmInvalid;
import dev.wuye.complaint.desk.DraftOnlineReply;
import dev.wuye.complaint.desk.DecideEscalation;
import dev.wuye.complaint.desk.Escalate;
import dev.wuye.complaint.desk.HandOver;
import dev.wuye.complaint.desk.OpenCorrectiveAction;
import dev.wuye.complaint.desk.PassOnPraise;
import dev.wuye.complaint.desk.ProposeSolution;
import dev.wuye.complaint.desk.ReceiveOpinion;
import dev.wuye.complaint.desk.RecordDutyHandling;
import dev.wuye.complaint.desk.RecordFollowUp;
import dev.wuye.complaint.desk.RecordInvestigation;
import dev.wuye.complaint.desk.RecurrenceRun;
import dev.wuye.complaint.desk.ArchiveMonth;
import dev.wuye.complaint.desk.Command;
import dev.wuye.complaint.desk.PeriodResult;
import dev.wuye.complaint.desk.CheckVisits;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.LogVisit;
import dev.wuye.complaint.desk.ReviewWeeklyForms;
import dev.wuye.complaint.desk.RunRecurrenceCheck;
import dev.wuye.complaint.desk.ReplyToSuggestion;
import dev.wuye.complaint.desk.ReportProgress;
import dev.wuye.complaint.desk.UpdateCustomer;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.visit.RecordVisit;
import dev.wuye.complaint.desk.ReplyAgreement;
import dev.wuye.complaint.desk.Routing;
import dev.wuye.complaint.desk.Satisfaction;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static dev.wuye.complaint.desk.Satisfaction.SATISFIED;

/**
 * One realistic month at a service centre, driven through the real {@link ComplaintDesk} with a
 * fixed seed: routine opinions of all four types over every channel, plus the procedure's special
 * cases — an off-hours duty registration on a public holiday handed over on the next working day
 * (R-4.2.1b, R-4.2.4a), an invalid complaint confirmed by the head (R-4.2.4b), a major complaint
 * escalated to the GMD (R-4.3.1c/f), a cross-department case (R-4.3.1d), an unsatisfied follow-up
 * sent back for re-handling (R-4.4.2d), a case with no follow-up channel caught by a recurrence
 * (R-4.4.2d6), customer visits, weekly form reviews (R-4.4.2d7), and the month-end archive
 * with a case carried over. The previous month runs first, lighter, for the trend.
 *
 * <p>Events are kept on an agenda ordered by time; before each one the clock is set to its time.
 */
final class MonthSimulation {

    static final String CENTRE = "C01";
    static final String ENGINEERING = "ENG";
    static final String GMD = "GMD";
    static final long SEED = 20250501L;

    static final Actor RECEIVER = Actor.of("r-wang", CENTRE, Role.RECEIVER);
    static final Actor HEAD = Actor.of("h-li", CENTRE, Role.DEPARTMENT_HEAD, Role.CENTRE_DIRECTOR);
    static final Actor HANDLER_ZHAO = Actor.of("hd-zhao", CENTRE, Role.HANDLER);
    static final Actor HANDLER_QIAN = Actor.of("hd-qian", CENTRE, Role.HANDLER);
    static final Actor DUTY_OFFICER = Actor.of("d-sun", CENTRE, Role.DUTY_OFFICER);
    static final Actor SUPERVISOR = Actor.of("cs-he", CENTRE, Role.CUSTOMER_SERVICE_SUPERVISOR);
    static final Actor ENG_HANDLER = Actor.of("eng-feng", ENGINEERING, Role.HANDLER);
    static final Actor GMD_HEAD = Actor.of("g-head", GMD, Role.DEPARTMENT_HEAD, Role.GMD_STAFF);
    static final Actor GMD_STAFF = Actor.of("g-qa", GMD, Role.GMD_STAFF, Role.QUALITY_SUPERVISOR);
    /** Customer-service staff who owe 2–3 visits a month. */
    static final Set<String> VISIT_ROSTER = Set.of(RECEIVER.staffId(), SUPERVISOR.staffId());

    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军"};

    private final ComplaintDesk desk;
    private final Storage storage;
    private final StepClock clock;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final PrintStream out;
    private final boolean english;
    private final Random random = new Random(SEED);
    private final PriorityQueue<Event> agenda = new PriorityQueue<>();
    private final Map<LocalDate, int[]> perDay = new TreeMap<>();
    private long sequence;
    private int keys;
    private int channelTurn;

    /** An agenda entry: what happens when; {@code seq} keeps insertion order for equal times. */
    private record Event(Instant at, long seq, Runnable action) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    MonthSimulation(ComplaintDesk desk, Storage storage, StepClock clock, WorkingDayCalendar calendar, ZoneId zone,
                    PrintStream out, boolean english) {
        this.desk = desk;
        this.storage = storage;
        this.clock = clock;
        this.calendar = calendar;
        this.zone = zone;
        this.out = out;
        this.english = english;
    }

    // ------------------------------------------------------------------ the months

    /** The lighter previous month: routine opinions only, archived at its end. */
    void previousMonth(YearMonth month) {
        say("== " + t("上月（对比用）", "Previous month (for the trend)") + " " + month + " ==");
        routine(month, 0.55);
        onlineReplyJudgedNextMonth(month);
        weeklyReviews(month);
        runUntil(month.plusMonths(1).atDay(1).atTime(0, 0));
        monthEnd(month);
    }

    /** The month itself, with every special case of the procedure. */
    void month(YearMonth month) {
        say("== " + t("模拟月份", "Simulated month") + " " + month + " ==");
        routine(month, 1.0);
        holidayDutyRegistration(month);
        invalidComplaint(month);
        majorComplaintToGmd(month);
        crossDepartmentCase(month);
        unsatisfiedFollowUp(month);
        noChannelCaughtByRecurrence(month);
        customerVisits(month);
        carriedOver(month);
        weeklyReviews(month);
        runUntil(month.plusMonths(1).atDay(1).atTime(0, 0));
        monthEnd(month);
    }

    // ------------------------------------------------------------------ routine opinions

    private static final Channel[] CHANNELS = Channel.values();

    private void routine(YearMonth month, double load) {
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d)) {
                continue;
            }
            int n = random.nextDouble() < load ? 1 + random.nextInt(2) : random.nextInt(2);
            for (int i = 0; i < n; i++) {
                LocalDateTime at = d.atTime(9, 10).plusMinutes(95L * i + random.nextInt(40));
                double r = random.nextDouble();
                OpinionType type = r < 0.45 ? OpinionType.COMPLAINT : r < 0.70 ? OpinionType.INQUIRY
                        : r < 0.87 ? OpinionType.SUGGESTION : OpinionType.PRAISE;
                Channel channel = CHANNELS[channelTurn++ % CHANNELS.length];
                if (channel == Channel.CUSTOMER_VISIT) {
                    channel = CHANNELS[channelTurn++ % CHANNELS.length];
                }
                scheduleRoutine(at, type, channel, month);
            }
        }
    }

    private void scheduleRoutine(LocalDateTime at, OpinionType type, Channel channel, YearMonth month) {
        PropertyManagementCategory category = pick(PropertyManagementCategory.values());
        boolean online = channel.isOnline();
        FollowUpMethod followUp = online ? FollowUpMethod.ONLINE
                : channel == Channel.LETTER ? FollowUpMethod.LETTER
                : random.nextInt(5) == 0 ? FollowUpMethod.HOME_VISIT : FollowUpMethod.PHONE;
        String summary = summary(type, category);
        at(at, () -> {
            String id = receive(RECEIVER, channel, customer(), summary, followUp);
            counter(0);
            switch (type) {
                case INQUIRY -> {
                    at(clock.now().plusMinutes(20), () -> {
                        classifyAs(id, OpinionType.INQUIRY, category);
                        ok(new AnswerInquiry(RECEIVER, id, t("已答复业主：", "Answered: ") + summary));
                    });
                }
                case SUGGESTION -> {
                    at(clock.now().plusMinutes(30), () -> classifyAs(id, OpinionType.SUGGESTION, category));
                    at(nextWorkingDay(clock.now().toLocalDate(), 1).atTime(11, 0),
                            () -> ok(new ReplyToSuggestion(RECEIVER, id, t("感谢建议，已纳入下季度计划", "Thank you; planned for next quarter"))));
                }
                case PRAISE -> {
                    at(clock.now().plusMinutes(15), () -> {
                        classifyAs(id, OpinionType.PRAISE, category);
                        ok(new PassOnPraise(RECEIVER, id, t("已转达被表扬员工并通报", "Passed on to the praised staff")));
                    });
                }
                case COMPLAINT -> {
                    boolean late = random.nextInt(8) == 0;
                    boolean satisfied = random.nextInt(10) != 0;
                    boolean attitude = random.nextInt(12) != 0;
                    at(clock.now().plusMinutes(15), () -> classifyComplaint(id,
                            pick(new ValidityGround[] {ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD,
                                    ValidityGround.STAFF_ATTITUDE, ValidityGround.STAFF_EFFICIENCY}), category, false));
                    handle(id, clock.now().plusMinutes(40), late ? 3 : 1, followUp, satisfied, attitude,
                            random.nextBoolean() ? HANDLER_ZHAO : HANDLER_QIAN);
                }
                default -> throw new IllegalStateException("unknown type " + type);
            }
        });
    }

    /**
     * The handling chain of a valid complaint: assign → investigate → propose → approve → progress
     * → complete (after {@code days} working days) → follow-up (or the online reply).
     */
    private void handle(String id, LocalDateTime assignAt, int days, FollowUpMethod followUp, boolean satisfied,
                        boolean attitude, Actor handler) {
        at(assignAt, () -> ok(Assign.byHead(HEAD, id, handler.staffId())));
        LocalDate next = nextWorkingDay(assignAt.toLocalDate(), 1);
        at(next.atTime(9, 40), () -> ok(RecordInvestigation.verifiedOnSite(handler, id, t("现场核实，情况属实", "Verified on site"),
                t("巡查不到位", "Inspection gaps"), t("同类岗位已同步排查", "Same posts checked"))));
        at(next.atTime(10, 20), () -> ok(new ProposeSolution(handler, id, t("限期整改并向业主致歉", "Fix and apologise"))));
        at(next.atTime(14, 0), () -> ok(new ApproveSolution(HEAD, id)));
        at(next.atTime(15, 30), () -> ok(new ReportProgress(handler, id, t("整改进行中", "In progress"))));
        at(next.atTime(16, 0), () -> ok(new UpdateCustomer(RECEIVER, id, t("已告知业主处理进度", "Customer informed"))));
        LocalDate done = nextWorkingDay(assignAt.toLocalDate(), days);
        at(done.atTime(16, 30), () -> ok(new Complete(HEAD, id, t("已整改完毕", "Fixed"))));
        LocalDate followUpDay = nextWorkingDay(done, 1);
        if (followUp == FollowUpMethod.NONE) {
            return; // no channel: only a recurrence check can follow it up (R-4.4.2d6)
        }
        if (followUp == FollowUpMethod.ONLINE) {
            at(followUpDay.atTime(9, 30), () -> ok(new DraftOnlineReply(RECEIVER, id,
                    t("您反映的问题已处理完毕，感谢监督。", "The issue you reported has been fixed. Thank you."))));
            at(followUpDay.atTime(11, 0), () -> ok(new ApproveOnlineReply(HEAD, id)));
        } else {
            at(followUpDay.atTime(10, 0), () -> {
                ok(RecordFollowUp.by(RECEIVER, id, followUp).timely(SATISFIED).result(Satisfaction.of(satisfied))
                        .attitude(Satisfaction.of(attitude))
                        .remarks(satisfied ? t("业主表示满意", "Satisfied") : t("业主仍不满意", "Still unsatisfied")));
                counter(2);
                if (!satisfied) {
                    rehandle(id, handler, followUp);
                }
            });
        }
    }

    /** Re-handling after an unsatisfied follow-up (R-4.4.2d): a new cycle, then a satisfied follow-up. */
    private void rehandle(String id, Actor handler, FollowUpMethod followUp) {
        LocalDate next = nextWorkingDay(clock.now().toLocalDate(), 1);
        at(next.atTime(9, 30), () -> ok(RecordInvestigation.verifiedOnSite(handler, id, t("复查：问题仍存在", "Re-check: still there"),
                t("首次整改不彻底", "First fix incomplete"), t("无", "None"))));
        at(next.atTime(10, 0), () -> ok(new ProposeSolution(handler, id, t("更换部件并复检", "Replace the part and re-check"))));
        at(next.atTime(11, 0), () -> ok(new ApproveSolution(HEAD, id)));
        at(next.atTime(16, 0), () -> ok(new Complete(HEAD, id, t("再处理完毕", "Re-handled"))));
        at(nextWorkingDay(next, 1).atTime(10, 0), () -> {
            ok(RecordFollowUp.by(RECEIVER, id, followUp).timely(SATISFIED).result(SATISFIED).attitude(SATISFIED)
                    .remarks(t("再处理后业主满意", "Satisfied after re-handling")));
            counter(2);
        });
    }

    // ------------------------------------------------------------------ the special cases

    /**
     * R-4.4.2d5, R-4.6.5: a complaint on the owners' forum answered by an online reply the centre
     * director approves. Its month after completion ends in the next month, whose table counts it as
     * satisfied (no same-kind opinion in the centre meanwhile) or unsatisfied (one came).
     */
    private void onlineReplyJudgedNextMonth(YearMonth month) {
        LocalDate d = nextWorkingDay(month.atDay(8), 0);
        at(d.atTime(9, 50), () -> {
            String id = receive(RECEIVER, Channel.ONLINE_FORUM, new Customer("孙丽", "13900002222", "6栋2单元1203"),
                    t("论坛反映：东门道闸经常抬不起来", "Forum: the east-gate barrier often fails to lift"),
                    FollowUpMethod.ONLINE);
            counter(0);
            classifyComplaint(id, ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD,
                    PropertyManagementCategory.LANDSCAPING, false);
            handle(id, d.atTime(10, 20), 1, FollowUpMethod.ONLINE, true, true, HANDLER_ZHAO);
        });
    }

    /** R-4.2.1b, R-4.2.4a: registered by the duty officer on a public holiday, handed over on the next working day. */
    private void holidayDutyRegistration(YearMonth month) {
        LocalDate holiday = firstHoliday(month);
        at(holiday.atTime(20, 15), () -> {
            String id = receive(DUTY_OFFICER, Channel.PHONE, customer(),
                    t("地下车库B2积水，车辆无法进出", "Water in the B2 car park; cars cannot get out"), FollowUpMethod.PHONE);
            counter(0);
            milestone(t("值班登记：" + holiday + "（法定节假日）20:15 由值班员 d-sun 登记 " + id,
                    "Duty registration on the public holiday " + holiday + " 20:15 by duty officer d-sun: " + id));
            at(holiday.atTime(20, 40), () -> ok(new RecordDutyHandling(DUTY_OFFICER, id, DutyAction.HANDLED,
                    t("已通知保安开启排水泵，设置警示", "Pumps started, warning signs put up"))));
            LocalDate next = calendar.nextWorkingDay(holiday);
            at(next.atTime(8, 35), () -> {
                ok(new HandOver(DUTY_OFFICER, id, RECEIVER.staffId()));
                milestone(t("交接：" + next + " 上班即移交受理人 r-wang", "Handed over to receiver r-wang on " + next));
                classifyComplaint(id, ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD,
                        PropertyManagementCategory.REPAIRS_FACILITIES, false);
            });
            handle(id, next.atTime(9, 10), 1, FollowUpMethod.PHONE, true, true, HANDLER_QIAN);
        });
    }

    /** R-4.2.2c, R-4.2.4b: a third party's fault with nothing on the company's side, confirmed invalid by the head. */
    private void invalidComplaint(YearMonth month) {
        LocalDate d = nextWorkingDay(month.atDay(11), 0);
        at(d.atTime(10, 5), () -> {
            String id = receive(RECEIVER, Channel.PHONE, customer(),
                    t("市政停水一天，要求物业赔偿", "A day of municipal water cut; wants compensation"), FollowUpMethod.PHONE);
            counter(0);
            classifyInvalid(id);
            at(clock.now().plusMinutes(50), () -> {
                ok(new ConfirmInvalid(HEAD, id));
                milestone(t("无效投诉：市政停水，部门负责人 h-li 确认签字 " + id,
                        "Invalid complaint (municipal water cut) confirmed by head h-li: " + id));
            });
        });
    }

    /**
     * R-4.3.1c, R-4.3.1f: a major complaint the head takes personally; the head decides it goes beyond the
     * centre and the receiver carries it to the GMD.
     */
    private void majorComplaintToGmd(YearMonth month) {
        LocalDate d = nextWorkingDay(month.atDay(13), 0);
        at(d.atTime(9, 20), () -> {
            String id = receive(RECEIVER, Channel.WALK_IN, customer(),
                    t("3号楼电梯困人40分钟，老人受惊送医", "Lift trapped residents for 40 minutes; an elderly man went to hospital"),
                    FollowUpMethod.HOME_VISIT);
            counter(0);
            classifyComplaint(id, ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD,
                    PropertyManagementCategory.REPAIRS_FACILITIES, true);
            at(d.atTime(9, 40), () -> ok(Assign.byHead(HEAD, id, HEAD.staffId())));
            at(d.atTime(10, 30), () -> ok(new Escalate(HEAD, id, t("涉及赔偿，超出处理人权限", "Compensation: beyond the handler"))));
            at(d.atTime(10, 45), () -> ok(new DecideEscalation(HEAD, id,
                    t("赔偿金额超出中心权限，负责人确定报综合管理部", "Compensation beyond the centre: the head decides it goes to the GMD"))));
            at(d.atTime(11, 0), () -> {
                ok(new Escalate(RECEIVER, id, t("经负责人确定，受理人转办理表报综合管理部", "As the head decided: the receiver sends the form to the GMD")));
                milestone(t("重大投诉：电梯困人，升级至综合管理部（时限改为7个工作日）" + id,
                        "Major complaint (trapped lift) escalated to the GMD (7-working-day limit): " + id));
            });
            LocalDate next = nextWorkingDay(d, 1);
            at(next.atTime(9, 30), () -> ok(Assign.byHead(GMD_HEAD, id, GMD_HEAD.staffId(), GMD_STAFF.staffId())));
            at(next.atTime(15, 0), () -> ok(RecordInvestigation.verifiedOnSite(GMD_STAFF, id, t("维保记录缺失一次", "One maintenance visit missed"),
                    t("维保单位管理不到位", "Contractor oversight"), t("全部楼栋电梯已复检", "All lifts re-inspected"))));
            LocalDate later = nextWorkingDay(d, 3);
            at(later.atTime(10, 0), () -> ok(new ProposeSolution(GMD_STAFF, id, t("赔付医疗费并更换维保单位", "Pay the medical costs, replace the contractor"))));
            at(later.atTime(14, 0), () -> ok(new ApproveSolution(GMD_HEAD, id)));
            LocalDate done = nextWorkingDay(d, 5);
            at(done.atTime(16, 0), () -> ok(new Complete(GMD_HEAD, id, t("已赔付并整改", "Paid and fixed"))));
            at(nextWorkingDay(done, 1).atTime(10, 0), () -> {
                ok(RecordFollowUp.by(RECEIVER, id, FollowUpMethod.HOME_VISIT).timely(SATISFIED).result(SATISFIED)
                        .attitude(SATISFIED).remarks(t("上门回访，家属满意", "Home visit: satisfied")));
                counter(2);
            });
        });
    }

    /** R-4.3.1d: the receiver transfers the form to engineering, who report progress as co-handlers. */
    private void crossDepartmentCase(YearMonth month) {
        LocalDate d = nextWorkingDay(month.atDay(15), 0);
        at(d.atTime(14, 10), () -> {
            String id = receive(RECEIVER, Channel.PHONE, customer(),
                    t("顶楼水箱渗漏，天花板发霉", "Roof tank leaking; mould on the ceiling"), FollowUpMethod.PHONE);
            counter(0);
            classifyComplaint(id, ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD,
                    PropertyManagementCategory.REPAIRS_FACILITIES, false);
            at(d.atTime(14, 40), () -> {
                ok(new AddCoHandling(RECEIVER, id, ENGINEERING, t("需工程部协办维修水箱", "Engineering to repair the tank")));
                milestone(t("跨部门：转工程部协办 " + id, "Cross-department: transferred to engineering for co-handling " + id));
            });
            at(nextWorkingDay(d, 1).atTime(11, 30), () -> ok(new ReportProgress(ENG_HANDLER, id,
                    t("工程部：已更换水箱密封圈", "Engineering: tank seal replaced"))));
            handle(id, d.atTime(15, 0), 2, FollowUpMethod.PHONE, true, true, HANDLER_ZHAO);
        });
    }

    /** R-4.4.2d: the customer is not satisfied at the follow-up; the case goes back for re-handling. */
    private void unsatisfiedFollowUp(YearMonth month) {
        LocalDate d = nextWorkingDay(month.atDay(19), 0);
        at(d.atTime(9, 45), () -> {
            String id = receive(RECEIVER, Channel.PHONE, customer(),
                    t("楼道声控灯坏了一周", "Stairwell lights broken for a week"), FollowUpMethod.PHONE);
            counter(0);
            classifyComplaint(id, ValidityGround.STAFF_EFFICIENCY,
                    PropertyManagementCategory.REPAIRS_FACILITIES, false);
            milestone(t("回访不满意将退回再处理：" + id, "An unsatisfied follow-up will send this back for re-handling: " + id));
            handle(id, d.atTime(10, 10), 1, FollowUpMethod.PHONE, false, true, HANDLER_ZHAO);
        });
    }

    /**
     * R-4.4.2d6: a complaint whose customer left no follow-up channel; the same kind recurs within
     * a month, so the recurrence check counts it unsatisfied and sends it back (and the head opens
     * corrective action, R-4.3.1b).
     */
    private void noChannelCaughtByRecurrence(YearMonth month) {
        LocalDate d = nextWorkingDay(month.atDay(7), 0);
        String[] first = new String[1];
        at(d.atTime(11, 0), () -> {
            first[0] = receive(RECEIVER, Channel.LETTER, new Customer(t("匿名", "Anonymous"), null, null),
                    t("匿名信：夜间垃圾清运噪音扰民", "Anonymous letter: night-time rubbish collection noise"), FollowUpMethod.NONE);
            counter(0);
            classifyComplaint(first[0], ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD,
                    PropertyManagementCategory.CLEANING_ENVIRONMENT, false);
            handle(first[0], d.atTime(11, 30), 1, FollowUpMethod.NONE, true, true, HANDLER_QIAN);
        });
        LocalDate again = nextWorkingDay(month.atDay(21), 0);
        at(again.atTime(9, 5), () -> {
            String id = receive(RECEIVER, Channel.PHONE, customer(),
                    t("又有垃圾车夜间作业吵醒孩子", "Rubbish truck at night woke the children again"), FollowUpMethod.PHONE);
            counter(0);
            classifyComplaint(id, ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD,
                    PropertyManagementCategory.CLEANING_ENVIRONMENT, false);
            handle(id, again.atTime(9, 30), 1, FollowUpMethod.PHONE, true, true, HANDLER_QIAN);
        });
        at(again.atTime(17, 0), () -> {
            // the desk applies the recurrence check: RecordFollowUp(RECURRENCE_CHECK, unsatisfied) per case sent back
            RecurrenceRun run = recorded(new RunRecurrenceCheck(RECEIVER, clock.instant()), RecurrenceRun.class);
            if (!run.refused().isEmpty()) {
                throw new IllegalStateException("recurrence follow-up refused: " + run.refused());
            }
            for (String caseId : run.sentBack()) {
                counter(1);
                counter(2);
                milestone(t("无回访渠道：同类再次发生，视为不满意并退回再处理 " + caseId,
                        "No follow-up channel: recurrence found, counted unsatisfied and sent back " + caseId));
                ok(new OpenCorrectiveAction(HEAD, caseId, t("夜间清运同类问题重复发生", "Recurring night-time collection noise")));
                LocalDate next = nextWorkingDay(clock.now().toLocalDate(), 1);
                at(next.atTime(10, 0), () -> ok(RecordInvestigation.verifiedOnSite(HANDLER_QIAN, caseId,
                        t("清运公司未执行时间约定", "Contractor ignored the agreed hours"), t("合同缺少时段条款", "No time clause in the contract"), t("其他小区同样存在", "Same at other estates"))));
                at(next.atTime(11, 0), () -> ok(new ProposeSolution(HANDLER_QIAN, caseId,
                        t("补签清运时段条款", "Add an hours clause to the contract"))));
                at(next.atTime(15, 0), () -> ok(new ApproveSolution(HEAD, caseId)));
                at(nextWorkingDay(next, 2).atTime(16, 0), () -> ok(new Complete(HEAD, caseId, t("已补签条款", "Clause signed"))));
            }
        });
    }

    /** –3: 2–3 visits per customer-service employee; one raises a suggestion; the supervisor checks. */
    private void customerVisits(YearMonth month) {
        int[] days = {8, 14, 20, 22, 27};
        String[] staff = {"r-wang", "cs-he", "r-wang", "cs-he", "r-wang"};
        for (int i = 0; i < days.length; i++) {
            LocalDate d = nextWorkingDay(month.atDay(days[i]), 0);
            String visitId = "V" + month.toString().replace("-", "") + "-" + (i + 1);
            String who = staff[i];
            boolean raises = i == 2;
            at(d.atTime(15, 0), () -> {
                CustomerData customer = customer().toData();
                List<String> opinions = new ArrayList<>();
                if (raises) {
                    Actor visitor = Actor.of(who, CENTRE, Role.RECEIVER);
                    String id = receive(visitor, Channel.CUSTOMER_VISIT, Customer.of(customer),
                            t("走访中业主建议增设电动车充电桩", "On a visit: add e-bike charging points"), FollowUpMethod.PHONE, visitId);
                    counter(0);
                    classifyAs(id, OpinionType.SUGGESTION, PropertyManagementCategory.PARKING_VEHICLES);
                    at(nextWorkingDay(d, 1).atTime(10, 0), () -> ok(new ReplyToSuggestion(RECEIVER, id,
                            t("已纳入充电桩改造计划", "Added to the charging-point plan"))));
                    opinions.add(id);
                }
                Actor visitor = who.equals(SUPERVISOR.staffId()) ? SUPERVISOR : Actor.of(who, CENTRE, Role.RECEIVER);
                CommandResult v = desk.submit(new LogVisit(visitor, new RecordVisit(visitId, who, CENTRE, d, customer,
                        t("走访了解服务感受", "Asked how the service feels"), opinions)));
                if (!v.isAccepted()) {
                    throw new IllegalStateException("visit rejected: " + v);
                }
                counter(3);
            });
        }
        LocalDate check = lastWorkingDay(month);
        at(check.atTime(10, 0), () -> {
            CommandResult checked = desk.submit(new CheckVisits(SUPERVISOR, CENTRE, month,
                    t("走访记录已检查", "Visits checked")));
            if (!checked.isAccepted()) {
                throw new IllegalStateException("visit check rejected: " + checked);
            }
            milestone(t("走访：本月 5 次，客服主管 cs-he 已检查", "Visits: 5 this month, checked by supervisor cs-he"));
        });
    }

    /** an opinion received on the last working day, still being handled at the month end. */
    private void carriedOver(YearMonth month) {
        LocalDate last = lastWorkingDay(month);
        at(last.atTime(15, 20), () -> {
            String id = receive(RECEIVER, Channel.PHONE, customer(),
                    t("地下车库照明不足", "Car park lighting too dim"), FollowUpMethod.PHONE);
            counter(0);
            classifyComplaint(id, ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD,
                    PropertyManagementCategory.PARKING_VEHICLES, false);
            at(last.atTime(16, 0), () -> ok(Assign.byHead(HEAD, id, HANDLER_ZHAO.staffId())));
        });
    }

    /** R-4.4.2d7: the head reviews the department's handling forms each week (first working day). */
    private void weeklyReviews(YearMonth month) {
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.MONDAY) {
                continue;
            }
            LocalDate monday = d;
            LocalDate day = calendar.isWorkingDay(d) ? d : calendar.nextWorkingDay(d);
            at(day.atTime(17, 0), () -> {
                CommandResult reviewed = desk.submit(new ReviewWeeklyForms(HEAD, CENTRE, monday,
                        perDay.getOrDefault(day, new int[4])[1], t("本周办理表已审阅", "Forms reviewed")));
                if (!reviewed.isAccepted()) {
                    throw new IllegalStateException("weekly review refused: " + reviewed);
                }
            });
        }
    }

    /** Submits a periodic action that must be recorded; returns what it recorded. */
    private <P extends PeriodResult> P recorded(Command command, Class<P> type) {
        CommandResult r = desk.submit(command);
        if (!(r instanceof CommandResult.Recorded recorded)) {
            throw new IllegalStateException(command.getClass().getSimpleName() + " refused: " + r);
        }
        return recorded.result(type);
    }

    /** Month end: archive the closed cases (the open ones go with next month) and file them. */
    private void monthEnd(YearMonth month) {
        clock.set(month.plusMonths(1).atDay(1).atTime(9, 0).atZone(zone).toInstant());
        // the centre's receiver archives the centre's batch; the GMD its company-level batch
        int batches = 0;
        int filed = 0;
        for (Actor archivist : List.of(RECEIVER, GMD_STAFF)) {
            ArchiveRun run = recorded(new ArchiveMonth(archivist, month), ArchiveRun.class);
            batches += run.batches().size();
            filed += run.filed().size();
        }
        long open;
        try (Stream<CaseSnapshot> s = storage.cases().stream(CaseQuery.open(), 200)) {
            open = s.count();
        }
        say(t("  月末归档：" + batches + " 个批次，" + filed + " 件归档，" + open + " 件转下月",
                "  Month-end archive: " + batches + " batch(es), " + filed + " filed, " + open + " carried over"));
    }

    // ------------------------------------------------------------------ agenda

    private void at(LocalDateTime when, Runnable action) {
        agenda.add(new Event(when.atZone(zone).toInstant(), sequence++, action));
    }

    private void runUntil(LocalDateTime end) {
        Instant stop = end.atZone(zone).toInstant();
        LocalDate printed = null;
        while (!agenda.isEmpty() && agenda.peek().at().isBefore(stop)) {
            Event e = agenda.poll();
            LocalDate day = LocalDate.ofInstant(e.at(), zone);
            if (printed != null && !day.equals(printed)) {
                progress(printed);
            }
            printed = day;
            clock.set(e.at());
            e.action().run();
        }
        if (printed != null) {
            progress(printed);
        }
    }

    private void progress(LocalDate day) {
        int[] c = perDay.get(day);
        if (c == null) {
            return;
        }
        String dow = english ? day.getDayOfWeek().toString().substring(0, 3)
                : "一二三四五六日".charAt(day.getDayOfWeek().getValue() - 1) + "";
        String note = calendar.isWorkingDay(day) ? "" : t("  (非工作日)", "  (day off)");
        out.printf(t("  %s 周%s  受理 %d  处理 %d 步  回访 %d  走访 %d%s%n", "  %s %s  received %d  steps %d  follow-ups %d  visits %d%s%n"),
                day, dow, c[0], c[1], c[2], c[3], note);
    }

    private void counter(int which) {
        perDay.computeIfAbsent(clock.now().toLocalDate(), d -> new int[4])[which]++;
    }

    private void milestone(String text) {
        out.println("    * " + text);
    }

    private void say(String text) {
        out.println(text);
    }

    // ------------------------------------------------------------------ desk helpers

    private String receive(Actor recorder, Channel channel, Customer customer, String summary, FollowUpMethod followUp) {
        return receive(recorder, channel, customer, summary, followUp, null);
    }

    private String receive(Actor recorder, Channel channel, Customer customer, String summary, FollowUpMethod followUp,
                           String visitId) {
        Instant now = clock.instant();
        ReceiveOpinion cmd = ReceiveOpinion.builder().recordedBy(recorder).idempotencyKey("QS-" + (++keys))
                .channel(channel).customer(customer).contentSummary(summary).routing(Routing.serviceCentre(CENTRE))
                .receivedAt(now)
                // R-4.2.5b: a reply agreed two days ahead by the customer's channel; a customer who leaves
                // no channel was asked and stated no preference.
                .replyAgreement(followUp == FollowUpMethod.NONE ? ReplyAgreement.noPreference()
                        : ReplyAgreement.agreed(now.plus(Duration.ofDays(2)), followUp))
                .followUpChannel(followUp).raisedOnVisit(visitId).build();
        return ((CommandResult.Accepted) ok(cmd)).caseId();
    }

    private void classifyComplaint(String id, ValidityGround ground, PropertyManagementCategory category,
                                   boolean major) {
        Classify complaint = Classify.complaint(RECEIVER, id, ground, category.name());
        ok(major ? complaint.asMajor() : complaint);
    }

    private void classifyAs(String id, OpinionType type, PropertyManagementCategory category) {
        ok(Classify.as(RECEIVER, id, type, category.name()));
    }

    private void classifyInvalid(String id) {
        ok(Classify.complaint(RECEIVER, id, ValidityGround.THIRD_PARTY_WITHOUT_COMPANY_PROBLEM,
                PropertyManagementCategory.OTHER.name()));
    }

    /** Submits a command the script expects to be accepted; anything else is a bug in the script. */
    private CommandResult ok(Command command) {
        CommandResult r = desk.submit(command);
        if (!r.isAccepted()) {
            throw new IllegalStateException(clock.now() + " " + command.getClass().getSimpleName() + " was not accepted: " + r);
        }
        if (!(command instanceof ReceiveOpinion)) {
            counter(1);
        }
        return r;
    }

    // ------------------------------------------------------------------ data

    private Customer customer() {
        String name = pick(SURNAMES) + pick(GIVEN) + (random.nextBoolean() ? pick(GIVEN) : "");
        String phone = "13" + (100000000 + random.nextInt(899999999));
        String address = (1 + random.nextInt(12)) + "栋" + (1 + random.nextInt(3)) + "单元" + (1 + random.nextInt(18))
                + "0" + (1 + random.nextInt(4));
        return new Customer(name, phone, address);
    }

    private String summary(OpinionType type, PropertyManagementCategory category) {
        Map<PropertyManagementCategory, String[]> texts = new LinkedHashMap<>();
        texts.put(PropertyManagementCategory.REPAIRS_FACILITIES, new String[] {"单元门禁失灵", "Entrance access control broken"});
        texts.put(PropertyManagementCategory.SECURITY, new String[] {"夜间巡逻不到位", "Night patrols missed"});
        texts.put(PropertyManagementCategory.CLEANING_ENVIRONMENT, new String[] {"垃圾桶满溢未清", "Bins overflowing"});
        texts.put(PropertyManagementCategory.LANDSCAPING, new String[] {"草坪久未修剪", "Lawn not mowed"});
        texts.put(PropertyManagementCategory.PARKING_VEHICLES, new String[] {"车位被外来车辆占用", "Parking space taken by outsiders"});
        texts.put(PropertyManagementCategory.FEES_BILLING, new String[] {"物业费账单有误", "Service-charge bill wrong"});
        texts.put(PropertyManagementCategory.STAFF_ATTITUDE, new String[] {"前台接待态度冷淡", "Front desk unfriendly"});
        texts.put(PropertyManagementCategory.DECORATION, new String[] {"邻居装修超时施工", "Neighbour renovating after hours"});
        texts.put(PropertyManagementCategory.NOISE_NEIGHBOURS, new String[] {"楼上噪音影响休息", "Noise from upstairs"});
        texts.put(PropertyManagementCategory.OTHER, new String[] {"快递柜位置不便", "Parcel lockers badly placed"});
        String[] s = texts.get(category);
        String prefix = switch (type) {
            case INQUIRY -> t("咨询：", "Inquiry: ");
            case SUGGESTION -> t("建议：", "Suggestion: ");
            case PRAISE -> t("表扬：保安师傅热心帮忙，", "Praise: the guard helped; ");
            case COMPLAINT -> "";
        };
        return prefix + (english ? s[1] : s[0]);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String t(String zh, String en) {
        return english ? en : zh;
    }

    private LocalDate nextWorkingDay(LocalDate from, int n) {
        if (n == 0) {
            return calendar.isWorkingDay(from) ? from : calendar.nextWorkingDay(from);
        }
        return calendar.plusWorkingDays(from, n);
    }

    private LocalDate lastWorkingDay(YearMonth month) {
        LocalDate d = month.atEndOfMonth();
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private LocalDate firstHoliday(YearMonth month) {
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d) && d.getDayOfWeek().getValue() <= 5) {
                return d;
            }
        }
        throw new IllegalStateException(month + " has no public holiday on a weekday");
    }
}

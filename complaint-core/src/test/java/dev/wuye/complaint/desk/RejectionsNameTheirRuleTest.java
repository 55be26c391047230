package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.cases.DutyAction;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseSnapshot;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rejection reason of the desk, the authority policies, the aggregate and the state chart:
 * each names its rule id, and a rejected command changes nothing (snapshot and audit trail identical).
 */
class RejectionsNameTheirRuleTest {

    private record Reason(String rule, String why, Function<DeskScenario, Command> setUp) {
    }

    private static List<Reason> reasons() {
        return List.of(
                // intake
                new Reason("R-4.2.1a", "an employee records in office hours without naming the receiver",
                        s -> s.opinion().recorder(EMPLOYEE_ZHOU).build()),
                new Reason("R-4.4.2c", "a recurrence check is not a channel a customer chooses",
                        s -> s.opinion().followUp(FollowUpMethod.RECURRENCE_CHECK).build()),
                new Reason("R-3.2", "a company-level opinion outside the GMD",
                        s -> s.opinion().level(AcceptingLevel.COMPANY).build()),
                new Reason("R-3.2", "the GMD accepting as a service centre",
                        s -> s.opinion().recorder(GMD_RECEIVER).department(GMD).build()),
                // state chart
                new Reason("R-4.2.4a", "hand over what is not a duty registration",
                        s -> new HandOver(DUTY_OFFICER_SUN, s.received(), RECEIVER.staffId())),
                new Reason("R-4.2.4b", "classify twice",
                        s -> new Classify(RECEIVER, s.validComplaint(FollowUpMethod.PHONE), OpinionType.INQUIRY, null, "OTHER", false)),
                new Reason("R-4.3.1e", "propose before the investigation is recorded",
                        s -> new ProposeSolution(HANDLER_ZHAO, s.investigating(FollowUpMethod.PHONE), "x")),
                new Reason("R-4.3.1f", "escalate beyond the general manager", s -> {
                    String id = s.investigating(FollowUpMethod.PHONE);
                    s.accept(new Escalate(HEAD, id, "1"));
                    s.accept(new DecideEscalation(HEAD, id, "部门处理不了"));
                    s.accept(new Escalate(RECEIVER, id, "2"));
                    s.accept(new Escalate(GMD_HEAD, id, "3"));
                    s.accept(new Escalate(MANAGEMENT_REP, id, "4"));
                    return new Escalate(GENERAL_MGR, id, "5");
                }),
                new Reason("R-4.4.2d5", "record an online follow-up without the director's approval",
                        s -> s.followUp(s.awaitingFollowUp(FollowUpMethod.ONLINE), FollowUpMethod.ONLINE, true)),
                new Reason("R-4.4.2c", "draft an online reply for a customer who chose phone",
                        s -> new DraftOnlineReply(RECEIVER, s.awaitingFollowUp(FollowUpMethod.PHONE), "x")),
                new Reason("R-4.2.2a", "answer a complaint as an inquiry",
                        s -> new AnswerInquiry(RECEIVER, s.validComplaint(FollowUpMethod.PHONE), "x")),
                new Reason("R-4.8.1", "archive an open case",
                        s -> new Archive(RECEIVER, s.investigating(FollowUpMethod.PHONE), null)),
                new Reason("R-4.8.1", "act on a filed case", s -> {
                    String id = s.received();
                    s.accept(new Classify(RECEIVER, id, OpinionType.PRAISE, null, "STAFF_ATTITUDE", false));
                    s.accept(new PassOnPraise(RECEIVER, id, "已转达"));
                    s.accept(new Archive(RECEIVER, id, null));
                    return new UpdateCustomer(RECEIVER, id, "x");
                }),
                new Reason("R-4.3.2c", "approve when nothing awaits approval",
                        s -> new ApproveSolution(HEAD, s.investigating(FollowUpMethod.PHONE))),
                // aggregate
                new Reason("R-4.2.2a", "a complaint without a validity ground",
                        s -> new Classify(RECEIVER, s.received(), OpinionType.COMPLAINT, null, "OTHER", false)),
                new Reason("R-4.2.2a", "a validity ground on an inquiry",
                        s -> new Classify(RECEIVER, s.received(), OpinionType.INQUIRY, ValidityGround.OTHER, "OTHER", false)),
                new Reason("R-4.3.1c", "a major praise",
                        s -> new Classify(RECEIVER, s.received(), OpinionType.PRAISE, null, "OTHER", true)),
                new Reason("R-4.3.1d", "co-handling by the handling department itself",
                        s -> new AddCoHandling(RECEIVER, s.investigating(FollowUpMethod.PHONE), C01, "x")),
                new Reason("R-4.3.1b", "open corrective action twice", s -> {
                    String id = s.investigating(FollowUpMethod.PHONE);
                    s.accept(new OpenCorrectiveAction(HEAD, id, "1"));
                    return new OpenCorrectiveAction(HEAD, id, "2");
                }),
                new Reason("R-4.4.2c", "follow up by a method the customer did not choose",
                        s -> s.followUp(s.awaitingFollowUp(FollowUpMethod.LETTER), FollowUpMethod.PHONE, true)),
                new Reason("R-4.4.2d6", "record 'no recurrence' before a month has passed",
                        s -> s.followUp(s.awaitingFollowUp(FollowUpMethod.NONE), FollowUpMethod.RECURRENCE_CHECK, true)),
                // authority
                new Reason("R-4.2.4a", "hand over by someone not on duty", s -> {
                    s.clock.set(java.time.LocalDateTime.of(2025, 3, 15, 2, 0));
                    String id = s.received(s.opinion().recorder(DUTY_OFFICER_SUN));
                    return new HandOver(RECEIVER, id, RECEIVER.staffId());
                }),
                new Reason("R-4.3.1g/h", "duty handling by a handler",
                        s -> new RecordDutyHandling(HANDLER_ZHAO, s.received(), DutyAction.HANDLED, "x")),
                new Reason("R-4.2.4b", "classification by another centre's receiver",
                        s -> new Classify(RECEIVER_C02, s.received(), OpinionType.INQUIRY, null, "OTHER", false)),
                new Reason("R-4.2.4b", "invalidity confirmed by the receiver", s -> {
                    String id = s.received();
                    s.accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.OTHER, "OTHER", false));
                    return new ConfirmInvalid(RECEIVER, id);
                }),
                new Reason("R-4.2.4b", "invalidity returned by a handler", s -> {
                    String id = s.received();
                    s.accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.OTHER, "OTHER", false));
                    return new ReturnForClassification(HANDLER_ZHAO, id, "x");
                }),
                new Reason("R-3.3", "an inquiry answered by a stranger", s -> {
                    String id = s.received();
                    s.accept(new Classify(RECEIVER, id, OpinionType.INQUIRY, null, "OTHER", false));
                    return new AnswerInquiry(EMPLOYEE_ZHOU, id, "x");
                }),
                new Reason("R-4.3.1a", "assignment by a handler",
                        s -> new Assign(HANDLER_ZHAO, s.validComplaint(FollowUpMethod.PHONE), List.of("x"), false)),
                new Reason("R-4.3.1c", "a major complaint assigned without the head among the handlers", s -> {
                    String id = s.received();
                    s.accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.STAFF_METHOD, "OTHER", true));
                    return new Assign(HEAD, id, List.of(HANDLER_ZHAO.staffId()), false);
                }),
                new Reason("R-4.3.1c", "a major complaint assigned by a delegated receiver", s -> {
                    String id = s.received();
                    s.accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.STAFF_METHOD, "OTHER", true));
                    return new Assign(RECEIVER, id, List.of(RECEIVER.staffId()), true);
                }),
                new Reason("R-4.3.1c", "delegation above handler level", s -> {
                    String id = s.validComplaint(FollowUpMethod.PHONE);
                    s.accept(new Escalate(HEAD, id, "1"));
                    return new Assign(RECEIVER, id, List.of(HANDLER_ZHAO.staffId()), true);
                }),
                new Reason("R-4.3.2a", "investigation by someone not assigned",
                        s -> new RecordInvestigation(HANDLER_QIAN, s.investigating(FollowUpMethod.PHONE), "f", true, "a", "s")),
                new Reason("R-4.3.1e", "a solution proposed by the receiver",
                        s -> new ProposeSolution(RECEIVER, s.investigating(FollowUpMethod.PHONE), "x")),
                new Reason("R-4.3.2c", "a solution approved by its handler",
                        s -> new ApproveSolution(HANDLER_ZHAO, s.awaitingApproval(FollowUpMethod.PHONE))),
                new Reason("R-4.3.1e", "a solution sent back by the receiver",
                        s -> new RejectSolution(RECEIVER, s.awaitingApproval(FollowUpMethod.PHONE), "x")),
                new Reason("R-4.3.1e", "a result signed by a handler",
                        s -> new Complete(HANDLER_ZHAO, s.executing(FollowUpMethod.PHONE), "x")),
                new Reason("R-4.3.1f", "escalation by a stranger",
                        s -> new Escalate(EMPLOYEE_ZHOU, s.investigating(FollowUpMethod.PHONE), "x")),
                new Reason("R-4.3.1d", "co-handling transfer by a handler",
                        s -> new AddCoHandling(HANDLER_ZHAO, s.investigating(FollowUpMethod.PHONE), C02, "x")),
                new Reason("R-4.3.1b", "corrective action opened by a handler",
                        s -> new OpenCorrectiveAction(HANDLER_ZHAO, s.investigating(FollowUpMethod.PHONE), "x")),
                new Reason("R-4.4.1a", "progress reported by a stranger",
                        s -> new ReportProgress(EMPLOYEE_ZHOU, s.investigating(FollowUpMethod.PHONE), "x")),
                new Reason("R-4.4.1b", "the customer updated by a handler",
                        s -> new UpdateCustomer(HANDLER_ZHAO, s.investigating(FollowUpMethod.PHONE), "x")),
                new Reason("R-4.4.2b", "a follow-up by the head",
                        s -> s.followUpBy(HEAD, s.awaitingFollowUp(FollowUpMethod.PHONE))),
                new Reason("R-4.4.2d5", "an online reply drafted by a handler",
                        s -> new DraftOnlineReply(HANDLER_ZHAO, s.awaitingFollowUp(FollowUpMethod.ONLINE), "x")),
                new Reason("R-4.4.2d5", "an online reply approved by a head who is not the centre director", s -> {
                    String id = s.awaitingFollowUp(FollowUpMethod.ONLINE);
                    s.accept(new DraftOnlineReply(RECEIVER, id, "x"));
                    return new ApproveOnlineReply(DEPUTY_HEAD, id);
                }),
                new Reason("R-4.4.2d5", "an online reply sent back by the receiver", s -> {
                    String id = s.awaitingFollowUp(FollowUpMethod.ONLINE);
                    s.accept(new DraftOnlineReply(RECEIVER, id, "x"));
                    return new RejectOnlineReply(RECEIVER, id, "x");
                }),
                new Reason("R-3.3", "a centre's case archived by a handler", s -> {
                    String id = s.received();
                    s.accept(new Classify(RECEIVER, id, OpinionType.INQUIRY, null, "OTHER", false));
                    s.accept(new AnswerInquiry(RECEIVER, id, "x"));
                    return new Archive(HANDLER_ZHAO, id, null);
                }),
                new Reason("R-4.8.4", "a company-level case archived by a centre's receiver", s -> {
                    String id = s.received(s.opinion().recorder(GMD_RECEIVER).department(GMD).level(AcceptingLevel.COMPANY));
                    s.accept(new Classify(GMD_RECEIVER, id, OpinionType.INQUIRY, null, "OTHER", false));
                    s.accept(new AnswerInquiry(GMD_RECEIVER, id, "x"));
                    return new Archive(RECEIVER, id, null);
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyRejectionNamesItsRuleAndChangesNothing() {
        return reasons().stream().map(reason -> DynamicTest.dynamicTest(reason.rule() + " " + reason.why(), () -> {
            DeskScenario s = new DeskScenario() { };
            Command command = reason.setUp().apply(s);
            Optional<CaseSnapshot> before = command instanceof CaseCommand c ? s.desk.find(c.caseId())
                    : Optional.empty();
            List<AuditEntry> auditBefore = command instanceof CaseCommand c ? s.desk.auditTrail(c.caseId())
                    : List.of();
            int eventsBefore = s.events.size();

            CommandResult result = s.desk.submit(command);

            assertThat(result).isInstanceOfSatisfying(CommandResult.Rejected.class, r -> {
                assertThat(r.ruleId()).isEqualTo(reason.rule());
                assertThat(r.toString()).startsWith(reason.rule() + ": ");
                assertThat(r.message()).isNotBlank();
            });
            if (command instanceof CaseCommand c) {
                assertThat(s.desk.find(c.caseId())).isEqualTo(before);
                assertThat(s.desk.auditTrail(c.caseId())).isEqualTo(auditBefore);
            } else {
                assertThat(s.storage.cases().findByIdempotencyKey(((ReceiveOpinion) command).idempotencyKey()))
                        .isEmpty();
            }
            assertThat(s.events).hasSize(eventsBefore);
        }));
    }
}

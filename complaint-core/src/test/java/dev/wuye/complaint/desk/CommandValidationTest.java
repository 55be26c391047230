package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Jakarta Validation at the desk: field-level messages in Chinese and English; nothing is stored. */
class CommandValidationTest extends DeskScenario {

    private CommandResult.Invalid invalid(ComplaintDesk d, Command c) {
        CommandResult r = d.submit(c);
        assertThat(r).isInstanceOf(CommandResult.Invalid.class);
        return (CommandResult.Invalid) r;
    }

    private ReceiveOpinion badOpinion() {
        return opinion().summary(" ").channel(null).customer(new Customer("张三丰", "138-1234-5678x", "3栋2单元501")).build();
    }

    @Test
    @DisplayName("validation: English messages name each bad field; nothing is stored")
    void englishMessages() {
        CommandResult.Invalid r = invalid(desk, badOpinion());

        assertThat(r.violations()).extracting(CommandResult.FieldViolation::field, CommandResult.FieldViolation::message)
                .containsExactly(
                        tuple("channel", "channel (channel) is required"),
                        tuple("contentSummary", "content summary (contentSummary) is required"),
                        tuple("customer.phone", "customer phone (customer.phone) may contain only digits, spaces, + and -"));
        assertThat(storage.cases().findByIdempotencyKey("key-1")).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    @DisplayName("validation: a receipt time after the desk's clock is invalid, judged by each desk's own clock")
    void receivedAtJudgedByEachDesksClock() {
        java.time.Instant now = clock.instant();
        ComplaintDesk dayBefore = ComplaintDesk.builder().storage(new dev.wuye.complaint.store.InMemoryStorage())
                .clock(java.time.Clock.fixed(now.minus(Duration.ofDays(1)), java.time.ZoneOffset.UTC)).build();
        ReceiveOpinion inAnHour = opinion().receivedAt(now.plus(Duration.ofHours(1))).build();
        ReceiveOpinion anHourAgo = opinion().receivedAt(now.minus(Duration.ofHours(1))).build();

        for (int i = 0; i < 3; i++) {
            assertThat(invalid(desk, inAnHour).violations()).extracting(CommandResult.FieldViolation::field,
                    CommandResult.FieldViolation::template).containsExactly(tuple("receivedAt", "{wuye.receivedAt.future}"));
            assertThat(invalid(dayBefore, anHourAgo).violations()).extracting(CommandResult.FieldViolation::field)
                    .containsExactly("receivedAt");
        }
        assertThat(desk.submit(anHourAgo)).isInstanceOf(CommandResult.Accepted.class);
        clock.advance(Duration.ofHours(2));
        assertThat(desk.submit(inAnHour)).isInstanceOf(CommandResult.Accepted.class);
    }

    @Test
    @DisplayName("validation: Chinese messages name each bad field")
    void chineseMessages() {
        CommandResult.Invalid r = invalid(desk, badOpinion());

        assertThat(r.violations()).extracting(v -> v.message(Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "受理渠道（channel）不能为空",
                "内容提要（contentSummary）不能为空",
                "客户电话（customer.phone）只能包含数字、空格、+ 和 -");
    }

    @Test
    @DisplayName("validation: the rejected value of customer data is masked")
    void customerValueMasked() {
        CommandResult.Invalid r = invalid(desk, badOpinion());

        assertThat(r.violations()).filteredOn(v -> v.field().equals("customer.phone")).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo("138*******678x").doesNotContain("1234"));
    }

    @Test
    @DisplayName("validation: size limits name the field and the limit, in both languages")
    void sizeLimit() {
        ReceiveOpinion tooLong = opinion().summary("很".repeat(2001)).build();

        assertThat(invalid(desk, tooLong).violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("contentSummary");
            assertThat(v.message()).isEqualTo("content summary (contentSummary) must be at most 2000 characters");
        });
        assertThat(invalid(desk, tooLong).violations()).singleElement()
                .satisfies(v -> assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("内容提要（contentSummary）不能超过2000个字符"));
    }

    @Test
    @DisplayName("validation: the actor is validated too (staff id, roles, department)")
    void actorValidated() {
        Actor nobody = new Actor(" ", Set.of(), "");
        CommandResult.Invalid r = invalid(desk, new ApproveSolution(nobody, "CASE0001"));

        assertThat(r.violations()).extracting(CommandResult.FieldViolation::field)
                .containsExactly("actor.department", "actor.roles", "actor.staffId");
        assertThat(r.violations()).extracting(CommandResult.FieldViolation::message)
                .allSatisfy(m -> assertThat(m).contains("(actor."));
    }

    @Test
    @DisplayName("validation: a case command needs its case id, and an unknown case id is reported on that field")
    void caseIdRequiredAndKnown() {
        assertThat(invalid(desk, new ApproveSolution(HEAD, "")).violations())
                .extracting(v -> v.message(Locale.SIMPLIFIED_CHINESE)).containsExactly("案件编号（caseId）不能为空");
        assertThat(invalid(desk, new ApproveSolution(HEAD, "NOPE")).violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("caseId");
                    assertThat(v.message()).isEqualTo("case id (caseId): no case has this id");
                    assertThat(v.value()).isEqualTo("NOPE");
                });
    }

    @Test
    @DisplayName("validation: an assignment needs at least one handler")
    void handlersRequired() {
        String id = validComplaint(FollowUpMethod.PHONE);
        CommandResult.Invalid r = invalid(desk, new Assign(HEAD, id, List.of(), false));

        assertThat(r.violations()).extracting(CommandResult.FieldViolation::message)
                .containsExactly("handlers (handlerIds) is required");
        assertThat(desk.auditTrail(id)).hasSize(2);
    }

    @Test
    @DisplayName("validation: a received-at time in the future (by the desk's clock) is invalid")
    void receivedInFuture() {
        ReceiveOpinion future = opinion().receivedAt(clock.instant().plus(Duration.ofHours(1))).build();

        assertThat(invalid(desk, future).violations()).extracting(CommandResult.FieldViolation::field)
                .containsExactly("receivedAt");
    }

    @Test
    @DisplayName("validation: the routing's fields are reported under routing (department, accepting level)")
    void routingValidated() {
        ReceiveOpinion noDepartment = opinion().department(" ").level(null).build();

        assertThat(invalid(newDesk(), noDepartment).violations())
                .extracting(CommandResult.FieldViolation::field, v -> v.message(Locale.ENGLISH))
                .containsExactly(
                        tuple("routing.acceptingLevel", "accepting level (routing.acceptingLevel) is required"),
                        tuple("routing.department", "department (routing.department) is required"));
        assertThat(invalid(newDesk(), noDepartment).violations())
                .extracting(v -> v.message(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("受理层级（routing.acceptingLevel）不能为空", "部门（routing.department）不能为空");
    }

    @Test
    @DisplayName("R-4.4.2d validation: the result question of a follow-up is always answered")
    void followUpResultAnswered() {
        String id = awaitingFollowUp(FollowUpMethod.PHONE);
        RecordFollowUp notAsked = RecordFollowUp.by(RECEIVER, id, FollowUpMethod.PHONE)
                .result(Satisfaction.NOT_ASKED).build();

        assertThat(invalid(newDesk(), notAsked).violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("resultAnswered");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo(
                    "satisfied with the result (resultSatisfied) must be answered: SATISFIED or UNSATISFIED");
        });
        assertThat(invalid(newDesk(), RecordFollowUp.by(RECEIVER, id, FollowUpMethod.PHONE).build())
                .violations()).extracting(CommandResult.FieldViolation::field).containsExactly("resultSatisfied");
        assertThat(stored(id).followUps()).isEmpty();
    }
}

package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.Validity;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.CaseSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Classification (定性): R-4.2.2a–c, R-4.2.4b. */
class ClassificationScenariosTest extends DeskScenario {

    @ParameterizedTest
    @EnumSource(value = ValidityGround.class, names = {"COMPANY_RESPONSIBLE_BELOW_STANDARD", "STAFF_ATTITUDE",
            "STAFF_EFFICIENCY", "STAFF_METHOD"})
    @DisplayName("R-4.2.2a a complaint the company is responsible for, or caused by staff attitude, efficiency or method, is valid")
    void validGrounds(ValidityGround ground) {
        String id = received();
        accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ground, "STAFF_ATTITUDE", false));

        CaseSnapshot s = stored(id);
        assertThat(s.validity()).isEqualTo("VALID");
        assertThat(s.validityGround()).isEqualTo(ground.name());
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_ASSIGNMENT);
    }

    @ParameterizedTest
    @EnumSource(OpinionType.class)
    @DisplayName("R-4.2.2a an opinion is an inquiry, suggestion, complaint or praise")
    void fourTypes(OpinionType type) {
        String id = received();
        ValidityGround ground = type == OpinionType.COMPLAINT ? ValidityGround.STAFF_METHOD : null;
        accept(new Classify(RECEIVER, id, type, ground, "OTHER", false));

        assertThat(stored(id).type()).isEqualTo(type.name());
        assertThat(stored(id).category()).isEqualTo("OTHER");
    }

    @Test
    @DisplayName("R-4.2.2a a complaint must be classified with its validity ground")
    void complaintNeedsGround() {
        String id = received();
        assertThat(reject(new Classify(RECEIVER, id, OpinionType.COMPLAINT, null, "STAFF_ATTITUDE", false)).ruleId())
                .isEqualTo("R-4.2.2a");
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_CLASSIFICATION);
    }

    @Test
    @DisplayName("R-4.2.2b every other complaint is invalid and needs the head's confirmation")
    void otherIsInvalid() {
        String id = received();
        accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.OTHER, "STAFF_ATTITUDE", false));

        assertThat(stored(id).validity()).isEqualTo(Validity.INVALID.name());
        assertThat(stored(id).recordNumber()).isNull();
        assertThat(state(id)).isEqualTo(LifecycleState.INVALID_AWAITING_CONFIRMATION);
    }

    @Test
    @DisplayName("R-4.2.2c a third-party complaint is valid if a company-side problem is found, invalid otherwise")
    void thirdParty() {
        String withProblem = received();
        String without = received();
        accept(new Classify(RECEIVER, withProblem, OpinionType.COMPLAINT,
                ValidityGround.THIRD_PARTY_WITH_COMPANY_PROBLEM, "OTHER", false));
        accept(new Classify(RECEIVER, without, OpinionType.COMPLAINT,
                ValidityGround.THIRD_PARTY_WITHOUT_COMPANY_PROBLEM, "OTHER", false));

        assertThat(stored(withProblem).validity()).isEqualTo("VALID");
        assertThat(stored(without).validity()).isEqualTo("INVALID");
        assertThat(ValidityGround.THIRD_PARTY_WITH_COMPANY_PROBLEM.ruleId()).isEqualTo("R-4.2.2c");
    }

    @Test
    @DisplayName("R-4.2.4b the receiver decides the nature; a valid complaint gets a record number <dept>-<yyyyMM>-<case id>")
    void validGetsRecordNumber() {
        String id = received();
        accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.STAFF_ATTITUDE, "STAFF_ATTITUDE", true));

        assertThat(stored(id).recordNumber()).isEqualTo("C01-202503-" + id);
        assertThat(stored(id).major()).isTrue();
        assertThat(events).last().isInstanceOfSatisfying(CaseEvent.Classified.class,
                e -> assertThat(e.recordNumber()).isEqualTo(stored(id).recordNumber()));
    }

    @Test
    @DisplayName("R-4.2.4b only the receiver classifies")
    void onlyReceiverClassifies() {
        String id = received();
        CommandResult.Rejected byHandler = reject(new Classify(HANDLER_ZHAO, id, OpinionType.INQUIRY, null, "OTHER", false));
        CommandResult.Rejected byOtherCentre = reject(new Classify(RECEIVER_C02, id, OpinionType.INQUIRY, null, "OTHER", false));

        assertThat(byHandler.ruleId()).isEqualTo("R-4.2.4b");
        assertThat(byOtherCentre.ruleId()).isEqualTo("R-4.2.4b");
        assertThat(desk.auditTrail(id)).hasSize(1);
    }

    @Test
    @DisplayName("R-4.2.4b an invalid complaint is confirmed and signed by the head, which closes it")
    void headConfirmsInvalid() {
        String id = received();
        accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.OTHER, "STAFF_ATTITUDE", false));

        assertThat(reject(new ConfirmInvalid(RECEIVER, id)).ruleId()).isEqualTo("R-4.2.4b");
        accept(new ConfirmInvalid(HEAD, id));

        assertThat(state(id)).isEqualTo(LifecycleState.CLOSED);
        assertThat(stored(id).invalidConfirmedBy()).isEqualTo(HEAD.staffId());
        assertThat(stored(id).closure()).isEqualTo("INVALID_CONFIRMED");
        assertThat(stored(id).closedAt()).isEqualTo(clock.instant());
    }

    @Test
    @DisplayName("R-4.2.4b the head may return an invalid classification; the receiver classifies again")
    void headReturnsForClassification() {
        String id = received();
        accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.OTHER, "STAFF_ATTITUDE", false));
        accept(new ReturnForClassification(HEAD, id, "保洁员确有推诿，应为有效投诉"));
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_CLASSIFICATION);
        assertThat(stored(id).type()).isNull();

        accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.STAFF_METHOD, "STAFF_ATTITUDE", false));
        assertThat(stored(id).recordNumber()).isNotNull();
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_ASSIGNMENT);
    }

    @Test
    @DisplayName("R-4.2.2a short paths: an inquiry is answered, a suggestion replied to, praise passed on — each closes the case")
    void shortPaths() {
        String inquiry = received();
        String suggestion = received();
        String praise = received();
        accept(new Classify(RECEIVER, inquiry, OpinionType.INQUIRY, null, "FEES_BILLING", false));
        accept(new Classify(RECEIVER, suggestion, OpinionType.SUGGESTION, null, "LANDSCAPING", false));
        accept(new Classify(RECEIVER, praise, OpinionType.PRAISE, null, "STAFF_ATTITUDE", false));

        assertThat(reject(new ReplyToSuggestion(RECEIVER, inquiry, "x")).ruleId()).isEqualTo("R-4.2.2a");
        accept(new AnswerInquiry(RECEIVER, inquiry, "物业费按季度缴纳"));
        accept(new ReplyToSuggestion(HEAD, suggestion, "已列入明年绿化计划"));
        accept(new PassOnPraise(RECEIVER, praise, "已在班前会转达给保安小刘"));

        assertThat(stored(inquiry).closure()).isEqualTo("INQUIRY_ANSWERED");
        assertThat(stored(suggestion).closure()).isEqualTo("SUGGESTION_REPLIED");
        assertThat(stored(praise).closure()).isEqualTo("PRAISE_PASSED_ON");
        assertThat(state(inquiry)).isEqualTo(LifecycleState.CLOSED);
        assertThat(state(praise)).isEqualTo(LifecycleState.CLOSED);
    }
}

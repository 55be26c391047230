package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import static dev.wuye.complaint.desk.Satisfaction.SATISFIED;
import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * R-4.2.3b the receiver records the customer's details as told: input a receiver would never write
 * down — a name of spaces, a "phone number" that is none, a blank remark — is invalid at the desk,
 * named by field, shown masked, in English and Chinese; nothing is stored. A customer name of spaces
 * is refused, not taken for anonymous (anonymous is a name left out).
 */
class IntakeInputScenariosTest extends DeskScenario {

    private CommandResult.FieldViolation onlyViolation(Command c) {
        CommandResult r = desk.submit(c);
        assertThat(r).isInstanceOf(CommandResult.Invalid.class);
        return ((CommandResult.Invalid) r).violations().get(0);
    }

    private ReceiveOpinion withPhone(String phone) {
        return opinion().customer(new Customer("张三丰", phone, "3栋2单元501")).build();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"13812345678", "138-1234-5678", "138 1234 5678", "19912345678", "010-12345678",
            "01012345678", "0755-12345678", "0755 1234 5678", "021-12345678", "+85291234567", "+86 138 1234 5678",
            "+1 650 253 0000", "14712345678", "17012345678", "028-85123456", "0571-87654321"})
    @DisplayName("R-4.2.3b a mainland mobile, a landline with its area code or a +CC number is a phone number (dashes and spaces allowed)")
    void phoneNumbersAccepted(String phone) {
        assertThat(desk.submit(withPhone(phone))).isInstanceOf(CommandResult.Accepted.class);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"1234", "12345678901", "1381234567", "138123456789", "0755-1234567",
            "010-1234567", "+", "--", "138+12345678", "10086", "12012345678", "14012345678"})
    @DisplayName("R-4.2.3b digits that are no phone number (too short, too long, no area code, no digits, an unassigned prefix) are invalid on customer.phone")
    void notPhoneNumbersRefused(String phone) {
        CommandResult.FieldViolation v = onlyViolation(withPhone(phone));
        assertThat(v.field()).isEqualTo("customer.phone");
        assertThat(v.template()).isEqualTo("{wuye.customer.phone.invalid}");
        assertThat(storage.cases().findByIdempotencyKey("C01/key-1")).isEmpty();
    }

    @Test
    @DisplayName("R-4.2.3b a phone number that is no phone number is refused naming field, masked value and rule, in English and Chinese")
    void phoneRefusalNamesFieldValueAndRule() {
        CommandResult.FieldViolation v = onlyViolation(withPhone("1234"));
        assertThat(v.value()).isEqualTo("**34");
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("R-4.2.3b: customer phone (customer.phone) \"**34\" is not a "
                + "phone number: a mainland mobile (11 digits, 13 to 19), a landline with its area code (010-12345678) "
                + "or +country code (+85291234567)");
        assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("R-4.2.3b：客户电话（customer.phone）“**34”不是电话号码："
                + "应为大陆手机号（11位，13至19开头）、带区号的固定电话（010-12345678）或 +国家代码 的国际号码（+85291234567）");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "   ", "\u3000"})
    @DisplayName("R-4.2.3b a phone number that is blank is refused once, as blank, on customer.phone")
    void blankPhoneRefusedOnce(String phone) {
        CommandResult r = desk.submit(withPhone(phone));
        assertThat(r).isInstanceOf(CommandResult.Invalid.class);
        assertThat(((CommandResult.Invalid) r).violations()).singleElement()
                .extracting(CommandResult.FieldViolation::field, CommandResult.FieldViolation::template)
                .containsExactly("customer.phone", "{wuye.text.blank}");
    }

    @Test
    @DisplayName("R-4.2.3b letters in a phone number keep the character rule's message")
    void lettersInPhone() {
        CommandResult.FieldViolation v = onlyViolation(withPhone("abc"));
        assertThat(tuple(v.field(), v.template(), v.value()))
                .isEqualTo(tuple("customer.phone", "{wuye.customer.phone.pattern}", "*bc"));
    }

    @Test
    @DisplayName("R-4.2.3b a customer name of spaces is refused on customer.name, not taken for anonymous; no name (null) is an anonymous opinion")
    void blankNameRefusedNullNameAnonymous() {
        CommandResult.FieldViolation v = onlyViolation(opinion().customer(new Customer("   ", "13812345678", "3栋")).build());
        assertThat(tuple(v.field(), v.template(), v.value()))
                .isEqualTo(tuple("customer.name", "{wuye.customer.name.blank}", " **"));
        assertThat(onlyViolation(opinion().customer(new Customer("\u3000\u3000", null, null)).build()).template())
                .as("ideographic spaces are blank too").isEqualTo("{wuye.customer.name.blank}");
        assertThat(v.message(Locale.ENGLISH)).startsWith("R-4.2.3b: customer name (customer.name) \" **\" is blank");
        assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).startsWith("R-4.2.3b：客户姓名（customer.name）“ **”为空白");

        assertThat(desk.submit(opinion().customer(new Customer(null, null, null)).build()))
                .isInstanceOf(CommandResult.Accepted.class);
    }

    @Test
    @DisplayName("R-4.2.3b required texts of spaces only are invalid (@NotBlank): the content summary")
    void requiredTextOfSpaces() {
        CommandResult.FieldViolation v = onlyViolation(opinion().summary("   ").build());
        assertThat(tuple(v.field(), v.template())).isEqualTo(tuple("contentSummary", "{wuye.contentSummary.required}"));
        assertThat(onlyViolation(new ProposeSolution(RECEIVER, "c-1", " \t ")).field()).isEqualTo("solution");
    }

    @Test
    @DisplayName("R-4.2.3b every text blank after trimming is invalid: optional texts given as spaces only are invalid, left out (null) they are fine")
    void optionalTextsOfSpaces() {
        assertThat(onlyViolation(opinion().visit("   ").build()).template()).isEqualTo("{wuye.text.blank}");
        CommandResult.FieldViolation remarks = onlyViolation(RecordFollowUp.by(RECEIVER, "c-1", FollowUpMethod.PHONE)
                .timely(SATISFIED).result(SATISFIED).attitude(SATISFIED).remarks("   "));
        assertThat(tuple(remarks.field(), remarks.value(), remarks.message(Locale.ENGLISH)))
                .isEqualTo(tuple("remarks", "   ", "remarks \"   \" is blank: give text or leave it out (null)"));
        assertThat(remarks.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("remarks“   ”为空白：请填写内容，或不填（null）");
        CommandResult batch = desk.submit(Archive.inBatch(RECEIVER, "c-1", " "));
        assertThat(((CommandResult.Invalid) batch).violations())
                .extracting(CommandResult.FieldViolation::field, CommandResult.FieldViolation::template)
                .containsExactly(tuple("archiveBatchId", "{wuye.archiveBatchId.pattern}"),
                        tuple("archiveBatchId", "{wuye.text.blank}"));
        assertThat(onlyViolation(new CheckVisits(SUPERVISOR, C01, YearMonth.of(2025, 3), "  ")).field()).isEqualTo("remarks");
        assertThat(onlyViolation(new ReviewWeeklyForms(HEAD, C01, LocalDate.of(2025, 3, 12), 3, "")).field())
                .isEqualTo("remarks");
        assertThat(onlyViolation(new SubmitMonthlyTable(HEAD, " ", YearMonth.of(2025, 3), "总结")).template())
                .isEqualTo("{wuye.text.blank}");
        assertThat(onlyViolation(new SubmitMonthlyTable(HEAD, C01, YearMonth.of(2025, 2), "\t")).field())
                .isEqualTo("summary");
        CommandResult complete = desk.submit(new Complete(HEAD, "c-1", "\u00A0\u3000"));
        assertThat(((CommandResult.Invalid) complete).violations())
                .as("a required text of no-break and ideographic spaces passes @NotBlank and is refused as blank, once")
                .extracting(CommandResult.FieldViolation::field, CommandResult.FieldViolation::template)
                .containsExactly(tuple("result", "{wuye.text.blank}"));
        assertThat(((CommandResult.Invalid) desk.submit(new Complete(HEAD, "c-1", "\u3000"))).violations())
                .as("blank by @NotBlank's own measure: refused once, by @NotBlank")
                .extracting(CommandResult.FieldViolation::template).containsExactly("{wuye.result.required}");
    }
}

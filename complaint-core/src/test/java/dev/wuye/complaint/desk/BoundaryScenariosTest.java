package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.store.InMemoryStorage;
import dev.wuye.complaint.visit.RecordVisit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.wuye.complaint.desk.Satisfaction.SATISFIED;
import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The library's boundary (B-1 to B-5 in docs/rules.md): values no receiver would write down and no
 * store keeps faithfully are invalid at the desk, whatever the host — each refused naming the field,
 * the value (shortened, escaped) and the limit, in English and Chinese, and nothing is stored.
 *
 * <p>The desk's clock stands at Monday 10 March 2025, 10:00 in Shanghai = 2025-03-10T02:00:00Z; the
 * default window starts on 2000-01-01 in Shanghai = 1999-12-31T16:00:00Z and allows five minutes of
 * clock skew, so the latest reception is 2025-03-10T02:05:00Z and the latest date a command may name
 * is 2026-03-10.
 */
class BoundaryScenariosTest extends DeskScenario {

    private CommandResult.Invalid invalid(Command c) {
        CommandResult r = desk.submit(c);
        assertThat(r).as("%s", c.getClass().getSimpleName()).isInstanceOf(CommandResult.Invalid.class);
        return (CommandResult.Invalid) r;
    }

    private CommandResult.FieldViolation onlyViolation(Command c) {
        return invalid(c).violations().stream().collect(java.util.stream.Collectors.collectingAndThen(
                java.util.stream.Collectors.toList(), l -> {
                    assertThat(l).hasSize(1);
                    return l.get(0);
                }));
    }

    private CommandResult.FieldViolation violationOn(Command c, String field) {
        return invalid(c).violations().stream().filter(v -> v.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no violation on " + field + " in " + desk.submit(c)));
    }

    @Nested
    @DisplayName("B-1 instants and dates lie in the desk's window")
    class Instants {

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"-999999999-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "1900-01-01T00:00:00Z",
                "1970-01-01T00:00:00Z", "1999-12-31T15:59:59Z"})
        @DisplayName("B-1 a reception before the earliest date (2000-01-01 in the desk's zone) is invalid on receivedAt, naming value and limit")
        void receptionBeforeTheEarliestDate(String at) {
            CommandResult.FieldViolation v = onlyViolation(opinion().receivedAt(Instant.parse(at)).build());
            assertThat(tuple(v.field(), v.template(), v.value()))
                    .isEqualTo(tuple("receivedAt", "{wuye.receivedAt.tooEarly}", at));
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("received-at time (receivedAt) \"" + at
                    + "\" is before 1999-12-31T16:00:00Z, the earliest this desk accepts");
            assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("受理时间（receivedAt）“" + at
                    + "”早于本服务台接受的最早时间 1999-12-31T16:00:00Z");
            assertThat(storage.cases().findByIdempotencyKey("C01/key-1")).isEmpty();
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"2025-03-10T02:05:01Z", "2026-01-01T00:00:00Z", "+999999999-12-31T23:59:59.999999999Z"})
        @DisplayName("B-1 a reception later than the desk's clock plus five minutes is invalid on receivedAt, naming value and limit")
        void receptionInTheFuture(String at) {
            CommandResult.FieldViolation v = violationOn(opinion().receivedAt(Instant.parse(at)).build(), "receivedAt");
            assertThat(tuple(v.template(), v.value())).isEqualTo(tuple("{wuye.receivedAt.future}", at));
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("received-at time (receivedAt) \"" + at
                    + "\" is in the future: at the latest 2025-03-10T02:05:00Z (the desk's clock plus PT5M)");
            assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("受理时间（receivedAt）“" + at
                    + "”在将来：最晚为 2025-03-10T02:05:00Z（服务台时钟加 PT5M）");
        }

        @Test
        @DisplayName("B-1 the window's edges are inside: 2000-01-01 00:00 Shanghai and the clock plus five minutes are accepted")
        void edgesAccepted() {
            assertThat(desk.submit(opinion().receivedAt(Instant.parse("2025-03-10T02:05:00Z")).build()))
                    .isInstanceOf(CommandResult.Accepted.class);
            assertThat(desk.submit(opinion().receivedAt(Instant.parse("1999-12-31T16:00:00Z")).build()))
                    .isInstanceOf(CommandResult.Accepted.class);
        }

        @Test
        @DisplayName("B-1 the earliest date is configurable: a desk from 1990 accepts a reception of 1995 that the default desk refuses")
        void earliestDateConfigurable() {
            Instant in1995 = Instant.parse("1995-06-01T02:00:00Z");
            assertThat(desk.submit(opinion().receivedAt(in1995).build())).isInstanceOf(CommandResult.Invalid.class);
            ComplaintDesk from1990 = ComplaintDesk.builder().storage(new InMemoryStorage()).clock(clock)
                    .calendar(WorkingDayCalendar.chinaMainland())
                    .inputWindow(InputWindow.from(LocalDate.of(1990, 1, 1))).build();
            assertThat(from1990.submit(opinion().receivedAt(in1995).build())).isInstanceOf(CommandResult.Accepted.class);
            assertThat(from1990.submit(opinion().receivedAt(Instant.parse("1989-12-31T00:00:00Z")).build()))
                    .isInstanceOf(CommandResult.Invalid.class);
        }

        @Test
        @DisplayName("R-4.2.5b the agreed reply lies within a year of the reception: a year to the second is accepted, a second more refused naming the limit")
        void agreedReplyWithinAYear() {
            Instant received = clock.instant();
            assertThat(desk.submit(opinion().agreedReply(Instant.parse("2026-03-10T02:00:00Z"), FollowUpMethod.PHONE).build()))
                    .isInstanceOf(CommandResult.Accepted.class);
            CommandResult.FieldViolation v = onlyViolation(opinion()
                    .agreedReply(Instant.parse("2026-03-10T02:00:01Z"), FollowUpMethod.PHONE).build());
            assertThat(tuple(v.field(), v.template(), v.value()))
                    .isEqualTo(tuple("agreedReplyBy", "{wuye.agreedReplyBy.tooLate}", "2026-03-10T02:00:01Z"));
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("R-4.2.5b: agreed reply time (agreedReplyBy) "
                    + "\"2026-03-10T02:00:01Z\" is more than a year after the received-at time: at the latest 2026-03-10T02:00:00Z");
            assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("R-4.2.5b：约定答复时间（agreedReplyBy）"
                    + "“2026-03-10T02:00:01Z”晚于受理时间一年以上：最晚为 2026-03-10T02:00:00Z");
            assertThat(received).isEqualTo(Instant.parse("2025-03-10T02:00:00Z"));
            assertThat(onlyViolation(opinion().agreedReply(Instant.parse("+1000000000-12-31T23:59:59Z"), FollowUpMethod.PHONE)
                    .build()).field()).isEqualTo("agreedReplyBy");
        }

        @Test
        @DisplayName("B-1 months, weeks, quarters' years and as-of instants of periodic actions lie in the window")
        void periodsInTheWindow() {
            CommandResult.FieldViolation month = onlyViolation(new ArchiveMonth(RECEIVER, YearMonth.of(-999_999_999, 1)));
            assertThat(tuple(month.field(), month.template(), month.value()))
                    .isEqualTo(tuple("month", "{wuye.time.tooEarly}", "-999999999-01"));
            assertThat(month.message(Locale.ENGLISH)).isEqualTo("month \"-999999999-01\" is before 2000-01, the earliest this desk accepts");
            assertThat(month.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("month“-999999999-01”早于本服务台接受的最早时间 2000-01");

            CommandResult.FieldViolation late = onlyViolation(new SubmitMonthlyTable(HEAD, C01, YearMonth.of(2026, 4), "总结"));
            assertThat(late.message(Locale.ENGLISH)).isEqualTo("month \"2026-04\" is after 2026-03, a year after the desk's clock");
            assertThat(onlyViolation(new CheckVisits(SUPERVISOR, C01, YearMonth.of(1970, 1), null)).field()).isEqualTo("month");
            assertThat(onlyViolation(new SubmitCompanyMonthly(QUALITY, YearMonth.of(0, 1), "总结")).field()).isEqualTo("month");
            CommandResult.FieldViolation year = onlyViolation(new ArchiveQuarter(RECEIVER, 0, 1));
            assertThat(tuple(year.field(), year.value(), year.message(Locale.ENGLISH)))
                    .isEqualTo(tuple("year", "0", "year \"0\" is before 2000, the earliest this desk accepts"));
            assertThat(onlyViolation(new SubmitQuarterlySummary(QUALITY, 2027, 1, "总结")).message(Locale.ENGLISH))
                    .isEqualTo("year \"2027\" is after 2026, a year after the desk's clock");
            assertThat(onlyViolation(new ReviewWeeklyForms(HEAD, C01, LocalDate.of(1900, 1, 1), 3, null)).field())
                    .isEqualTo("dayOfWeek");
            assertThat(onlyViolation(new RunRecurrenceCheck(RECEIVER, Instant.parse("-999999999-01-01T00:00:00Z"))).field())
                    .isEqualTo("asOf");
            RecordVisit visit = new RecordVisit("v-1", RECEIVER.staffId(), C01, LocalDate.of(1, 1, 1),
                    new CustomerData("张三丰", "13812345678", "3栋"), "走访", List.of());
            assertThat(onlyViolation(new LogVisit(RECEIVER, visit)).field()).isEqualTo("visitDate");
        }
    }

    @Nested
    @DisplayName("B-2 texts are well formed")
    class Texts {

        static Stream<Object[]> everyText() {
            String nul = "a\u0000b";
            Function<String, ReceiveOpinion.Builder> intake = key -> ReceiveOpinion.builder().recordedBy(RECEIVER)
                    .idempotencyKey(key).channel(dev.wuye.complaint.cases.Channel.PHONE)
                    .customer(new Customer("张三丰", "13812345678", "3栋")).contentSummary("电梯坏了")
                    .routing(Routing.serviceCentre(C01)).receivedAt(Instant.parse("2025-03-10T02:00:00Z"))
                    .followUpChannel(FollowUpMethod.PHONE);
            RecordVisit visit = new RecordVisit("v-1", RECEIVER.staffId(), C01, LocalDate.of(2025, 3, 10),
                    new CustomerData("张三丰", "13812345678", nul), "走访", List.of("CASE0001", nul));
            return Stream.of(
                    new Object[]{"contentSummary", intake.apply("k1").contentSummary(nul).build()},
                    new Object[]{"customer.name", intake.apply("k1").customer(new Customer(nul, null, null)).build()},
                    new Object[]{"customer.address", intake.apply("k1").customer(new Customer(null, null, nul)).build()},
                    new Object[]{"customer.phone", intake.apply("k1").customer(new Customer(null, "138\u00001234", null)).build()},
                    new Object[]{"idempotencyKey", intake.apply(nul).build()},
                    new Object[]{"routing.department", intake.apply("k1").routing(Routing.serviceCentre(nul)).build()},
                    new Object[]{"routing.receiverId", intake.apply("k1").routing(Routing.serviceCentre(C01).passedTo(nul)).build()},
                    new Object[]{"visitId", intake.apply("k1").raisedOnVisit(nul).build()},
                    new Object[]{"recorder.staffId", intake.apply("k1").recordedBy(Actor.of(nul, C01, Role.RECEIVER)).build()},
                    new Object[]{"recorder.department", intake.apply("k1").recordedBy(Actor.of("r-wang", nul, Role.RECEIVER)).build()},
                    new Object[]{"caseId", new ApproveSolution(HEAD, nul)},
                    new Object[]{"solution", new ProposeSolution(HANDLER_ZHAO, "c-1", nul)},
                    new Object[]{"result", new Complete(HEAD, "c-1", nul)},
                    new Object[]{"reason", new Escalate(HEAD, "c-1", nul)},
                    new Object[]{"receiverId", new HandOver(DUTY_OFFICER_SUN, "c-1", nul)},
                    new Object[]{"note", new AddCoHandling(RECEIVER, "c-1", C02, nul)},
                    new Object[]{"archiveBatchId", Archive.inBatch(RECEIVER, "c-1", nul)},
                    new Object[]{"remarks", RecordFollowUp.by(RECEIVER, "c-1", FollowUpMethod.PHONE)
                            .timely(SATISFIED).result(SATISFIED).attitude(SATISFIED).remarks(nul)},
                    new Object[]{"department", new CheckVisits(SUPERVISOR, nul, YearMonth.of(2025, 2), null)},
                    new Object[]{"remarks", new ReviewWeeklyForms(HEAD, C01, LocalDate.of(2025, 3, 10), 3, nul)},
                    new Object[]{"summary", new SubmitMonthlyTable(HEAD, C01, YearMonth.of(2025, 2), nul)},
                    new Object[]{"visit.customer.address", new LogVisit(RECEIVER, visit)},
                    new Object[]{"visit.opinionIds[1]", new LogVisit(RECEIVER, visit)});
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @MethodSource("everyText")
        @DisplayName("B-2 a NUL character in any text of any command, the idempotency key included, is invalid on that field")
        void nulInEveryText(String field, Command command) {
            CommandResult.FieldViolation v = invalid(command).violations().stream()
                    .filter(x -> x.field().equals(field) && x.template().equals("{wuye.text.control}")).findFirst()
                    .orElseThrow(() -> new AssertionError("no control-character violation on " + field));
            assertThat(v.arguments()).containsEntry("character", "U+0000").containsEntry("field", field);
        }

        @Test
        @DisplayName("B-2 a NUL is refused naming the field, the value with the character escaped, the character and its position")
        void nulMessage() {
            CommandResult.FieldViolation v = onlyViolation(opinion().summary("电梯\u0000停了").build());
            assertThat(tuple(v.field(), v.value())).isEqualTo(tuple("contentSummary", "电梯\\u0000停了"));
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("contentSummary \"电梯\\u0000停了\" contains the control "
                    + "character U+0000 at position 3: only tab and line feed (or CR LF) are allowed");
            assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("contentSummary“电梯\\u0000停了”在第3个字符处含控制字符 "
                    + "U+0000：只允许制表符和换行（或 CR LF）");
        }

        @ParameterizedTest(name = "[{index}] U+{0}")
        @ValueSource(ints = {0x01, 0x08, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F, 0x85, 0x9F})
        @DisplayName("B-2 every C0 control but tab and line feed, a carriage return not before a line feed, DEL and C1 are invalid")
        void controlCharacters(int c) {
            CommandResult.FieldViolation v = onlyViolation(opinion().summary("电梯" + (char) c + "x").build());
            assertThat(v.arguments()).containsEntry("character", String.format("U+%04X", c)).containsEntry("position", "3");
        }

        @Test
        @DisplayName("B-2 tab, line feed, CR LF and characters beyond the BMP (a pair of surrogates) are text")
        void wellFormedTextAccepted() {
            assertThat(desk.submit(opinion().summary("电梯\t停了\n三楼\r\n两天 😠").build())).isInstanceOf(CommandResult.Accepted.class);
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"\uD83D", "a\uDE00b", "\uDE00\uD83D"})
        @DisplayName("B-2 an unpaired surrogate is invalid, shown escaped, so no store writes it as '?'")
        void loneSurrogate(String text) {
            CommandResult.FieldViolation v = onlyViolation(opinion().summary(text).build());
            assertThat(v.template()).isEqualTo("{wuye.text.surrogate}");
            assertThat(v.value()).doesNotContain("\uD83D").doesNotContain("\uDE00").contains("\\u");
            CommandResult.FieldViolation name = onlyViolation(opinion().customer(new Customer("张" + text, null, null)).build());
            assertThat(tuple(name.field(), name.template())).isEqualTo(tuple("customer.name", "{wuye.text.surrogate}"));
        }

        @Test
        @DisplayName("B-2 a lone high surrogate message names field, escaped value and position, in English and Chinese")
        void loneSurrogateMessage() {
            CommandResult.FieldViolation v = onlyViolation(new ProposeSolution(HANDLER_ZHAO, "c-1", "换\uD83D"));
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("solution \"换\\uD83D\" contains the unpaired surrogate U+D83D "
                    + "at position 2: text must be well-formed Unicode");
            assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("solution“换\\uD83D”在第2个字符处含不成对的代理字符 U+D83D："
                    + "文本必须是合法的 Unicode");
        }

        @Test
        @DisplayName("B-2 a long value is shown shortened to 100 characters, never cut inside a surrogate pair")
        void longValueShortened() {
            String text = "x".repeat(99) + "😠" + "\u0000";
            CommandResult.FieldViolation v = onlyViolation(opinion().summary(text).build());
            assertThat(v.value()).isEqualTo("x".repeat(99) + "…");
            String plain = "y".repeat(150) + "\u0001";
            assertThat(onlyViolation(opinion().summary(plain).build()).value()).isEqualTo("y".repeat(100) + "…");
        }
    }

    @Nested
    @DisplayName("B-3 archive batch ids only as the library makes them")
    class BatchIds {

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"../../etc/passwd'--", "C01-2025-03", "MONTHLY:C01:2025-13", "MONTHLY:../..:2025-03",
                "QUARTERLY:C01:2025-Q5", "MONTHLY:C01:2025-03 ", "monthly:C01:2025-03"})
        @DisplayName("B-3 a batch id not in the form MONTHLY:<department>:<yyyy-MM> or QUARTERLY:<department>:<yyyy>-Q<n> is invalid; the case is unchanged")
        void foreignBatchIdRefused(String batch) {
            String id = answeredInquiry();
            long version = stored(id).version();
            CommandResult.FieldViolation v = violationOn(Archive.inBatch(RECEIVER, id, batch), "archiveBatchId");
            assertThat(tuple(v.template(), v.value())).isEqualTo(tuple("{wuye.archiveBatchId.pattern}", batch));
            assertThat(stored(id).version()).isEqualTo(version);
            assertThat(stored(id).archiveBatchId()).isNull();
        }

        @Test
        @DisplayName("B-3 the batch-id refusal names field, value and the form, in English and Chinese")
        void message() {
            CommandResult.FieldViolation v = onlyViolation(Archive.inBatch(RECEIVER, "c-1", "../../etc/passwd'--"));
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("archive batch (archiveBatchId) \"../../etc/passwd'--\" is not "
                    + "a batch id the library makes: MONTHLY:<department>:<yyyy-MM> or QUARTERLY:<department>:<yyyy>-Q<1-4>");
            assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("归档批次（archiveBatchId）“../../etc/passwd'--”"
                    + "不是本库生成的批次号：MONTHLY:<部门>:<yyyy-MM> 或 QUARTERLY:<部门>:<yyyy>-Q<1-4>");
        }

        @Test
        @DisplayName("B-3 the library's own forms are accepted: a monthly and a quarterly batch")
        void libraryFormsAccepted() {
            String monthly = answeredInquiry();
            accept(Archive.inBatch(RECEIVER, monthly, "MONTHLY:C01:2025-03"));
            assertThat(stored(monthly).archiveBatchId()).isEqualTo("MONTHLY:C01:2025-03");
            String quarterly = answeredInquiry();
            accept(Archive.inBatch(RECEIVER, quarterly, "QUARTERLY:C01:2025-Q1"));
            assertThat(stored(quarterly).archiveBatchId()).isEqualTo("QUARTERLY:C01:2025-Q1");
        }
    }

    @Nested
    @DisplayName("B-4 idempotency keys are scoped by department and of one form")
    class IdempotencyKeys {

        @Test
        @DisplayName("B-4 a C02 intake reusing a C01 key opens its own case with its own customer; each department's replay returns its own")
        void keyReusedByAnotherDepartment() {
            CommandResult.Accepted c01 = accept(opinion().key("shared-key-1").build());
            CommandResult.Accepted c02 = accept(opinion().key("shared-key-1").recorder(RECEIVER_C02).department(C02)
                    .customer(new Customer("李四", "13900001111", "9栋101")).build());
            assertThat(c02.replayed()).isFalse();
            assertThat(c02.caseId()).isNotEqualTo(c01.caseId());
            assertThat(c02.complaint().department()).isEqualTo(C02);
            assertThat(c02.complaint().customer().name()).isEqualTo("李四");
            assertThat(c01.complaint().idempotencyKey()).isEqualTo("C01/shared-key-1");
            assertThat(c02.complaint().idempotencyKey()).isEqualTo("C02/shared-key-1");

            CommandResult.Accepted replay01 = accept(opinion().key("shared-key-1").summary("again").build());
            assertThat(tuple(replay01.replayed(), replay01.caseId())).isEqualTo(tuple(true, c01.caseId()));
            assertThat(replay01.complaint().customer().name()).isEqualTo("张三丰");
            CommandResult.Accepted replay02 = accept(opinion().key("shared-key-1").recorder(RECEIVER_C02).department(C02).build());
            assertThat(tuple(replay02.replayed(), replay02.caseId())).isEqualTo(tuple(true, c02.caseId()));
            assertThat(storage.cases().findByIdempotencyKey("shared-key-1")).isEmpty();
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @ValueSource(strings = {"key with space", "-leading-dash", "a/b", "键-1", "key;DROP", "k\"1"})
        @DisplayName("B-4 a key outside the form (a letter or digit, then letters, digits and . _ : ~ -) is invalid on idempotencyKey")
        void keyForm(String key) {
            CommandResult.FieldViolation v = violationOn(opinion().key(key).build(), "idempotencyKey");
            assertThat(tuple(v.template(), v.value())).isEqualTo(tuple("{wuye.idempotencyKey.pattern}", key));
        }

        @Test
        @DisplayName("B-4 a key of 63 characters is accepted, of 64 refused naming value and limit (department, '/', key fit the store's 128)")
        void keyLength() {
            String k63 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde";
            assertThat(k63).hasSize(63);
            assertThat(desk.submit(opinion().key(k63).build())).isInstanceOf(CommandResult.Accepted.class);
            CommandResult.FieldViolation v = onlyViolation(opinion().key(k63 + "f").build());
            assertThat(tuple(v.field(), v.template())).isEqualTo(tuple("idempotencyKey", "{wuye.idempotencyKey.size}"));
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("idempotency key (idempotencyKey) \"" + k63 + "f\" must be at most 63 characters");
            assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("幂等键（idempotencyKey）“" + k63 + "f”不能超过63个字符");
            assertThat(ReceiveOpinion.MAX_KEY_LENGTH + 1 + CaseSnapshot.MAX_ID_LENGTH).isEqualTo(128);
        }

        @Test
        @DisplayName("B-4 the forms clients use are keys: a UUID, a ULID, a dated hotline number")
        void usualKeys() {
            for (String key : List.of("3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c", "01ARZ3NDEKTSV4RRFFQ69G5FAV", "hotline-20250310-0001")) {
                assertThat(desk.submit(opinion().key(key).build())).as(key).isInstanceOf(CommandResult.Accepted.class);
            }
        }
    }

    /** A valid inquiry answered (closed), ready to archive. */
    private String answeredInquiry() {
        clock.advance(Duration.ofMinutes(1));
        String id = accept(opinion().build()).caseId();
        accept(new Classify(RECEIVER, id, dev.wuye.complaint.cases.OpinionType.INQUIRY, null, "FEES_BILLING", false));
        accept(new AnswerInquiry(RECEIVER, id, "已答复"));
        return id;
    }
}

package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.ReplyBasis;
import dev.wuye.complaint.sla.SlaAlert;
import dev.wuye.complaint.sla.SlaClock;
import dev.wuye.complaint.sla.SlaLevel;
import dev.wuye.complaint.sla.SlaStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static dev.wuye.complaint.desk.Staff.RECEIVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * R-4.2.5b 「及时向客户确定回复时间和方式，或询问客户对回复时间和方式的要求」: intake records the agreement or
 * the customer's stated wish (silence is refused), and the reply time is an SLA clock.
 */
class ReplyAgreementScenariosTest extends DeskScenario {

    /** Wednesday 30 September 2026, 10:00 Shanghai: the last working day before the National Day holiday. */
    private static final LocalDateTime SEP_30_10_AM = LocalDateTime.of(2026, 9, 30, 10, 0);

    private static Instant shanghai(LocalDateTime t) {
        return t.atZone(TestClock.SHANGHAI).toInstant();
    }

    @Test
    @DisplayName("R-4.2.5b intake without an agreement or the customer's wish is refused and stores nothing")
    void R_4_2_5b_intake_without_agreement_or_wish_is_refused() {
        CommandResult.Rejected r = reject(opinion().reply(null).build());

        assertThat(r.rejection().ruleId()).isEqualTo("R-4.2.5b");
        assertThat(r.rejection().messageKey()).isEqualTo("desk.replyAgreementRequired");
        assertThat(desk.find("CASE0001")).isEmpty();
    }

    @Test
    @DisplayName("R-4.2.5b a reply agreement whose time and method do not fit its basis is refused")
    void R_4_2_5b_agreement_must_fit_its_basis() {
        Instant tomorrow = clock.instant().plusSeconds(86_400);
        for (ReplyAgreement unfit : List.of(new ReplyAgreement(null, FollowUpMethod.PHONE, ReplyBasis.AGREED),
                new ReplyAgreement(tomorrow, null, ReplyBasis.AGREED),
                new ReplyAgreement(null, null, ReplyBasis.CUSTOMER_WISH),
                new ReplyAgreement(tomorrow, null, ReplyBasis.NO_PREFERENCE))) {
            CommandResult.Rejected r = reject(opinion().reply(unfit).build());
            assertThat(r.rejection().ruleId()).as("%s", unfit).isEqualTo("R-4.2.5b");
            assertThat(r.rejection().messageKey()).as("%s", unfit).isEqualTo("desk.replyAgreementIncomplete");
        }
        CommandResult.Rejected noBasis = reject(opinion().reply(new ReplyAgreement(tomorrow, FollowUpMethod.PHONE, null))
                .build());
        assertThat(noBasis.rejection().messageKey()).isEqualTo("desk.replyAgreementRequired");
        assertThat(storage.cases().findById("CASE0001")).isEmpty();
    }

    @Test
    @DisplayName("R-4.2.5b a customer with no preference is recorded as such, and no reply clock runs")
    void R_4_2_5b_no_preference_is_recorded() {
        String id = received(opinion().reply(ReplyAgreement.noPreference()));

        assertThat(desk.load(id).orElseThrow().replyBasis()).contains(ReplyBasis.NO_PREFERENCE);
        assertThat(stored(id).notes()).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo("REPLY_TERMS");
            assertThat(n.text()).isEqualTo("NO_PREFERENCE: 客户无要求");
        });
        assertThat(stored(id).agreedReplyBy()).isNull();
        assertThat(stored(id).agreedReplyMethod()).isNull();
        assertThat(desk.slaMonitor().calculator().evaluate(stored(id), clock.instant().plusSeconds(30 * 86_400L)))
                .extracting(SlaStatus::clock).doesNotContain(SlaClock.AGREED_REPLY);
    }

    @Test
    @DisplayName("R-4.2.5b the customer's stated wish of a method alone is recorded as their wish")
    void R_4_2_5b_customer_wish_is_recorded() {
        String id = received(opinion().reply(ReplyAgreement.customerWish(null, FollowUpMethod.LETTER)));

        assertThat(desk.load(id).orElseThrow().replyBasis()).contains(ReplyBasis.CUSTOMER_WISH);
        assertThat(stored(id).agreedReplyMethod()).isEqualTo("LETTER");
        assertThat(stored(id).agreedReplyBy()).isNull();
    }

    @Test
    @DisplayName("R-4.2.5b an agreed reply time is an SLA clock: due soon two hours before, overdue from it, alerted once")
    void R_4_2_5b_agreed_reply_time_is_watched() {
        clock.set(SEP_30_10_AM);
        // Received on the last working day before the National Day holiday (1–7 October 2026); the receiver
        // agrees to call back on the first working day after it, Thursday 8 October, at 10:00.
        Instant replyBy = shanghai(LocalDateTime.of(2026, 10, 8, 10, 0));
        String id = received(opinion().receivedAt(clock.instant()).agreedReply(replyBy, FollowUpMethod.PHONE));
        List<SlaAlert> told = new ArrayList<>();
        desk.subscribe(told::add);

        // 2 hours' warning (the default): due soon from 08:00 on 8 October.
        assertThat(reply(id, LocalDateTime.of(2026, 10, 8, 7, 59))).isEqualTo(SlaLevel.ON_TIME);
        assertThat(reply(id, LocalDateTime.of(2026, 10, 8, 8, 0))).isEqualTo(SlaLevel.DUE_SOON);
        assertThat(reply(id, LocalDateTime.of(2026, 10, 8, 10, 0))).isEqualTo(SlaLevel.OVERDUE);
        // The time limit runs beside it: 3 working days after 30 September are 8, 9 and 10 October
        // (Saturday 10 October is a make-up working day), so it ends on the 10th.
        assertThat(desk.slaMonitor().calculator().evaluate(stored(id), shanghai(LocalDateTime.of(2026, 10, 8, 10, 0))))
                .extracting(SlaStatus::clock, SlaStatus::level, SlaStatus::deadline)
                .containsExactly(tuple(SlaClock.TIME_LIMIT, SlaLevel.ON_TIME, LocalDate.of(2026, 10, 10)),
                        tuple(SlaClock.AGREED_REPLY, SlaLevel.OVERDUE, LocalDate.of(2026, 10, 8)));

        desk.scanSla(shanghai(LocalDateTime.of(2026, 10, 8, 9, 0)));
        desk.scanSla(shanghai(LocalDateTime.of(2026, 10, 8, 10, 30)));
        desk.scanSla(shanghai(LocalDateTime.of(2026, 10, 8, 11, 0)));

        assertThat(told).filteredOn(a -> a.clock() == SlaClock.AGREED_REPLY)
                .extracting(SlaAlert::caseId, SlaAlert::level, SlaAlert::dueAt)
                .containsExactly(tuple(id, SlaLevel.DUE_SOON, replyBy), tuple(id, SlaLevel.OVERDUE, replyBy));
    }

    @Test
    @DisplayName("R-4.2.5b the reply clock stops when the customer hears back, and says whether the time was kept")
    void R_4_2_5b_reply_clock_stops_when_the_customer_hears_back() {
        clock.set(SEP_30_10_AM);
        Instant replyBy = shanghai(LocalDateTime.of(2026, 9, 30, 16, 0));
        String id = received(opinion().receivedAt(clock.instant()).agreedReply(replyBy, FollowUpMethod.PHONE));
        clock.set(LocalDateTime.of(2026, 9, 30, 15, 0));
        accept(new UpdateCustomer(RECEIVER, id, "已联系维修班组，明日上门"));

        assertThat(desk.slaMonitor().calculator().evaluate(stored(id), shanghai(LocalDateTime.of(2026, 9, 30, 17, 0))))
                .extracting(SlaStatus::clock).doesNotContain(SlaClock.AGREED_REPLY);
        assertThat(desk.slaMonitor().calculator().agreedReplyKept(stored(id))).contains(true);
    }

    private SlaLevel reply(String id, LocalDateTime at) {
        return desk.slaMonitor().calculator().status(stored(id), SlaClock.AGREED_REPLY, shanghai(at))
                .map(SlaStatus::level).orElseThrow();
    }
}

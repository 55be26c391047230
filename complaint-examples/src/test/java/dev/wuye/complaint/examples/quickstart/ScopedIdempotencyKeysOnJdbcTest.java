package dev.wuye.complaint.examples.quickstart;

import com.zaxxer.hikari.HikariDataSource;
import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.ReceiveOpinion;
import dev.wuye.complaint.desk.ReplyAgreement;
import dev.wuye.complaint.desk.Routing;
import dev.wuye.complaint.store.jdbc.JdbcPools;
import dev.wuye.complaint.store.jdbc.JdbcStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B-4 on the JDBC store: idempotency keys are scoped by department through the desk, on an embedded
 * H2 database migrated by the store itself (the store keeps the department-qualified key as it keeps
 * any key).
 */
class ScopedIdempotencyKeysOnJdbcTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 10 March 2025, 10:00 in Shanghai: office hours. */
    private static final Instant MONDAY_10_AM = Instant.parse("2025-03-10T02:00:00Z");

    private static ReceiveOpinion intake(Actor receiver, String key, String customer) {
        return ReceiveOpinion.builder().recordedBy(receiver).idempotencyKey(key).channel(Channel.PHONE)
                .customer(new Customer(customer, "13812345678", "3栋2单元501")).contentSummary("电梯停在三楼不动")
                .routing(Routing.serviceCentre(receiver.department())).receivedAt(MONDAY_10_AM)
                .replyAgreement(ReplyAgreement.agreed(MONDAY_10_AM.plus(Duration.ofDays(1)), FollowUpMethod.PHONE))
                .followUpChannel(FollowUpMethod.PHONE).build();
    }

    @Test
    @DisplayName("B-4 on JDBC: a C02 intake reusing a C01 key opens its own case; each department's replay returns its own case")
    void keysScopedByDepartment() {
        try (HikariDataSource db = JdbcPools.embeddedH2("scoped-keys-" + UUID.randomUUID())) {
            JdbcStorage storage = new JdbcStorage(db, SHANGHAI);
            ComplaintDesk desk = ComplaintDesk.builder().storage(storage).clock(Clock.fixed(MONDAY_10_AM, SHANGHAI)).build();
            Actor c01 = Actor.of("r-wang", "C01", Role.RECEIVER);
            Actor c02 = Actor.of("r-chen", "C02", Role.RECEIVER);

            CommandResult.Accepted first = (CommandResult.Accepted) desk.submit(intake(c01, "hotline-0001", "张三丰"));
            CommandResult.Accepted other = (CommandResult.Accepted) desk.submit(intake(c02, "hotline-0001", "李四"));
            assertThat(other.replayed()).isFalse();
            assertThat(other.caseId()).isNotEqualTo(first.caseId());

            CommandResult.Accepted again01 = (CommandResult.Accepted) desk.submit(intake(c01, "hotline-0001", "张三丰"));
            CommandResult.Accepted again02 = (CommandResult.Accepted) desk.submit(intake(c02, "hotline-0001", "李四"));
            assertThat(again01.replayed()).isTrue();
            assertThat(again01.caseId()).isEqualTo(first.caseId());
            assertThat(again02.replayed()).isTrue();
            assertThat(again02.caseId()).isEqualTo(other.caseId());

            assertThat(storage.cases().findByIdempotencyKey("C01/hotline-0001")).get()
                    .satisfies(s -> assertThat(s.customer().name()).isEqualTo("张三丰"));
            assertThat(storage.cases().findByIdempotencyKey("C02/hotline-0001")).get()
                    .satisfies(s -> assertThat(s.customer().name()).isEqualTo("李四"));
            assertThat(storage.cases().findByIdempotencyKey("hotline-0001")).isEmpty();
        }
    }
}

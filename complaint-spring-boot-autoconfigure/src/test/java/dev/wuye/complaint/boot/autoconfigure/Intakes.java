package dev.wuye.complaint.boot.autoconfigure;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.desk.ReceiveOpinion;
import dev.wuye.complaint.desk.ReplyAgreement;
import dev.wuye.complaint.desk.Routing;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Opinions as a receiver of service centre C01 records them, on a fixed office-hours clock. */
final class Intakes {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Friday 20 November 2026, 10:00 in Shanghai: a working day, inside office hours (08:30–17:30). */
    static final Clock FRIDAY_10 = Clock.fixed(LocalDateTime.of(2026, 11, 20, 10, 0).atZone(SHANGHAI).toInstant(),
            SHANGHAI);
    static final Actor RECEIVER = Actor.of("r-wang", "C01", Role.RECEIVER);

    private Intakes() {
    }

    static ReceiveOpinion opinion(String key, String summary) {
        return ReceiveOpinion.builder().recordedBy(RECEIVER).idempotencyKey(key).channel(Channel.PHONE)
                .customer(new Customer("张三丰", "13812345678", "3栋2单元501")).contentSummary(summary)
                .routing(Routing.serviceCentre("C01")).receivedAt(FRIDAY_10.instant())
                .replyAgreement(ReplyAgreement.customerWish(null, FollowUpMethod.PHONE)).followUpChannel(FollowUpMethod.PHONE)
                .build();
    }
}

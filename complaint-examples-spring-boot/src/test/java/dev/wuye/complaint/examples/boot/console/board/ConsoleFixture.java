package dev.wuye.complaint.examples.boot.console.board;

import dev.wuye.complaint.examples.boot.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.desk.Classify;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.ReceiveOpinion;
import dev.wuye.complaint.desk.ReplyAgreement;
import dev.wuye.complaint.desk.Routing;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What the console's board and monthly-table tests share: sign-in as the host's example users, the receivers
 * of C01 and C02 as actors, a clock the test sets, and complaints put on the desk directly.
 */
public final class ConsoleFixture {

    /** Shanghai, the office's zone. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 王受理: receiver and duty officer of C01. */
    public static final Actor RECEIVER_C01 = new Actor("r-wang", Set.of(Role.RECEIVER, Role.DUTY_OFFICER), "C01");
    /** 陈受理: receiver, duty officer and handler of C02. */
    public static final Actor RECEIVER_C02 =
            new Actor("r-chen", Set.of(Role.RECEIVER, Role.DUTY_OFFICER, Role.HANDLER), "C02");

    private ConsoleFixture() {
    }

    /**
     * Signs one of the example users in through the console's sign-in form (password {@code wuye-demo}).
     *
     * @param mvc  the application
     * @param user the user name, e.g. {@code h-li}
     * @return the signed-in session, for the requests made as that person
     * @throws Exception when the request cannot be made
     */
    public static MockHttpSession signIn(MockMvc mvc, String user) throws Exception {
        MvcResult signedIn = mvc.perform(formLogin("/login").user(user).password("wuye-demo"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/console")).andReturn();
        return (MockHttpSession) signedIn.getRequest().getSession(false);
    }

    /**
     * A phone complaint received and classified by the department's receiver at a Shanghai time (the clock is
     * set to it), with no agreed reply time.
     *
     * @param desk       the desk
     * @param clock      the clock
     * @param receiver   the receiver
     * @param at         when it is received
     * @param ground     valid or invalid ground
     * @param phone      the customer's phone
     * @return the case id
     */
    public static String complaint(ComplaintDesk desk, MutableClock clock, Actor receiver, LocalDateTime at,
                                   ValidityGround ground, String phone) {
        clock.set(at);
        CommandResult received = desk.submit(ReceiveOpinion.builder().recordedBy(receiver)
                .idempotencyKey(UUID.randomUUID().toString()).channel(Channel.PHONE)
                .customer(new Customer("张三丰", phone, "3栋2单元501")).contentSummary("保洁员态度生硬")
                .routing(Routing.serviceCentre(receiver.department())).receivedAt(at.atZone(SHANGHAI).toInstant())
                .replyAgreement(ReplyAgreement.noPreference()).followUpChannel(FollowUpMethod.PHONE).build());
        assertThat(received).as(received.toString()).isInstanceOf(CommandResult.Accepted.class);
        String id = ((CommandResult.Accepted) received).caseId();
        CommandResult classified = desk.submit(Classify.complaint(receiver, id, ground, "STAFF_ATTITUDE"));
        assertThat(classified.isAccepted()).as(classified.toString()).isTrue();
        return id;
    }
}

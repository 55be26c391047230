package dev.wuye.complaint.examples.boot.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.boot.actor.ActorResolver;
import dev.wuye.complaint.examples.boot.security.HttpCalls.Answer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The trusted-gateway mode ({@code wuye.host.security.trusted-gateway=true}): behind a gateway that authenticates
 * and sets them, the {@code X-Staff-*} headers name who acts; a request with neither headers nor sign-in is still
 * refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:trusted-gateway;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false",
        "wuye.host.security.trusted-gateway=true"})
class TrustedGatewayModeTest {

    /** Monday 10 March 2025, 10:00 in Shanghai: office hours on a working day. */
    static final Instant MONDAY_10_AM = LocalDateTime.of(2025, 3, 10, 10, 0).atZone(ZoneId.of("Asia/Shanghai"))
            .toInstant();

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock testClock() {
            return Clock.fixed(MONDAY_10_AM, ZoneId.of("Asia/Shanghai"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ActorResolver actors;

    @Test
    @DisplayName("R-4.3.1a trusted gateway on: the headers count — the head named by them assigns, the audit names the header's staff ids")
    void headersCountBehindTheGateway() {
        assertThat(actors).isInstanceOf(HeaderActorResolver.class);
        HttpCalls http = new HttpCalls(port);
        String[] receiver = {"X-Staff-Id", "r-wang", "X-Staff-Roles", "RECEIVER", "X-Department", "C01"};
        String[] head = {"X-Staff-Id", "h-li", "X-Staff-Roles", "DEPARTMENT_HEAD,CENTRE_DIRECTOR", "X-Department", "C01"};
        Answer created = http.post("/api/complaints", null, HttpCalls.complaint("C01", MONDAY_10_AM), receiver);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = (String) created.body().get("id");
        assertThat(http.post("/api/complaints/" + id + "/classify", null, HttpCalls.CLASSIFY, receiver).status())
                .isEqualTo(200);
        Answer assigned = http.post("/api/complaints/" + id + "/assign", null, Map.of("handlerIds", List.of("hd-zhao")),
                head);
        assertThat(assigned.status()).as(assigned.raw()).isEqualTo(200);
        assertThat(http.get("/api/complaints/" + id + "/audit", null, head).list()).extracting(e -> e.get("actorId"))
                .containsExactly("r-wang", "r-wang", "h-li");

        http.get("/api/sla", null).isProblem(401);
        Answer unknownRole = http.get("/api/complaints/" + id, null, "X-Staff-Id", "x", "X-Staff-Roles", "HACKER",
                "X-Department", "C01").isProblem(400);
        assertThat(unknownRole.raw()).contains("X-Staff-Roles").contains("HACKER");
    }
}

package dev.wuye.complaint.boot.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** the acting staff member, their roles and department, read from Spring Security's Authentication. */
class SecurityActorResolverTest {

    private final SecurityActorResolver resolver = new SecurityActorResolver("staff_id", "department", "ROLE_");

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** A principal carrying claims, as an OAuth2 user or a token introspection result does. */
    public record ClaimsPrincipal(Map<String, Object> getAttributes) {
    }

    @Test
    @DisplayName("R-3 authorities become roles (prefix stripped, case ignored, others ignored); claims give staff id and department")
    void claims() {
        UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated(
                new ClaimsPrincipal(Map.of("staff_id", "r-wang", "department", "C01")), null,
                AuthorityUtils.createAuthorityList("ROLE_RECEIVER", "ROLE_centre_director", "SCOPE_read", "ROLE_admin"));
        SecurityContextHolder.getContext().setAuthentication(auth);
        assertThat(resolver.currentActor()).contains(new Actor("r-wang", Set.of(Role.RECEIVER, Role.CENTRE_DIRECTOR), "C01"));
    }

    @Test
    @DisplayName("R-3 without a staff id claim the authentication's name is the staff id; details may carry the department")
    void nameAndDetails() {
        TestingAuthenticationToken auth = new TestingAuthenticationToken("hd-zhao", null, List.of(
                AuthorityUtils.createAuthorityList("ROLE_HANDLER").get(0)));
        auth.setDetails(Map.of("department", "C02"));
        assertThat(resolver.actorOf(auth)).contains(new Actor("hd-zhao", Set.of(Role.HANDLER), "C02"));
    }

    @Test
    @DisplayName("Nobody signed in, or an anonymous visitor, is no actor")
    void nobody() {
        assertThat(resolver.currentActor()).isEmpty();
        assertThat(resolver.actorOf(new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isEmpty();
    }
}

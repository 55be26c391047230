package dev.wuye.complaint.examples.boot.security;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.boot.actor.ActorResolver;
import dev.wuye.complaint.boot.actor.SecurityActorResolver;
import dev.wuye.complaint.boot.autoconfigure.ComplaintProperties;
import dev.wuye.complaint.examples.boot.web.UnknownRoleException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The {@link ActorResolver} of the trusted-gateway mode ({@code wuye.host.security.trusted-gateway=true}, off by
 * default; without it this bean does not exist and the starter's {@link SecurityActorResolver} maps the signed-in
 * user): who acts comes from three headers a gateway set after authenticating the caller,
 * {@code X-Staff-Id}, {@code X-Staff-Roles} (comma-separated {@link Role} codes) and {@code X-Department}.
 * Only behind a gateway that authenticates every request and removes these headers from what clients send: anyone
 * who reaches the application directly could otherwise name themselves the general manager. A request without
 * {@code X-Staff-Id} is the signed-in user's, as in the default mode.
 */
@Component
@ConditionalOnProperty(name = "wuye.host.security.trusted-gateway", havingValue = "true")
public class HeaderActorResolver implements ActorResolver {

    /** The header naming the staff member. */
    public static final String STAFF_ID = "X-Staff-Id";
    /** The header with the comma-separated role codes. */
    public static final String ROLES = "X-Staff-Roles";
    /** The header naming the department. */
    public static final String DEPARTMENT = "X-Department";

    private final SecurityActorResolver signedIn;

    /**
     * @param props the starter's settings (which attributes and role prefix the signed-in user is read with)
     */
    public HeaderActorResolver(ComplaintProperties props) {
        ComplaintProperties.ActorSettings a = props.getActor();
        this.signedIn = new SecurityActorResolver(a.getStaffIdAttribute(), a.getDepartmentAttribute(), a.getRolePrefix());
    }

    /**
     * The actor of the gateway's headers, else the signed-in user.
     *
     * @return the actor; empty outside a request with nobody signed in
     * @throws UnknownRoleException a role code that is not one of {@link Role}
     */
    @Override
    public Optional<Actor> currentActor() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return signedIn.currentActor();
        }
        HttpServletRequest request = attributes.getRequest();
        String staffId = request.getHeader(STAFF_ID);
        if (staffId == null || staffId.isBlank()) {
            return signedIn.currentActor();
        }
        return Optional.of(new Actor(staffId, roles(request.getHeader(ROLES)), request.getHeader(DEPARTMENT)));
    }

    /**
     * The roles of an {@code X-Staff-Roles} header.
     *
     * @param header the header, may be {@code null}
     * @return the roles
     * @throws UnknownRoleException a code that is not one of {@link Role}
     */
    static Set<Role> roles(String header) {
        Set<Role> parsed = new LinkedHashSet<>();
        if (header != null && !header.isBlank()) {
            for (String code : header.split(",")) {
                try {
                    parsed.add(Role.valueOf(code.trim()));
                } catch (IllegalArgumentException e) {
                    throw new UnknownRoleException(code.trim(), Arrays.stream(Role.values()).map(Role::name).toList());
                }
            }
        }
        return parsed;
    }
}

package dev.wuye.complaint.examples.boot.web;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.boot.actor.ActorResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * This host's {@link ActorResolver} (it replaces the starter's Spring Security default): who acts comes from
 * three headers of the current request, {@code X-Staff-Id}, {@code X-Staff-Roles} (comma-separated
 * {@link Role} codes) and {@code X-Department}. A stand-in for a real sign-in; missing headers give an actor
 * with the missing parts empty, which the desk's validation names field by field.
 */
@Component
public class HeaderActorResolver implements ActorResolver {

    /** Creates the resolver. */
    public HeaderActorResolver() {
    }

    /**
     * The actor of the current request's headers.
     *
     * @return the actor; empty outside a request
     * @throws UnknownRoleException a role code that is not one of {@link Role}
     */
    @Override
    public Optional<Actor> currentActor() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        return Optional.of(actor(request.getHeader("X-Staff-Id"), request.getHeader("X-Staff-Roles"),
                request.getHeader("X-Department")));
    }

    private static Actor actor(String staffId, String roles, String department) {
        Set<Role> parsed = new LinkedHashSet<>();
        if (roles != null && !roles.isBlank()) {
            for (String code : roles.split(",")) {
                try {
                    parsed.add(Role.valueOf(code.trim()));
                } catch (IllegalArgumentException e) {
                    throw new UnknownRoleException(code.trim(), Arrays.stream(Role.values()).map(Role::name).toList());
                }
            }
        }
        return new Actor(staffId, parsed, department);
    }
}

package dev.wuye.complaint.examples.boot4;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.boot.actor.ActorResolver;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who acts in the test: the headers a sign-in gateway in front of the application would set ({@code X-Staff-Id},
 * {@code X-Staff-Roles}, {@code X-Department}). An application with Spring Security needs no such class: the
 * starter's default reads the {@code Authentication}.
 */

class GatewayActorResolver implements ActorResolver {

    /** Creates the resolver. */
    GatewayActorResolver() {
    }

    @Override
    public Optional<Actor> currentActor() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return Optional.empty();
        }
        String roles = request.getRequest().getHeader("X-Staff-Roles");
        return Optional.of(new Actor(request.getRequest().getHeader("X-Staff-Id"),
                roles == null ? java.util.Set.of() : Arrays.stream(roles.split(",")).map(String::trim)
                        .map(Role::valueOf).collect(Collectors.toSet()),
                request.getRequest().getHeader("X-Department")));
    }
}

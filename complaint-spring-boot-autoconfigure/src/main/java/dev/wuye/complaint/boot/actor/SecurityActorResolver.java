package dev.wuye.complaint.boot.actor;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The default {@link ActorResolver}: the current {@link Authentication} of Spring Security as an {@link Actor}.
 *
 * <ul>
 *   <li>roles: each authority, less the role prefix ({@code ROLE_} by default), read as a {@link Role} code
 *       (case-insensitive: {@code ROLE_receiver} is {@code RECEIVER}); other authorities (scopes …) are ignored;</li>
 *   <li>staff id: the attribute or claim named {@code wuye.complaint.actor.staff-id-attribute} (default
 *       {@code staff_id}), else the authentication's name;</li>
 *   <li>department: the attribute or claim named {@code wuye.complaint.actor.department-attribute} (default
 *       {@code department}).</li>
 * </ul>
 *
 * <p>Attributes are looked up, in this order, in the principal's {@code getAttributes()} (an OAuth2 user, a
 * token introspection principal), its {@code getClaims()} (a JWT), a principal that is itself a {@link Map},
 * and authentication details that are a {@link Map}; read by name, so that Spring Security's OAuth2 modules
 * need not be on the class path. An anonymous or missing authentication is no actor.
 */
public final class SecurityActorResolver implements ActorResolver {

    private final String staffIdAttribute;
    private final String departmentAttribute;
    private final String rolePrefix;

    /**
     * @param staffIdAttribute    the attribute holding the staff id
     * @param departmentAttribute the attribute holding the department
     * @param rolePrefix          the prefix stripped from authorities
     */
    public SecurityActorResolver(String staffIdAttribute, String departmentAttribute, String rolePrefix) {
        this.staffIdAttribute = Objects.requireNonNull(staffIdAttribute, "staffIdAttribute");
        this.departmentAttribute = Objects.requireNonNull(departmentAttribute, "departmentAttribute");
        this.rolePrefix = Objects.requireNonNull(rolePrefix, "rolePrefix");
    }

    @Override
    public Optional<Actor> currentActor() {
        return actorOf(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * The actor of an authentication.
     *
     * @param authentication the authentication, may be {@code null}
     * @return the actor, or empty for none, an unauthenticated or an anonymous one
     */
    public Optional<Actor> actorOf(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication.getClass().getSimpleName().equals("AnonymousAuthenticationToken")) {
            return Optional.empty();
        }
        Set<Role> roles = new LinkedHashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name == null) {
                continue;
            }
            String code = name.startsWith(rolePrefix) ? name.substring(rolePrefix.length()) : name;
            try {
                roles.add(Role.valueOf(code.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException notARole) {
                // An authority that names no role of the procedure (a scope, another application's role): not ours.
                continue;
            }
        }
        Object staffId = attribute(authentication, staffIdAttribute);
        Object department = attribute(authentication, departmentAttribute);
        return Optional.of(new Actor(staffId != null ? staffId.toString() : authentication.getName(), roles,
                department != null ? department.toString() : null));
    }

    private static Object attribute(Authentication authentication, String name) {
        Object principal = authentication.getPrincipal();
        for (String getter : new String[] {"getAttributes", "getClaims"}) {
            Map<?, ?> map = mapFrom(principal, getter);
            if (map != null && map.get(name) != null) {
                return map.get(name);
            }
        }
        if (principal instanceof Map<?, ?> map && map.get(name) != null) {
            return map.get(name);
        }
        if (authentication.getDetails() instanceof Map<?, ?> details && details.get(name) != null) {
            return details.get(name);
        }
        return null;
    }

    private static Map<?, ?> mapFrom(Object principal, String getter) {
        if (principal == null) {
            return null;
        }
        try {
            Method method = principal.getClass().getMethod(getter);
            return method.getParameterCount() == 0 && method.invoke(principal) instanceof Map<?, ?> map ? map : null;
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException noSuchMap) {
            return null;
        }
    }
}

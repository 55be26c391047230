package dev.wuye.complaint.boot.actor;

import dev.wuye.complaint.authority.Actor;
import java.util.Optional;

/**
 * Who is acting now: the staff member behind the current request (or job), as the library's {@link Actor}.
 * The starter's default reads Spring Security's {@code Authentication} ({@link SecurityActorResolver}); an
 * application declares its own bean to read anything else (a gateway's headers, a session).
 */
@FunctionalInterface
public interface ActorResolver {

    /**
     * The acting staff member.
     *
     * @return the actor, or empty when nobody is signed in
     */
    Optional<Actor> currentActor();
}

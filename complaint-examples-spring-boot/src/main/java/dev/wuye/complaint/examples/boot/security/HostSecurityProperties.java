package dev.wuye.complaint.examples.boot.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The host's sign-in settings under {@code wuye.host.*}: the example's users, and whether a trusted gateway
 * speaks for the caller.
 *
 * <pre>
 * wuye.host.users[0].username=r-wang
 * wuye.host.users[0].password={bcrypt}$2a$10$…
 * wuye.host.users[0].name=王受理
 * wuye.host.users[0].roles=RECEIVER,DUTY_OFFICER
 * wuye.host.users[0].department=C01
 * wuye.host.security.trusted-gateway=false
 * </pre>
 *
 * @param users    the users who may sign in (the example's; a real host plugs its directory, docs/security.md)
 * @param security the sign-in mode
 */
@ConfigurationProperties("wuye.host")
public record HostSecurityProperties(@DefaultValue List<User> users, @DefaultValue Security security) {

    /** Copies the list. */
    public HostSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * One user of the configuration.
     *
     * @param username   the sign-in name; also the staff id
     * @param password   the password hash with its encoder's id, e.g. {@code {bcrypt}$2a$10$…}
     * @param name       the person's name as the console shows it
     * @param roles      the procedure's role codes ({@code RECEIVER}, {@code DEPARTMENT_HEAD} …)
     * @param department the department (a service centre's id, or the GMD's)
     */
    public record User(String username, String password, String name, List<String> roles, String department) {

        /** Copies the roles. */
        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        @Override
        public String toString() {
            return "User[" + username + ", " + roles + ", " + department + "]";
        }
    }

    /**
     * The sign-in mode.
     *
     * @param trustedGateway whether the {@code X-Staff-Id}, {@code X-Staff-Roles} and {@code X-Department}
     *                       headers name the caller; only behind a gateway that authenticates every request and
     *                       sets these headers itself, removing any a client sent. Off by default: then the
     *                       headers are ignored
     */
    public record Security(@DefaultValue("false") boolean trustedGateway) {
    }
}

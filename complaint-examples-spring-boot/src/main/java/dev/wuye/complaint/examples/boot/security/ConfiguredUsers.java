package dev.wuye.complaint.examples.boot.security;

import dev.wuye.complaint.authority.Role;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The users of {@code wuye.host.users} as a {@link UserDetailsService}: each a {@link StaffUser} with
 * {@code ROLE_<ROLE>} authorities. Checked at start-up: a missing user name or department, a password without its
 * encoder's id ({@code {bcrypt}…}), an unknown role code or a user named twice stops the application, naming the
 * user and the field. A real host replaces this bean by its directory (docs/security.md).
 */
public class ConfiguredUsers implements UserDetailsService {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredUsers.class);

    /** The shipped hash of the example users' password {@code wuye-demo}: demo only. */
    static final String DEMO_PASSWORD_HASH = "{bcrypt}$2a$10$cnxnrU8dDZXfTZkOL87yxOpWcjTWOF5zkR0k50LWFwC7IadkiDIMq";

    private final Map<String, HostSecurityProperties.User> users = new LinkedHashMap<>();

    /**
     * @param configured the configured users
     * @throws IllegalStateException a user the application cannot sign in, named with the field at fault
     */
    public ConfiguredUsers(List<HostSecurityProperties.User> configured) {
        int demo = 0;
        for (int i = 0; i < configured.size(); i++) {
            HostSecurityProperties.User u = configured.get(i);
            String at = "wuye.host.users[" + i + "]";
            require(u.username() != null && !u.username().isBlank(), at + ".username", "is required");
            require(u.department() != null && !u.department().isBlank(), at + ".department",
                    "is required (user " + u.username() + ")");
            require(u.password() != null && u.password().matches("^\\{[^}]+}.+"), at + ".password",
                    "must be a hash with its encoder's id, e.g. {bcrypt}$2a$10$… (user " + u.username() + ")");
            require(!u.roles().isEmpty(), at + ".roles", "needs at least one role (user " + u.username() + ")");
            for (String role : u.roles()) {
                require(Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role.trim().toUpperCase(Locale.ROOT))),
                        at + ".roles", "unknown role " + role + " (user " + u.username() + "); known: "
                                + Arrays.toString(Role.values()));
            }
            require(users.putIfAbsent(u.username(), u) == null, at + ".username",
                    "names " + u.username() + " a second time");
            if (DEMO_PASSWORD_HASH.equals(u.password())) {
                demo++;
            }
        }
        if (demo > 0) {
            LOG.warn("{} of the configured users sign in with the example password: for a demonstration only, "
                    + "replace wuye.host.users (or plug the directory) before real use", demo);
        }
    }

    private static void require(boolean ok, String field, String problem) {
        if (!ok) {
            throw new IllegalStateException(field + " " + problem);
        }
    }

    /**
     * A fresh {@link StaffUser} for the name (Spring Security erases its password after sign-in).
     *
     * @param username the sign-in name
     * @return the user
     * @throws UsernameNotFoundException no such user (answered like a wrong password)
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        HostSecurityProperties.User u = users.get(username);
        if (u == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return new StaffUser(u.username(), u.password(), u.name() == null ? u.username() : u.name(), u.department(),
                u.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.trim().toUpperCase(Locale.ROOT)))
                        .toList());
    }
}

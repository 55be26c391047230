package dev.wuye.complaint.examples.boot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** The users of {@code wuye.host.users}: mapped to {@link StaffUser}s, and checked at start-up. */
class ConfiguredUsersTest {

    static final String HASH = ConfiguredUsers.DEMO_PASSWORD_HASH;

    static HostSecurityProperties.User user(String name, String password, List<String> roles, String department) {
        return new HostSecurityProperties.User(name, password, "王受理", roles, department);
    }

    @Test
    @DisplayName("R-3 a configured user is a StaffUser: ROLE_<ROLE> authorities, staff_id and department attributes")
    void mapsToStaffUser() {
        ConfiguredUsers users = new ConfiguredUsers(List.of(user("r-wang", HASH, List.of("RECEIVER", "duty_officer"), "C01")));
        StaffUser u = (StaffUser) users.loadUserByUsername("r-wang");
        assertThat(u.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_RECEIVER", "ROLE_DUTY_OFFICER");
        assertThat(u.getAttributes()).containsEntry("staff_id", "r-wang").containsEntry("department", "C01");
        assertThat(u.getName()).isEqualTo("王受理");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("wuye-demo", u.getPassword()))
                .as("the shipped hash is of wuye-demo").isTrue();
        u.eraseCredentials();
        assertThat(users.loadUserByUsername("r-wang").getPassword()).as("each sign-in gets a fresh copy").isEqualTo(HASH);
        assertThatThrownBy(() -> users.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    @DisplayName("A user the host cannot sign in stops the start-up naming the field: unknown role, plain password, no department, twice")
    void badConfigurationNamesTheField() {
        assertThatThrownBy(() -> new ConfiguredUsers(List.of(user("r-wang", HASH, List.of("BOSS"), "C01"))))
                .hasMessageContaining("wuye.host.users[0].roles").hasMessageContaining("BOSS");
        assertThatThrownBy(() -> new ConfiguredUsers(List.of(user("r-wang", "wuye-demo", List.of("RECEIVER"), "C01"))))
                .hasMessageContaining("wuye.host.users[0].password").hasMessageContaining("{bcrypt}")
                .hasMessageNotContaining("wuye-demo");
        assertThatThrownBy(() -> new ConfiguredUsers(List.of(user("r-wang", HASH, List.of("RECEIVER"), " "))))
                .hasMessageContaining("wuye.host.users[0].department");
        assertThatThrownBy(() -> new ConfiguredUsers(List.of(user("r-wang", HASH, List.of("RECEIVER"), "C01"),
                user("r-wang", HASH, List.of("HANDLER"), "C01"))))
                .hasMessageContaining("wuye.host.users[1].username");
    }
}

package dev.wuye.complaint.examples.boot.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in member of staff: Spring Security's {@link UserDetails} with the attributes the starter's
 * {@code SecurityActorResolver} reads ({@code staff_id}, {@code department}; its roles as {@code ROLE_<ROLE>}
 * authorities), so that one resolver maps every sign-in — form, HTTP Basic, LDAP, OAuth2 — to the library's
 * {@code Actor}.
 */
public final class StaffUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The attribute holding the staff id. */
    public static final String STAFF_ID = "staff_id";
    /** The attribute holding the department. */
    public static final String DEPARTMENT = "department";

    private final String username;
    private String password;
    private final String name;
    private final String department;
    private final List<GrantedAuthority> authorities;

    /**
     * @param username    the sign-in name, also the staff id
     * @param password    the password hash (erased after sign-in)
     * @param name        the person's name
     * @param department  the department
     * @param authorities {@code ROLE_<ROLE>} for each role
     */
    public StaffUser(String username, String password, String name, String department,
                     Collection<? extends GrantedAuthority> authorities) {
        this.username = username;
        this.password = password;
        this.name = name;
        this.department = department;
        this.authorities = List.copyOf(authorities);
    }

    /**
     * The attributes the actor is read from.
     *
     * @return {@code staff_id} and {@code department}
     */
    public Map<String, Object> getAttributes() {
        return Map.of(STAFF_ID, username, DEPARTMENT, department);
    }

    /** The person's name as the console shows it. */
    public String getName() {
        return name;
    }

    /** The department. */
    public String getDepartment() {
        return department;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffUser other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "StaffUser[" + username + ", " + department + ", " + authorities + "]";
    }
}

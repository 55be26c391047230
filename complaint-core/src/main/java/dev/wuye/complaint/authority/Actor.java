package dev.wuye.complaint.authority;

import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who issues a command: a staff member with their roles and department. The host
 * authenticates; the library checks what the actor may do.
 *
 * @param staffId    the staff id
 * @param roles      the roles held, at least one
 * @param department the department (service centre id, or the GMD's id)
 */
public record Actor(
        @NotBlank(message = "{wuye.actor.staffId.required}")
        @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.actor.staffId.size}")
        String staffId,
        @NotEmpty(message = "{wuye.actor.roles.required}")
        Set<@NotNull Role> roles,
        @NotBlank(message = "{wuye.actor.department.required}")
        @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.actor.department.size}")
        String department) {

    /** Every role in declaration (= sort) order, for {@link #rolesCode()}. */
    private static final Role[] ROLES_IN_ORDER = Role.values();

    public Actor {
        // Copied, nulls kept: the desk's validation reports a null or missing role by field.
        roles = roles == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(roles));
    }

    /**
     * An actor with these roles.
     *
     * @param staffId    the staff id
     * @param department the department
     * @param roles      the roles
     * @return the actor
     */
    public static Actor of(String staffId, String department, Role... roles) {
        return new Actor(staffId, Set.copyOf(Arrays.asList(roles)), department);
    }

    /** Whether the actor holds the role. */
    public boolean has(Role role) {
        return roles != null && roles.contains(role);
    }

    /** Whether the actor acts company-wide (GMD staff, management representative, general manager). */
    public boolean isCompanyWide() {
        return roles != null && roles.stream().anyMatch(r -> r != null && r.isCompanyWide());
    }

    /** The roles as stored in the audit trail: role codes, sorted, comma-separated. */
    public String rolesCode() {
        if (roles == null) {
            return "";
        }
        // A loop over the enum, not a sorted stream: this runs for every audit entry.
        StringBuilder sb = new StringBuilder(32);
        for (Role r : ROLES_IN_ORDER) {
            if (roles.contains(r)) {
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append(r.name());
            }
        }
        return sb.toString();
    }
}

package dev.wuye.complaint.examples.boot.web;

import java.util.List;

/** The {@code X-Staff-Roles} header named a role the library does not know; answered with a 400 problem. */
public class UnknownRoleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String role;
    private final List<String> known;

    /**
     * @param role  the unknown code
     * @param known the codes the library knows
     */
    public UnknownRoleException(String role, List<String> known) {
        super("unknown role " + role);
        this.role = role;
        this.known = List.copyOf(known);
    }

    /** The unknown code. */
    public String role() {
        return role;
    }

    /** The known codes. */
    public List<String> known() {
        return known;
    }
}
